import { goQuote } from "../../lang/text/go-quote.js";
import { BoolType, DynamicPseudoType, NumberType, StringType, type Type } from "../../lang/types/type.js";
import { JsonError } from "../../lang/values/json-marshal.js";
import { typeFromJsonText, unmarshalTyped } from "../../lang/values/json-typed.js";
import { BigNum } from "../../lang/values/number.js";
import { Value } from "../../lang/values/value.js";
import { isGoJsonSyntaxError, parseGoJson, type GoJsonNode } from "./go-json-parse.js";

// cty's json.UnmarshalType and json.Unmarshal as the state reader meets them, with cty's error texts
// for what a damaged state file most often holds: a missing value ("EOF"), an unknown primitive type
// name, a primitive of the wrong kind, a malformed dynamically-typed wrapper. Collections and
// structural values are read by lang/values' unmarshalTyped, whose texts may differ from cty's.

/** A value or cty's reason why the JSON does not hold one. */
export type CtyRead<T> = { readonly value: T } | { readonly error: string };

const PRIMITIVES: Readonly<Record<string, Type>> = { bool: BoolType, number: NumberType, string: StringType, dynamic: DynamicPseudoType };

/** A type from its JSON text; `undefined` text is a missing field (ctyjson.UnmarshalType). */
export function readCtyType(raw: string | undefined): CtyRead<Type> {
  const node = parse(raw);
  if ("error" in node) return node;
  return typeFromNode(raw!, node.value);
}

function typeFromNode(raw: string, n: GoJsonNode): CtyRead<Type> {
  if (n.kind === "string") return PRIMITIVES[n.value] ? { value: PRIMITIVES[n.value]! } : { error: `invalid primitive type name ${goQuote(n.value)}` };
  if (n.kind !== "array") return { error: n.kind === "object" ? "invalid complex type description" : "invalid type description" };
  const t = typeFromJsonText(raw.slice(n.start, n.end));
  return t instanceof JsonError ? { error: t.message } : { value: t };
}

/** A value of type `t` from its JSON text; `undefined` text is a missing field (ctyjson.Unmarshal). */
export function readCtyValue(raw: string | undefined, t: Type): CtyRead<Value> {
  const node = parse(raw);
  if ("error" in node) return node;
  return valueFromNode(raw!, node.value, t);
}

/** A dynamically-typed value, `{"value":...,"type":...}`, as sensitive path index keys are written. */
export function readCtyDynamic(raw: string | undefined): CtyRead<Value> {
  return readCtyValue(raw, DynamicPseudoType);
}

function valueFromNode(raw: string, n: GoJsonNode, t: Type): CtyRead<Value> {
  if (n.kind === "null") return { value: Value.null(t) };
  const text = raw.slice(n.start, n.end);
  switch (t.kind) {
    case "dynamic":
      return dynamicFromNode(raw, n);
    case "string":
      if (n.kind === "string") return { value: Value.string(n.value) };
      if (n.kind === "number") return { value: Value.string(n.text) };
      if (n.kind === "bool") return { value: Value.string(String(n.value)) };
      return { error: "string is required" };
    case "number":
      if (n.kind === "string" || n.kind === "number") {
        const num = BigNum.parse(n.kind === "string" ? n.value : n.text);
        return num ? { value: Value.number(num) } : { error: "a number is required" };
      }
      return { error: "number is required" };
    case "bool":
      if (n.kind === "bool") return { value: Value.bool(n.value) };
      if (n.kind === "string") return n.value === "true" || n.value === "false" ? { value: Value.bool(n.value === "true") } : { error: "a bool is required" };
      return { error: "bool is required" };
    default: {
      const v = unmarshalTyped(text, t);
      return v instanceof JsonError ? { error: v.message } : { value: v };
    }
  }
}

function dynamicFromNode(raw: string, n: GoJsonNode): CtyRead<Value> {
  if (n.kind !== "object") return { error: "missing expected {" };
  let type: Type | undefined;
  let body: GoJsonNode | undefined;
  for (const m of n.members) {
    if (m.key === "type") {
      const t = typeFromNode(raw, m.value);
      if ("error" in t) return { error: `failed to decode type for dynamic value: ${t.error}` };
      type = t.value;
    } else if (m.key === "value") {
      body = m.value;
    } else {
      return { error: `invalid key ${goQuote(m.key)} in dynamically-typed value` };
    }
  }
  if (type === undefined) return { error: "missing type in dynamically-typed value" };
  if (body === undefined) return { error: "missing value in dynamically-typed value" };
  return valueFromNode(raw, body, type);
}

function parse(raw: string | undefined): CtyRead<GoJsonNode> {
  if (raw === undefined) return { error: "EOF" };
  const n = parseGoJson(raw);
  return isGoJsonSyntaxError(n) ? { error: "unexpected end of JSON input" } : { value: n };
}
