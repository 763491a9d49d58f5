import { typeToJSON, type TypeJSON } from "../types/type-json.js";
import {
  BoolType,
  DynamicPseudoType,
  NumberType,
  StringType,
  listOf,
  mapOf,
  objectOf,
  setOf,
  sortedAttributeNames,
  tupleOf,
  type Type,
} from "../types/type.js";
import { JsonError, jsonString, toJson } from "./json-marshal.js";
import { isJsonNumber, isJsonObject, readJsonTree, JsonSyntaxError, type JsonNode } from "./json-tree.js";
import { BigNum } from "./number.js";
import { Value } from "./value.js";

// cty's json.Marshal and json.Unmarshal with a type: how Terraform stores values in state, plan files
// and plugin messages. A value whose type is the dynamic pseudo-type is written with its type beside
// it, `{"value":...,"type":...}`; an object missing an attribute reads as null for it.

/** The compact JSON of a wholly known, unmarked value, written as type `t` (the value's own type by default). */
export function marshalTyped(v: Value, t: Type = v.type): string | JsonError {
  if (t.kind === "dynamic" && v.type.kind !== "dynamic") {
    const inner = marshalTyped(v, v.type);
    if (inner instanceof JsonError) return inner;
    return `{"value":${inner},"type":${JSON.stringify(typeToJSON(v.type))}}`;
  }
  if (!v.isKnown) return new JsonError("value is not known");
  if (v.isNull) return "null";
  switch (t.kind) {
    case "list":
    case "set":
    case "map":
      return joinAll(v, () => t.element);
    case "tuple":
      return joinAll(v, (i) => t.elements[i]!);
    case "object": {
      const parts: string[] = [];
      const entries = v.entries();
      for (const name of sortedAttributeNames(t)) {
        const j = marshalTyped(entries.get(name) ?? Value.null(t.attributes.get(name)!), t.attributes.get(name)!);
        if (j instanceof JsonError) return j;
        parts.push(`${jsonString(name)}:${j}`);
      }
      return `{${parts.join(",")}}`;
    }
    default:
      return toJson(v);
  }
}

function joinAll(v: Value, typeAt: (i: number) => Type): string | JsonError {
  if (v.type.kind === "map") {
    const parts: string[] = [];
    for (const [k, e] of v.entries()) {
      const j = marshalTyped(e, typeAt(0));
      if (j instanceof JsonError) return j;
      parts.push(`${jsonString(k)}:${j}`);
    }
    return `{${parts.join(",")}}`;
  }
  const parts: string[] = [];
  for (const [i, e] of v.elements().entries()) {
    const j = marshalTyped(e, typeAt(i));
    if (j instanceof JsonError) return j;
    parts.push(j);
  }
  return `[${parts.join(",")}]`;
}

/** Reads JSON written by marshalTyped (or Terraform) as a value of type `t`. */
export function unmarshalTyped(text: string, t: Type): Value | JsonError {
  const tree = readJsonTree(text);
  if (tree instanceof JsonSyntaxError) return new JsonError(tree.message);
  return valueFromTree(tree, t, "");
}

/** A parsed JSON node as a value of type `t` (json.Unmarshal on a tree). */
export function valueFromTree(n: JsonNode, t: Type, at: string): Value | JsonError {
  if (t.kind === "dynamic") return dynamicFromTree(n, at);
  if (n === null) return Value.null(t);
  switch (t.kind) {
    case "string":
      if (typeof n === "string") return Value.string(n);
      if (isJsonNumber(n)) return Value.string(n.number);
      if (typeof n === "boolean") return Value.string(n ? "true" : "false");
      return fail(at, "string is required");
    case "number": {
      const text = isJsonNumber(n) ? n.number : typeof n === "string" ? n : undefined;
      const num = text === undefined ? undefined : BigNum.parse(text);
      return num instanceof BigNum ? Value.number(num) : fail(at, "number is required");
    }
    case "bool":
      if (typeof n === "boolean") return Value.bool(n);
      if (n === "true" || n === "false") return Value.bool(n === "true");
      return fail(at, "bool is required");
    case "list":
    case "set":
    case "tuple":
      return sequenceFromTree(n, t, at);
    case "map":
    case "object":
      return mappingFromTree(n, t, at);
  }
}

