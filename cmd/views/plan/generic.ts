import { containsSensitive } from "../../../lang/values/deep-marks.js";
import { readJsonTree, JsonSyntaxError, isJsonNumber, isJsonObject, type JsonNode } from "../../../lang/values/json-tree.js";
import { BigNum } from "../../../lang/values/number.js";
import type { Value } from "../../../lang/values/value.js";

// The untyped JSON values Terraform's plan renderer works on (Go's interface{} from encoding/json with
// UseNumber): the renderer reads the plan as JSON, so a value, its unknown parts and its sensitive
// parts are each a JSON tree. Numbers keep their text, as json.Number does; objects are maps whose
// absence (null) differs from emptiness, as Go's nil and empty maps do. A plan value becomes three
// such trees, as Terraform's JSON plan writes it: the value with unknowns left out, which parts are
// unknown, and which are sensitive.

/** A JSON number kept as its text (Go's json.Number), so that `1.50` stays `1.50`. */
export class JsonNumber {
  constructor(readonly text: string) {}
}

/** A JSON object as the renderer sees it (Go's map[string]interface{}). */
export type GenericObject = ReadonlyMap<string, Generic>;

/** A JSON value: null, bool, string, number, array or object. */
export type Generic = null | boolean | string | JsonNumber | readonly Generic[] | GenericObject;

/** True for a JSON object. */
export function isGenericObject(g: Generic | undefined): g is GenericObject {
  return g instanceof Map;
}

/** True for a JSON array. */
export function isGenericArray(g: Generic | undefined): g is readonly Generic[] {
  return Array.isArray(g);
}

/** Go's reflect.DeepEqual on decoded JSON: same shape, same strings, same number text. */
export function deepEqual(a: Generic, b: Generic): boolean {
  if (a === b) return true;
  if (a instanceof JsonNumber) return b instanceof JsonNumber && a.text === b.text;
  if (isGenericArray(a)) return isGenericArray(b) && a.length === b.length && a.every((e, i) => deepEqual(e, b[i]!));
  if (isGenericObject(a)) {
    if (!isGenericObject(b) || a.size !== b.size) return false;
    for (const [k, v] of a) {
      if (!b.has(k) || !deepEqual(v, b.get(k)!)) return false;
    }
    return true;
  }
  return false;
}

/** A parsed JSON tree as a generic value. */
export function genericFromJsonNode(n: JsonNode): Generic {
  if (n === null || typeof n === "boolean" || typeof n === "string") return n;
  if (isJsonNumber(n)) return new JsonNumber(n.number);
  if (isJsonObject(n)) {
    const m = new Map<string, Generic>();
    for (const [k, v] of n.object) m.set(k, genericFromJsonNode(v));
    return m;
  }
  return (n as readonly JsonNode[]).map(genericFromJsonNode);
}

/** The JSON document in `text` (structured.ParseJson), or undefined when it is not exactly one document. */
export function parseGenericJson(text: string): Generic | undefined {
  const tree = readJsonTree(text);
  return tree instanceof JsonSyntaxError ? undefined : genericFromJsonNode(tree);
}

/**
 * The value as JSON with marks dropped and unknowns left out (jsonplan's omitUnknowns): unknown object
 * attributes and map elements are omitted, unknown sequence elements become null, and a wholly
 * unknown value is null.
 */
export function genericFromValue(v: Value): Generic {
  if (!v.isKnown || v.isNull) return null;
  const raw = v.raw;
  if (raw instanceof BigNum) return new JsonNumber(raw.toString());
  if (typeof raw === "string" || typeof raw === "boolean") return raw;
  if (Array.isArray(raw)) return (raw as readonly Value[]).map(genericFromValue);
  const m = new Map<string, Generic>();
  for (const [k, e] of v.entries()) if (e.isKnown) m.set(k, genericFromValue(e));
  return m;
}

/** Which parts of a value are unknown (jsonplan's unknownAsBool): true, false, or a tree. */
export function unknownTree(v: Value): Generic {
  if (v.isNull) return false;
  if (!v.isKnown) return true;
  const kind = v.type.kind;
  if (kind === "list" || kind === "set" || kind === "tuple") return v.elements().map(unknownTree);
  if (kind === "map" || kind === "object") {
    const m = new Map<string, Generic>();
    for (const [k, e] of v.entries()) {
      const t = unknownTree(e);
      if (t !== false) m.set(k, t);
    }
    return m;
  }
  return false;
}

/**
 * Which parts of a value are sensitive (jsonstate.SensitiveAsBool): true, false, or a tree. A set
 * with a sensitive element is sensitive as a whole, since cty moves marks from set elements onto
 * the set.
 */
export function sensitiveTree(v: Value): Generic {
  if (v.isSensitive) return true;
  const kind = v.type.kind;
  if (v.isNull || kind === "string" || kind === "number" || kind === "bool" || kind === "dynamic") return false;
  if (kind === "set" && v.isKnown && v.elements().some(containsSensitive)) return true;
  if (kind === "list" || kind === "set" || kind === "tuple") return v.isKnown ? v.elements().map(sensitiveTree) : [];
  if (!v.isKnown) return new Map();
  const m = new Map<string, Generic>();
  for (const [k, e] of v.entries()) {
    const t = sensitiveTree(e);
    if (t !== false) m.set(k, t);
  }
  return m;
}
