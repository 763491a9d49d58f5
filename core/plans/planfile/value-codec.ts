import { typeToJSON, type TypeJSON } from "../../../lang/types/type-json.js";
import { listOf, mapOf, setOf, type Type } from "../../../lang/types/type.js";
import { typeFromTree } from "../../../lang/values/json-typed.js";
import { JsonError } from "../../../lang/values/json-marshal.js";
import type { JsonNode } from "../../../lang/values/json-tree.js";
import { Mark } from "../../../lang/values/marks.js";
import { BigNum } from "../../../lang/values/number.js";
import { Value } from "../../../lang/values/value.js";

// Values in a saved plan, losslessly: unknowns (with "not null" refinement), exact numbers, nulls of
// any type, dynamic types and sensitive marks at any depth. Each value is a small tagged tree beside its
// type; a sensitive part is base64-encoded so that no secret appears as plain text in the file.

/** An encoded value: its type and the tagged tree. */
export interface EncodedValue {
  readonly type: TypeJSON;
  readonly v: unknown;
}

/** Encodes a value (any marks: only Sensitive is kept). */
export function encodeValue(v: Value): EncodedValue {
  return { type: typeToJSON(v.type), v: node(v) };
}

function node(v: Value): unknown {
  const inner = plainNode(v);
  return v.isSensitive ? { s: Buffer.from(JSON.stringify(inner), "utf8").toString("base64") } : inner;
}

function plainNode(v: Value): unknown {
  if (!v.isKnown) return v.refinement.notNull ? { u: 1, nn: 1 } : { u: 1 };
  if (v.isNull) return null;
  switch (v.type.kind) {
    case "string":
      return v.asString();
    case "number":
      return { n: v.asNumber().toString() };
    case "bool":
      return v.asBool();
    case "list":
    case "set":
    case "tuple":
      return { l: v.elements().map(elementNode) };
    default:
      return { m: Object.fromEntries([...v.entries()].map(([k, e]) => [k, elementNode(e)])) };
  }
}

/** Elements carry their own type when it is not derivable (dynamic positions): always, for simplicity. */
function elementNode(v: Value): unknown {
  return { t: typeToJSON(v.type), v: node(v) };
}

/** Decodes what encodeValue wrote. */
export function decodeValue(e: unknown): Value | JsonError {
  if (!e || typeof e !== "object" || !("type" in e) || !("v" in e)) return new JsonError("invalid encoded value");
  const t = typeFromTree(toTree((e as EncodedValue).type));
  if (t instanceof JsonError) return t;
  return fromNode((e as EncodedValue).v, t);
}

function fromNode(n: unknown, t: Type): Value | JsonError {
  if (n && typeof n === "object" && "s" in n) {
    const inner = JSON.parse(Buffer.from(String((n as { s: string }).s), "base64").toString("utf8")) as unknown;
    const v = fromNode(inner, t);
    return v instanceof JsonError ? v : v.mark(Mark.Sensitive);
  }
  if (n === null) return Value.null(t);
  if (typeof n === "string") return Value.string(n);
  if (typeof n === "boolean") return Value.bool(n);
  if (typeof n !== "object") return new JsonError("invalid value node");
  const o = n as Record<string, unknown>;
  if ("u" in o) return Value.unknown(t, o.nn ? { notNull: true } : undefined);
  if ("n" in o) {
    const num = BigNum.parse(String(o.n));
    return num instanceof BigNum ? Value.number(num) : new JsonError("invalid number");
  }
  if ("l" in o && Array.isArray(o.l)) return sequence(o.l as unknown[], t);
  if ("m" in o && o.m && typeof o.m === "object") return mapping(o.m as Record<string, unknown>, t);
  return new JsonError("invalid value node");
}

function element(e: unknown): Value | JsonError {
  if (!e || typeof e !== "object" || !("t" in e)) return new JsonError("invalid element");
  const t = typeFromTree(toTree((e as { t: TypeJSON }).t));
  return t instanceof JsonError ? t : fromNode((e as unknown as { v: unknown }).v, t);
}

function sequence(items: unknown[], t: Type): Value | JsonError {
  const els: Value[] = [];
  for (const i of items) {
    const v = element(i);
    if (v instanceof JsonError) return v;
    els.push(v);
  }
  if (t.kind === "list") return Value.of(listOf(t.element), els);
  if (t.kind === "set") return Value.of(setOf(t.element), els);
  return Value.of(t, els);
}

function mapping(items: Record<string, unknown>, t: Type): Value | JsonError {
  const m = new Map<string, Value>();
  for (const [k, i] of Object.entries(items)) {
    const v = element(i);
    if (v instanceof JsonError) return v;
    m.set(k, v);
  }
  return t.kind === "map" ? Value.of(mapOf(t.element), m) : Value.of(t, m);
}

/** TypeJSON as parsed by JSON.parse into the JsonNode shape typeFromTree reads. */
function toTree(t: unknown): JsonNode {
  if (typeof t === "string") return t;
  if (Array.isArray(t)) return t.map(toTree);
  if (t && typeof t === "object") return { object: new Map(Object.entries(t).map(([k, v]) => [k, toTree(v)])) };
  return null;
}
