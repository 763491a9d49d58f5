import type { Action } from "../../../core/plans/changes.js";
import type { Type } from "../../../lang/types/type.js";
import type { NestedAttributeObject, SchemaAttribute } from "../../../providers/schema.js";
import { attributeType } from "../../../providers/schema.js";
import { compareActions, newDiff, type Diff, type DiffRenderer } from "./computed-diff.js";
import {
  computeAttributeDiffAsList,
  computeAttributeDiffAsMap,
  computeAttributeDiffAsNestedList,
  computeAttributeDiffAsNestedMap,
  computeAttributeDiffAsNestedSet,
  computeAttributeDiffAsSet,
  computeAttributeDiffAsTuple,
} from "./differ-collections.js";
import { jsonTransform } from "./json-diff.js";
import { rendererJsonOpts } from "./render-json-opts.js";
import { ObjectRenderer } from "./render-object.js";
import { PrimitiveRenderer } from "./render-primitive.js";
import { SensitiveRenderer, UnknownRenderer } from "./render-wrappers.js";
import {
  asNoOp,
  calculateAction,
  checkForSensitive,
  checkForUnknown,
  defaultActionForIteration,
  withChange,
  type StructuredChange,
} from "./structured-change.js";
import { asMap, mapChild } from "./structured-children.js";
import type { Generic } from "./generic.js";

// Terraform's differ for attributes: a value's diff by its schema type, or by its nested attribute
// type. Sensitive and unknown values are caught first; values of dynamic type are diffed by their
// JSON shape, as outputs are.

/** A leaf diff whose action is guessed from the change itself (asDiff). */
export function asDiff(change: StructuredChange, renderer: DiffRenderer): Diff {
  return newDiff(renderer, calculateAction(change), change.replacePaths.matches());
}

/** The diff of one attribute of a block or nested object (ComputeDiffForAttribute). */
export function computeDiffForAttribute(change: StructuredChange, attribute: SchemaAttribute): Diff {
  if (attribute.nested) return computeDiffForNestedAttribute(change, attribute.nested);
  return computeDiffForType(change, attributeType(attribute));
}

/** The diff of a nested-attribute value (computeDiffForNestedAttribute). */
export function computeDiffForNestedAttribute(change: StructuredChange, nested: NestedAttributeObject): Diff {
  const sensitive = checkForSensitive(
    change,
    (v) => computeDiffForNestedAttribute(v, nested),
    (inner, b, a, action) => newDiff(new SensitiveRenderer(inner, b, a), action, change.replacePaths.matches()),
  );
  if (sensitive) return sensitive;
  const childUnknown: Generic = new Map(Object.keys(nested.attributes).map((k) => [k, true]));
  const unknown = checkForUnknown(
    change,
    childUnknown,
    (current) => asDiff(current, new UnknownRenderer(undefined)),
    (current, before) => asDiff(current, new UnknownRenderer(computeDiffForNestedAttribute(before, nested))),
  );
  if (unknown) return unknown;
  switch (nested.nesting) {
    case "single":
    case "group":
      return computeAttributeDiffAsNestedObject(change, nested.attributes);
    case "map":
      return computeAttributeDiffAsNestedMap(change, nested.attributes);
    case "list":
      return computeAttributeDiffAsNestedList(change, nested.attributes);
    case "set":
      return computeAttributeDiffAsNestedSet(change, nested.attributes);
  }
}

/** The diff of a value of a schema type (ComputeDiffForType). */
export function computeDiffForType(input: StructuredChange, type: Type): Diff {
  let change = input;
  if (!change.nonLegacySchema) {
    // The legacy SDK cannot tell empty strings from null, so neither can its diffs.
    if (change.before === "") change = withChange(change, { before: null });
    if (change.after === "") change = withChange(change, { after: null });
  }
  const sensitive = checkForSensitive(
    change,
    (v) => computeDiffForType(v, type),
    (inner, b, a, action) => newDiff(new SensitiveRenderer(inner, b, a), action, change.replacePaths.matches()),
  );
  if (sensitive) return sensitive;
  const unknown = checkForUnknown(
    change,
    false,
    (current) => asDiff(current, new UnknownRenderer(undefined)),
    (current, before) => asDiff(current, new UnknownRenderer(computeDiffForType(before, type))),
  );
  if (unknown) return unknown;
  switch (type.kind) {
    case "dynamic":
      return computeDiffForOutput(change);
    case "string":
    case "number":
    case "bool":
      return asDiff(change, new PrimitiveRenderer(change.before, change.after, type.kind));
    case "object":
      return computeAttributeDiffAsObject(change, type.attributes);
    case "map":
      return computeAttributeDiffAsMap(change, type.element);
    case "list":
      return computeAttributeDiffAsList(change, type.element);
    case "tuple":
      return computeAttributeDiffAsTuple(change, type.elements);
    case "set":
      return computeAttributeDiffAsSet(change, type.element);
  }
}

/** The diff of an output value, or of any value without a known type, by its JSON shape (ComputeDiffForOutput). */
export function computeDiffForOutput(change: StructuredChange): Diff {
  const sensitive = checkForSensitive(
    change,
    (v) => computeDiffForType(v, { kind: "dynamic" }),
    (inner, b, a, action) => newDiff(new SensitiveRenderer(inner, b, a), action, change.replacePaths.matches()),
  );
  if (sensitive) return sensitive;
  const unknown = checkForUnknown(
    change,
    false,
    (current) => asDiff(current, new UnknownRenderer(undefined)),
    (current, before) => asDiff(current, new UnknownRenderer(computeDiffForType(before, { kind: "dynamic" }))),
  );
  if (unknown) return unknown;
  return jsonTransform(rendererJsonOpts(), change);
}

function computeAttributeDiffAsObject(change: StructuredChange, attributes: ReadonlyMap<string, Type>): Diff {
  const { diffs, action } = processObject(change, attributes, (v, t) => computeDiffForType(v, t));
  return newDiff(new ObjectRenderer(diffs, true), action, change.replacePaths.matches());
}

/** The diff of a single nested-attribute object. */
export function computeAttributeDiffAsNestedObject(change: StructuredChange, attributes: Readonly<Record<string, SchemaAttribute>>): Diff {
  const { diffs, action } = processObject(change, new Map(Object.entries(attributes)), (v, a) => computeDiffForAttribute(v, a));
  return newDiff(new ObjectRenderer(diffs, false), action, change.replacePaths.matches());
}

// Attributes null on both sides are left out altogether, not even counted as unchanged.
function processObject<T>(
  change: StructuredChange,
  attributes: ReadonlyMap<string, T>,
  compute: (change: StructuredChange, attr: T) => Diff,
): { diffs: Map<string, Diff>; action: Action } {
  const m = asMap(change);
  const diffs = new Map<string, Diff>();
  let action: Action = defaultActionForIteration(change);
  for (const [key, attr] of attributes) {
    let child = mapChild(m, key);
    if (!child.relevantAttributes.matchesPartial()) child = asNoOp(child);
    child = withChange(child, { beforeExplicit: false, afterExplicit: false });
    const d = compute(child, attr);
    if (d.action === "no-op" && child.before === null && child.after === null) continue;
    diffs.set(key, d);
    action = compareActions(action, d.action);
  }
  return { diffs, action };
}
