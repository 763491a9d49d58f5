import type { Action } from "../../../core/plans/changes.js";
import type { Type } from "../../../lang/types/type.js";
import type { BlockSchema, NestedAttributeObject, SchemaAttribute } from "../../../providers/schema.js";
import { compareActions, newDiff, type Diff } from "./computed-diff.js";
import { computeDiffForNestedAttribute, computeDiffForType } from "./differ-attribute.js";
import { computeDiffForBlock } from "./differ-block.js";
import { deepEqual } from "./generic.js";
import { ALWAYS_MATCHER } from "./path-matcher.js";
import { ListRenderer, SetRenderer } from "./render-list.js";
import { MapRenderer } from "./render-object.js";
import { transformMap, transformSlice } from "./slice-diff.js";
import {
  asNoOp,
  defaultActionForIteration,
  isAfterSensitive,
  isBeforeSensitive,
  isUnknown,
  withChange,
  type StructuredChange,
} from "./structured-change.js";
import { allKeys, asMap, asSlice, mapChild, sliceChild } from "./structured-children.js";

// Terraform's differ for collections: lists (by longest common subsequence, or index by index),
// sets (by matching equal elements), maps (by key) and tuples, for plain attributes, nested attributes
// and repeated blocks alike. Every element of a relevant collection is relevant.

function relevantOrNoOp(c: StructuredChange): StructuredChange {
  return c.relevantAttributes.matchesPartial() ? c : asNoOp(c);
}

function asSingle(attributes: Readonly<Record<string, SchemaAttribute>>): NestedAttributeObject {
  return { nesting: "single", attributes };
}

/** The diff of a list attribute (computeAttributeDiffAsList). */
export function computeAttributeDiffAsList(change: StructuredChange, elementType: Type): Diff {
  const s = asSlice(change);
  const { elements, action } = transformSlice(
    s.before,
    s.after,
    (b, a) => computeDiffForType(withChange(sliceChild(s, b, a), { relevantAttributes: ALWAYS_MATCHER }), elementType),
    () => elementType.kind === "object",
  );
  return newDiff(new ListRenderer(elements, true), action, change.replacePaths.matches());
}

/** The diff of a tuple attribute, element by element (computeAttributeDiffAsTuple). */
export function computeAttributeDiffAsTuple(change: StructuredChange, elementTypes: readonly Type[]): Diff {
  const s = asSlice(change);
  const elements: Diff[] = [];
  let action = defaultActionForIteration(change);
  elementTypes.forEach((t, ix) => {
    const element = computeDiffForType(relevantOrNoOp(sliceChild(s, ix, ix)), t);
    elements.push(element);
    action = compareActions(action, element.action);
  });
  return newDiff(new ListRenderer(elements, true), action, change.replacePaths.matches());
}

/** The diff of a list of nested-attribute objects, index by index (computeAttributeDiffAsNestedList). */
export function computeAttributeDiffAsNestedList(change: StructuredChange, attributes: Readonly<Record<string, SchemaAttribute>>): Diff {
  const { diffs, action } = processNestedList(change, (v) => computeDiffForNestedAttribute(v, asSingle(attributes)));
  return newDiff(new ListRenderer(diffs, false), action, change.replacePaths.matches());
}

/** The diffs of a list of blocks, index by index, and the group's action (computeBlockDiffsAsList). */
export function computeBlockDiffsAsList(change: StructuredChange, block: BlockSchema): { diffs: Diff[]; action: Action } {
  return processNestedList(change, (v) => computeDiffForBlock(v, block));
}

function processNestedList(change: StructuredChange, compute: (c: StructuredChange) => Diff): { diffs: Diff[]; action: Action } {
  const s = asSlice(change);
  const diffs: Diff[] = [];
  let action = defaultActionForIteration(change);
  const n = Math.max(s.before?.length ?? 0, s.after?.length ?? 0);
  for (let ix = 0; ix < n; ix++) {
    const d = compute(relevantOrNoOp(sliceChild(s, ix, ix)));
    diffs.push(d);
    action = compareActions(action, d.action);
  }
  return { diffs, action };
}

