import type { Type } from "../../../lang/types/type.js";
import { containsSensitive } from "../../../lang/values/deep-marks.js";
import { JsonError, toJson } from "../../../lang/values/json-marshal.js";
import type { ValuePath } from "../../../lang/values/path.js";
import type { Value } from "../../../lang/values/value.js";
import { jsonArray, jsonMap, jsonStr, type JsonText } from "./go-json.js";

// Values as Terraform's JSON formats write them (jsonplan and jsonstate): cty's JSON of a known value,
// the known part of a value with unknowns left out, and the two shadow structures that say which
// parts are unknown (`after_unknown`) and which are sensitive (`*_sensitive`, `sensitive_values`),
// where sequences become arrays, maps and objects become objects, and `false` leaves are left out of
// objects to keep them short.

/** ctyjson.Marshal of a wholly known value as its own type; marks are ignored (Terraform unmarks first). */
export function ctyJson(v: Value): JsonText {
  const text = toJson(v);
  if (text instanceof JsonError) throw new Error(`cannot write value as JSON: ${text.message}`);
  return text;
}

/** The JSON of a value with its unknown parts left out (jsonplan's omitUnknowns); undefined when it is unknown itself. */
export function knownJson(v: Value): JsonText | undefined {
  if (v.isNull) return "null";
  if (!v.isKnown) return undefined;
  if (isSequence(v)) return jsonArray(v.elements().map((e) => knownJson(e) ?? "null"));
  if (isMapping(v)) {
    const entries: [string, JsonText][] = [];
    for (const [k, e] of v.entries()) {
      const j = knownJson(e);
      if (j !== undefined) entries.push([k, j]);
    }
    return jsonMap(entries);
  }
  return ctyJson(v);
}

/** `true` where the value is unknown, `false` elsewhere, known object entries left out (jsonplan's unknownAsBool). */
export function unknownAsBoolJson(v: Value): JsonText {
  if (v.isNull) return "false";
  if (!v.isKnown) return "true";
  if (isSequence(v)) return jsonArray(v.elements().map(unknownAsBoolJson));
  if (isMapping(v)) return jsonMap(nonFalseEntries(v, unknownAsBoolJson));
  return "false";
}

/**
 * `true` where the value is marked sensitive, non-sensitive object entries left out (jsonstate's
 * SensitiveAsBool). A cty set cannot hold marked elements: a mark anywhere inside one marks the set.
 */
export function sensitiveAsBoolJson(v: Value): JsonText {
  if (v.isSensitive || (v.type.kind === "set" && v.isKnown && containsSensitive(v))) return "true";
  if (v.isNull || v.type.kind === "dynamic") return "false";
  if (isSequence(v)) return v.isKnown ? jsonArray(v.elements().map(sensitiveAsBoolJson)) : "[]";
  if (isMapping(v)) return v.isKnown ? jsonMap(nonFalseEntries(v, sensitiveAsBoolJson)) : "{}";
  return "false";
}

/** A type in cty's JSON form (ctyjson.MarshalType), object attributes sorted and escaped as Go does. */
export function typeJson(t: Type): JsonText {
  switch (t.kind) {
    case "string":
    case "number":
    case "bool":
    case "dynamic":
      return jsonStr(t.kind);
    case "list":
    case "set":
    case "map":
      return jsonArray([jsonStr(t.kind), typeJson(t.element)]);
    case "tuple":
      return jsonArray([jsonStr("tuple"), jsonArray(t.elements.map(typeJson))]);
    case "object": {
      const attrs = jsonMap([...t.attributes].map(([k, at]) => [k, typeJson(at)] as const));
      const optional = t.optional ? [...t.optional].sort() : [];
      return jsonArray([jsonStr("object"), attrs, ...(optional.length > 0 ? [jsonArray(optional.map(jsonStr))] : [])]);
    }
  }
}

/** A path as an array of steps: attribute names and keys as strings, indexes as numbers (jsonplan's encodePath). */
export function pathJson(path: ValuePath): JsonText {
  return jsonArray(
    path.map((step) => {
      if ("attr" in step) return jsonStr(step.attr);
      if ("key" in step) return jsonStr(step.key);
      if ("index" in step) return String(step.index);
      return ctyJson(step.element);
    }),
  );
}

function nonFalseEntries(v: Value, f: (e: Value) => JsonText): [string, JsonText][] {
  const out: [string, JsonText][] = [];
  for (const [k, e] of v.entries()) {
    const j = f(e);
    if (j !== "false") out.push([k, j]);
  }
  return out;
}

function isSequence(v: Value): boolean {
  const k = v.type.kind;
  return k === "list" || k === "set" || k === "tuple";
}

function isMapping(v: Value): boolean {
  return v.type.kind === "map" || v.type.kind === "object";
}
