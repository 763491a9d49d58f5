import { expect } from "vitest";
import { nativeFileBody } from "../../../lang/eval/native-body.js";
import type { Body } from "../../../lang/hcl/body.js";
import { EvalContext } from "../../../lang/hcl/eval-context.js";
import { bodyValueMarks, isUnknownBody, type NestedBodySchema } from "../../../lang/dynblock/index.js";
import { parseJsonConfig } from "../../../lang/json/parse.js";
import type { Diagnostic } from "../../../lang/source/diagnostics.js";
import type { Traversal } from "../../../lang/syntax/ast.js";
import { parseConfig } from "../../../lang/syntax/parse.js";
import { listOf, StringType } from "../../../lang/types/type.js";
import { Mark } from "../../../lang/values/marks.js";
import { Value } from "../../../lang/values/value.js";
import { js, toJS } from "../../helpers/values.js";

// Shared pieces of the dynblock tests: the variables for_each expressions read, a schema shaped like a
// provider's nested blocks, and a small hcldec-like decoder that turns an expanded body into plain JS.

const str = (s: string): Value => Value.string(s);
const strings = (...s: string[]): Value => Value.list(s.map(str));

/** `var.*` as the tests see it: known values of each iterable kind, plus unknown, sensitive and null ones. */
export const VARS = Value.object({
  ports: Value.list([Value.numberFrom(80), Value.numberFrom(443)]),
  tags: Value.map({ b: str("y"), a: str("x") }),
  names: Value.set([str("b"), str("a")]),
  obj: js({ z: 1, a: "two" }),
  groups: Value.map({ web: strings("w1", "w2"), db: strings("d1") }),
  empty: Value.list([], StringType),
  secret: strings("s1", "s2").mark(Mark.Sensitive),
  mixed: Value.list([str("a").mark(Mark.Sensitive), str("b")]),
  unknown: Value.unknown(listOf(StringType)),
  secret_unknown: Value.unknown(listOf(StringType)).mark(Mark.Sensitive),
  unknown_str: Value.unknown(StringType),
  nul: Value.null(listOf(StringType)),
  str: str("abc"),
  num: Value.numberFrom(5),
  label_list: strings("l1"),
  secret_str: str("hidden").mark(Mark.Sensitive),
});

/** The context dynamic blocks are expanded in. */
export const EXPAND_CTX = new EvalContext(new Map([["var", VARS]]));

/** A different context for evaluating the generated attributes: the iterators must still be there. */
export const DECODE_CTX = new EvalContext(new Map([["var", VARS], ["local", Value.object({ suffix: str("!") })]]));

const LEAF: NestedBodySchema = { attributes: [{ name: "port" }, { name: "index" }, { name: "v" }, { name: "fixed" }] };

/** The schema of the tests' root body: unlabeled, labeled and nested block types. */
export const ROOT: NestedBodySchema = {
  attributes: [{ name: "name" }],
  blocks: [
    { type: "rule", body: LEAF },
    { type: "tagged", labelNames: ["name"], body: LEAF },
    { type: "pair", labelNames: ["a", "b"], body: LEAF },
    { type: "outer", body: { attributes: [{ name: "name" }], blocks: [{ type: "inner", body: LEAF }, { type: "static", body: LEAF }] } },
  ],
};

/** The body of a native-syntax file (which must parse cleanly). */
export function nativeBody(src: string): Body {
  const { file, diagnostics } = parseConfig(src, "main.tf");
  expect(diagnostics).toEqual([]);
  return nativeFileBody(file);
}

/** The body of a JSON-syntax file (which must parse cleanly). */
export function jsonBody(src: string): Body {
  const { file, diagnostics } = parseJsonConfig(src, "main.tf.json");
  expect(diagnostics).toEqual([]);
  return file.body;
}

/** One decoded block: `type "label"...` and its attributes, nested blocks under `blocks`. */
export type DecodedBlock = [header: string, content: Record<string, unknown>];

/** Decodes a body the way hcldec would, recursively: attribute values as toJS renders them, and blocks. */
export function decode(body: Body, schema: NestedBodySchema, ctx: EvalContext, diags: Diagnostic[]): Record<string, unknown> {
  const r = body.content(schema);
  diags.push(...r.diagnostics);
  const out: Record<string, unknown> = {};
  for (const [name, attr] of r.content.attributes) {
    const v = attr.expr.value(ctx);
    diags.push(...v.diagnostics);
    out[name] = toJS(v.value);
  }
  const blocks = r.content.blocks.map((b): DecodedBlock => {
    const childSchema = schema.blocks?.find((s) => s.type === b.type)?.body ?? {};
    const header = [b.type, ...b.labels.map((l) => JSON.stringify(l))].join(" ");
    return [header, { ...bodyTraits(b.body), ...decode(b.body, childSchema, ctx, diags) }];
  });
  if (blocks.length > 0) out.blocks = blocks;
  return out;
}

function bodyTraits(body: Body): Record<string, unknown> {
  const traits: Record<string, unknown> = {};
  if (isUnknownBody(body)) traits.unknownBody = true;
  if (bodyValueMarks(body) & Mark.Sensitive) traits.sensitiveBody = true;
  return traits;
}

/** A reference as source text: `var.a.b[0]`. */
export function traversalText(t: Traversal): string {
  return t
    .map((s) => {
      if (s.type === "TraverseRoot") return s.name;
      if (s.type === "TraverseAttr") return `.${s.name}`;
      return s.key.kind === "number" ? `[${s.key.text}]` : `[${JSON.stringify(s.key.kind === "string" ? s.key.value : null)}]`;
    })
    .join("");
}