/** The diff of a set attribute (computeAttributeDiffAsSet). */
export function computeAttributeDiffAsSet(change: StructuredChange, elementType: Type): Diff {
  const { diffs, action } = processSet(change, (v) => computeDiffForType(v, elementType));
  return newDiff(new SetRenderer(diffs, false), action, change.replacePaths.matches());
}

/** The diff of a set of nested-attribute objects (computeAttributeDiffAsNestedSet). */
export function computeAttributeDiffAsNestedSet(change: StructuredChange, attributes: Readonly<Record<string, SchemaAttribute>>): Diff {
  const { diffs, action } = processSet(change, (v) => computeDiffForNestedAttribute(v, asSingle(attributes)));
  return newDiff(new SetRenderer(diffs, true), action, change.replacePaths.matches());
}

/** The diffs of a set of blocks and the group's action (computeBlockDiffsAsSet). */
export function computeBlockDiffsAsSet(change: StructuredChange, block: BlockSchema): { diffs: Diff[]; action: Action } {
  return processSet(change, (v) => computeDiffForBlock(v, block));
}

// Equal elements on both sides pair up as unchanged; the rest are deleted or created.
function processSet(change: StructuredChange, compute: (c: StructuredChange) => Diff): { diffs: Diff[]; action: Action } {
  const s = asSlice(change);
  const before = s.before ?? [];
  const after = s.after ?? [];
  const foundInBefore = new Map<number, number>();
  const foundInAfter = new Map<number, number>();
  before.forEach((_, ix) => {
    let matched = false;
    after.forEach((_a, jx) => {
      if (foundInAfter.has(jx)) return;
      const child = sliceChild(s, ix, jx);
      if (deepEqual(child.before, child.after) && isBeforeSensitive(child) === isAfterSensitive(child) && !isUnknown(child)) {
        matched = true;
        foundInBefore.set(ix, jx);
        foundInAfter.set(jx, ix);
      }
    });
    if (!matched) foundInBefore.set(ix, -1);
  });
  const diffs: Diff[] = [];
  let action = defaultActionForIteration(change);
  const add = (b: number, a: number): void => {
    const d = compute(withChange(sliceChild(s, b, a), { relevantAttributes: ALWAYS_MATCHER }));
    diffs.push(d);
    action = compareActions(action, d.action);
  };
  before.forEach((_, ix) => {
    const jx = foundInBefore.get(ix)!;
    add(ix, jx >= 0 ? jx : after.length);
  });
  after.forEach((_, jx) => {
    if (!foundInAfter.has(jx)) add(before.length, jx);
  });
  return { diffs, action };
}

/** The diff of a map attribute (computeAttributeDiffAsMap). */
export function computeAttributeDiffAsMap(change: StructuredChange, elementType: Type): Diff {
  const m = asMap(change);
  const { elements, action } = transformMap(m.before, m.after, allKeys(m), (key) =>
    computeDiffForType(relevantOrNoOp(mapChild(m, key)), elementType),
  );
  return newDiff(new MapRenderer(elements, false), action, change.replacePaths.matches());
}

/** The diff of a map of nested-attribute objects (computeAttributeDiffAsNestedMap). */
export function computeAttributeDiffAsNestedMap(change: StructuredChange, attributes: Readonly<Record<string, SchemaAttribute>>): Diff {
  const m = asMap(change);
  const { elements, action } = transformMap(m.before, m.after, allKeys(m), (key) =>
    computeDiffForNestedAttribute(relevantOrNoOp(mapChild(m, key)), asSingle(attributes)),
  );
  return newDiff(new MapRenderer(elements, true), action, change.replacePaths.matches());
}

/** The diffs of a map of blocks by key and the group's action (computeBlockDiffsAsMap). */
export function computeBlockDiffsAsMap(change: StructuredChange, block: BlockSchema): { diffs: Map<string, Diff>; action: Action } {
  const m = asMap(change);
  const { elements, action } = transformMap(m.before, m.after, allKeys(m), (key) => computeDiffForBlock(relevantOrNoOp(mapChild(m, key)), block));
  return { diffs: elements, action };
}