function sequenceFromTree(n: JsonNode, t: Type & { kind: "list" | "set" | "tuple" }, at: string): Value | JsonError {
  if (!Array.isArray(n)) return fail(at, "array is required");
  const arr = n as readonly JsonNode[];
  if (t.kind === "tuple" && arr.length !== t.elements.length) return fail(at, `tuple of ${t.elements.length} elements is required`);
  const els: Value[] = [];
  for (const [i, e] of arr.entries()) {
    const et = t.kind === "tuple" ? t.elements[i]! : t.element;
    const v = valueFromTree(e, et, `${at}[${i}]`);
    if (v instanceof JsonError) return v;
    els.push(v);
  }
  if (t.kind === "tuple") return Value.of(t, els);
  return Value.of(t.kind === "list" ? listOf(t.element) : setOf(t.element), els);
}

function mappingFromTree(n: JsonNode, t: Type & { kind: "map" | "object" }, at: string): Value | JsonError {
  if (!isJsonObject(n)) return fail(at, "object is required");
  const m = new Map<string, Value>();
  if (t.kind === "map") {
    for (const [k, e] of n.object) {
      const v = valueFromTree(e, t.element, `${at}[${JSON.stringify(k)}]`);
      if (v instanceof JsonError) return v;
      m.set(k, v);
    }
    return Value.of(mapOf(t.element), m);
  }
  for (const [k, e] of n.object) {
    const at2 = t.attributes.get(k);
    if (!at2) return fail(at, `unsupported attribute ${JSON.stringify(k)}`);
    const v = valueFromTree(e, at2, `${at}.${k}`);
    if (v instanceof JsonError) return v;
    m.set(k, v);
  }
  for (const [k, at2] of t.attributes) if (!m.has(k)) m.set(k, Value.null(at2));
  return Value.object(m);
}

function dynamicFromTree(n: JsonNode, at: string): Value | JsonError {
  if (n === null) return Value.null(DynamicPseudoType);
  if (!isJsonObject(n) || !n.object.has("type") || !n.object.has("value")) {
    return fail(at, "dynamically-typed value must be an object with \"value\" and \"type\"");
  }
  const t = typeFromTree(n.object.get("type")!);
  if (t instanceof JsonError) return new JsonError(`${at || "value"}: ${t.message}`);
  return valueFromTree(n.object.get("value")!, t, at);
}

/** A type from its cty JSON form as already read. */
export function typeFromTree(n: JsonNode): Type | JsonError {
  if (typeof n === "string") {
    const prim: Record<string, Type> = { string: StringType, number: NumberType, bool: BoolType, dynamic: DynamicPseudoType };
    return prim[n] ?? new JsonError(`invalid type ${JSON.stringify(n)}`);
  }
  if (!Array.isArray(n) || n.length < 2 || typeof n[0] !== "string") return new JsonError("invalid type specification");
  const [kind, arg] = n as [string, JsonNode];
  if (kind === "list" || kind === "set" || kind === "map") {
    const et = typeFromTree(arg);
    if (et instanceof JsonError) return et;
    return kind === "list" ? listOf(et) : kind === "set" ? setOf(et) : mapOf(et);
  }
  if (kind === "tuple" && Array.isArray(arg)) {
    const els: Type[] = [];
    for (const e of arg as readonly JsonNode[]) {
      const et = typeFromTree(e);
      if (et instanceof JsonError) return et;
      els.push(et);
    }
    return tupleOf(els);
  }
  if (kind === "object" && isJsonObject(arg)) {
    const attrs = new Map<string, Type>();
    for (const [k, e] of arg.object) {
      const et = typeFromTree(e);
      if (et instanceof JsonError) return et;
      attrs.set(k, et);
    }
    const opt = (n as JsonNode[])[2];
    return objectOf(attrs, Array.isArray(opt) ? (opt as JsonNode[]).filter((x): x is string => typeof x === "string") : undefined);
  }
  return new JsonError(`invalid type kind ${JSON.stringify(kind)}`);
}

/** A type from its cty JSON text (`"string"`, `["list","number"]`). */
export function typeFromJsonText(text: string): Type | JsonError {
  const tree = readJsonTree(text);
  return tree instanceof JsonSyntaxError ? new JsonError(tree.message) : typeFromTree(tree);
}

/** The JSON text of a type (cty's ctyjson type form). */
export function typeJsonText(t: Type): string {
  return JSON.stringify(typeToJSON(t) as TypeJSON);
}

function fail(at: string, msg: string): JsonError {
  return new JsonError(at ? `${at}: ${msg}` : msg);
}
