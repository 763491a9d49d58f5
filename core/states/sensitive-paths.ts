import { errorDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import { goQuote } from "../../lang/text/go-quote.js";
import { DynamicPseudoType } from "../../lang/types/type.js";
import { unmarkDeep } from "../../lang/values/deep-marks.js";
import { JsonError, jsonString } from "../../lang/values/json-marshal.js";
import { marshalTyped } from "../../lang/values/json-typed.js";
import type { PathStep, ValuePath } from "../../lang/values/path.js";
import { Value } from "../../lang/values/value.js";
import { goDecode, goDecodeErrorText, type Spec } from "./go-json-decode.js";
import { isGoJsonSyntaxError, parseGoJson } from "./go-json-parse.js";
import { readCtyDynamic } from "./cty-json-read.js";
import { jsonArray, jsonObject } from "./go-json-write.js";

// The `sensitive_attributes` of a stored object (statefile's marshalPaths and unmarshalPaths): a list
// of paths, each a list of steps `{"type":"get_attr","value":"name"}` or `{"type":"index","value":K}`
// where K is the key as a dynamically-typed cty value (`{"value":0,"type":"number"}`).

const STEPS = {
  kind: "slice",
  of: { kind: "slice", of: { kind: "struct", goName: "pathStep", fields: { type: { kind: "string" }, value: { kind: "raw" } } } },
} as const satisfies Spec;

/** The JSON of a list of paths, compact, as Terraform puts it in the state file. */
export function marshalPaths(paths: readonly ValuePath[]): string {
  return jsonArray(paths.map((p) => jsonArray(p.map(marshalStep))));
}

function marshalStep(step: PathStep): string {
  if ("attr" in step) return jsonObject([["type", '"get_attr"'], ["value", jsonString(step.attr)]]);
  const key = "index" in step ? Value.numberFrom(step.index) : "key" in step ? Value.string(step.key) : unmarkDeep(step.element).value;
  const j = marshalTyped(key, DynamicPseudoType);
  if (j instanceof JsonError) throw new Error(`sensitive path key cannot be written: ${j.message}`);
  return jsonObject([["type", '"index"'], ["value", j]]);
}

/** Reads the raw `sensitive_attributes` JSON; any diagnostic means the paths cannot be used. */
export function unmarshalPaths(raw: string): { paths: ValuePath[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const tree = parseGoJson(raw);
  if (isGoJsonSyntaxError(tree)) return { paths: [], diagnostics: [errorDiag("Error unmarshaling path steps", "unexpected end of JSON input")] };
  const decoded = goDecode(raw, tree, STEPS, "[][]statefile.pathStep");
  if (decoded.error) diagnostics.push(errorDiag("Error unmarshaling path steps", goDecodeErrorText(decoded.error)));
  const paths: ValuePath[] = [];
  for (const jsonPath of decoded.value ?? []) {
    const path = readPath(jsonPath ?? [], diagnostics);
    if (path) paths.push(path);
  }
  return { paths, diagnostics };
}

function readPath(steps: readonly { type: string; value: string | undefined }[], diagnostics: Diagnostic[]): ValuePath | undefined {
  const path: PathStep[] = [];
  for (const s of steps) {
    const step = readStep(s.type, s.value);
    if ("diagnostic" in step) {
      diagnostics.push(step.diagnostic);
      return undefined;
    }
    path.push(step.step);
  }
  return path;
}

type StepRead = { readonly step: PathStep } | { readonly diagnostic: Diagnostic };

function readStep(type: string, raw: string | undefined): StepRead {
  const stepError = (detail: string): StepRead => ({ diagnostic: errorDiag("Error unmarshaling path step", detail) });
  if (type === "get_attr") {
    const node = raw === undefined ? undefined : parseGoJson(raw);
    if (node === undefined || isGoJsonSyntaxError(node)) return stepError("Failed to unmarshal get attr step name: unexpected end of JSON input");
    if (node.kind === "null") return { step: { attr: "" } };
    if (node.kind !== "string") return stepError(`Failed to unmarshal get attr step name: json: cannot unmarshal ${node.kind} into Go value of type string`);
    return { step: { attr: node.value } };
  }
  if (type === "index") {
    const key = readCtyDynamic(raw);
    if ("error" in key) return stepError(`Failed to unmarshal index step key: ${key.error}`);
    return { step: stepForKey(key.value) };
  }
  return { diagnostic: errorDiag("Unsupported path step", `Unsupported path step type ${goQuote(type)}`) };
}

/** An index key as a path step: whole numbers as list indexes, strings as map keys, anything else as a set element. */
export function stepForKey(key: Value): PathStep {
  if (key.isKnown && !key.isNull && key.type.kind === "number") {
    const n = Number(key.asNumber().toString());
    if (Number.isSafeInteger(n) && n >= 0 && key.asNumber().toString() === String(n)) return { index: n };
  }
  if (key.isKnown && !key.isNull && key.type.kind === "string") return { key: key.asString() };
  return { element: key };
}
