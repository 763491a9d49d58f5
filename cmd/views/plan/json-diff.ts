import type { Action } from "../../../core/plans/changes.js";
import type { Diff } from "./computed-diff.js";
import { deepEqual, isGenericArray, isGenericObject, JsonNumber, type Generic } from "./generic.js";
import { transformMap, transformSlice } from "./slice-diff.js";
import { asCreate, asDelete, asNoOp, checkForSensitive, checkForUnknown, type StructuredChange } from "./structured-change.js";
import { allKeys, asMap, asSlice, mapChild, sliceChild } from "./structured-children.js";

// Terraform's jsondiff: diffing values whose type is not known from a schema (outputs, dynamic
// attributes, strings that hold JSON) by the shape of their JSON. The caller supplies how each kind
// of diff is built, which keeps this free of the renderers.

/** The JSON kind of a value (jsondiff.Type). */
export type JsonKind = "null" | "bool" | "string" | "number" | "object" | "array";

/** The primitive type a JSON primitive is rendered as. */
export type PrimitiveKind = "null" | "bool" | "string" | "number";

/** How each kind of JSON diff is built (jsondiff.JsonOpts). */
export interface JsonOpts {
  primitive(before: Generic, after: Generic, kind: PrimitiveKind, action: Action): Diff;
  object(elements: ReadonlyMap<string, Diff>, action: Action): Diff;
  array(elements: readonly Diff[], action: Action): Diff;
  unknown(before: Diff | undefined, action: Action): Diff;
  sensitive(inner: Diff, beforeSensitive: boolean, afterSensitive: boolean, action: Action): Diff;
  typeChange(before: Diff, after: Diff, action: Action): Diff;
}

/** The JSON kind of a generic value. */
export function jsonKind(v: Generic): JsonKind {
  if (v === null) return "null";
  if (typeof v === "boolean") return "bool";
  if (typeof v === "string") return "string";
  if (v instanceof JsonNumber) return "number";
  return isGenericArray(v) ? "array" : "object";
}

/** Diffs a change by the JSON shape of its values (JsonOpts.Transform). */
export function jsonTransform(opts: JsonOpts, change: StructuredChange): Diff {
  const sensitive = checkForSensitive(
    change,
    (c) => jsonTransform(opts, c),
    (inner, b, a, action) => opts.sensitive(inner, b, a, action),
  );
  if (sensitive) return sensitive;
  const unknown = checkForUnknown(
    change,
    false,
    () => opts.unknown(undefined, "create"),
    (_current, before) => opts.unknown(jsonTransform(opts, before), "update"),
  );
  if (unknown) return unknown;

  const beforeKind = jsonKind(change.before);
  const afterKind = jsonKind(change.after);
  const deleted = afterKind === "null" && !change.afterExplicit;
  const created = beforeKind === "null" && !change.beforeExplicit;
  if (beforeKind === afterKind || created || deleted) {
    return processUpdate(opts, change, beforeKind === "null" ? afterKind : beforeKind);
  }
  const b = processUpdate(opts, asDelete(change), beforeKind);
  const a = processUpdate(opts, asCreate(change), afterKind);
  return opts.typeChange(b, a, "update");
}

function processUpdate(opts: JsonOpts, change: StructuredChange, kind: JsonKind): Diff {
  switch (kind) {
    case "object":
      return processObject(opts, change);
    case "array":
      return processArray(opts, change);
    default:
      return processPrimitive(opts, change, kind);
  }
}

function processPrimitive(opts: JsonOpts, change: StructuredChange, kind: PrimitiveKind): Diff {
  const beforeMissing = change.before === null && !change.beforeExplicit;
  const afterMissing = change.after === null && !change.afterExplicit;
  let action: Action;
  if (beforeMissing && !afterMissing) action = "create";
  else if (!beforeMissing && afterMissing) action = "delete";
  else action = deepEqual(change.before, change.after) ? "no-op" : "update";
  return opts.primitive(change.before, change.after, kind, action);
}

function processArray(opts: JsonOpts, change: StructuredChange): Diff {
  const slice = asSlice(change);
  const { elements, action } = transformSlice(
    slice.before,
    slice.after,
    (b, a) => jsonTransform(opts, sliceChild(slice, b, a)),
    (v) => isGenericObject(v),
  );
  return opts.array(elements, action);
}

function processObject(opts: JsonOpts, change: StructuredChange): Diff {
  const m = asMap(change);
  const { elements, action } = transformMap(m.before, m.after, allKeys(m), (key) => {
    const child = mapChild(m, key);
    return jsonTransform(opts, child.relevantAttributes.matchesPartial() ? child : asNoOp(child));
  });
  return opts.object(elements, action);
}
