import type { Action } from "../../../core/plans/changes.js";
import { hasDynamicTypes, type Type } from "../../../lang/types/type.js";
import type { BlockSchema, NestedBlock } from "../../../providers/schema.js";
import { attributeType } from "../../../providers/schema.js";
import { compareActions, newDiff, type Diff } from "./computed-diff.js";
import { asDiff, computeDiffForAttribute } from "./differ-attribute.js";
import { computeBlockDiffsAsList, computeBlockDiffsAsMap, computeBlockDiffsAsSet } from "./differ-collections.js";
import type { Generic } from "./generic.js";
import { BlockRenderer, type BlockGroup } from "./render-block.js";
import { SensitiveBlockRenderer, UnknownRenderer, WriteOnlyRenderer } from "./render-wrappers.js";
import {
  asNoOp,
  checkForSensitive,
  checkForUnknown,
  defaultActionForIteration,
  isAfterSensitive,
  isBeforeSensitive,
  isUnknown,
  withChange,
  type StructuredChange,
} from "./structured-change.js";
import { asMap, mapChild, type ChangeMap } from "./structured-children.js";

// Terraform's differ for configuration blocks (ComputeDiffForBlock): each attribute by its schema,
// each nested block type by its nesting mode, write-only attributes by the block's own action. A
// whole block that is sensitive or unknown is caught first.

/** The diff of a block's value under its schema (ComputeDiffForBlock). */
export function computeDiffForBlock(input: StructuredChange, block: BlockSchema): Diff {
  const sensitive = checkForSensitive(
    input,
    (v) => computeDiffForBlock(v, block),
    (inner, b, a, action) => newDiff(new SensitiveBlockRenderer(inner, b, a), action, input.replacePaths.matches()),
  );
  if (sensitive) return sensitive;
  const childUnknown: Generic = new Map(Object.keys(block.attributes).map((k) => [k, true]));
  const unknown = checkForUnknown(
    input,
    childUnknown,
    (current) => asDiff(current, new UnknownRenderer(undefined)),
    (current, before) => asDiff(current, new UnknownRenderer(computeDiffForBlock(before, block))),
  );
  if (unknown) return unknown;

  const change = withChange(input, { nonLegacySchema: input.nonLegacySchema || containsNonLegacyFeatures(block) });
  const m = asMap(change);
  let current = defaultActionForIteration(change);
  const attributes = new Map<string, Diff>();
  for (const [key, attr] of Object.entries(block.attributes)) {
    if (attr.writeOnly) continue;
    let child = mapChild(m, key);
    if (!child.relevantAttributes.matchesPartial()) child = asNoOp(child);
    child = withChange(child, { beforeExplicit: false, afterExplicit: false });
    const d = computeDiffForAttribute(child, attr);
    if (d.action === "no-op" && child.before === null && child.after === null) continue;
    attributes.set(key, d);
    current = compareActions(current, d.action);
  }
  const blocks = new Map<string, BlockGroup>();
  for (const [key, nested] of Object.entries(block.blocks ?? {})) {
    const group = blockGroup(m, key, nested);
    if (!group) continue;
    blocks.set(key, group.group);
    current = compareActions(current, group.action);
  }
  for (const [name, attr] of Object.entries(block.attributes)) {
    if (attr.writeOnly) attributes.set(name, writeOnlyDiff(change, current));
  }
  return newDiff(new BlockRenderer(attributes, blocks), current, change.replacePaths.matches());
}

function blockGroup(m: ChangeMap, key: string, nested: NestedBlock): { group: BlockGroup; action: Action } | undefined {
  let child = mapChild(m, key);
  if (!child.relevantAttributes.matchesPartial()) child = asNoOp(child);
  const meta = {
    replace: child.replacePaths.matches(),
    beforeSensitive: isBeforeSensitive(child),
    afterSensitive: isAfterSensitive(child),
    unknown: isUnknown(child),
  };
  const absent = child.before === null && child.after === null && !meta.unknown;
  switch (nested.nesting) {
    case "set":
    case "list": {
      const r = nested.nesting === "set" ? computeBlockDiffsAsSet(child, nested.block) : computeBlockDiffsAsList(child, nested.block);
      if (r.action === "no-op" && absent) return undefined;
      return { group: { kind: nested.nesting, diffs: r.diffs, ...meta }, action: r.action };
    }
    case "map": {
      const r = computeBlockDiffsAsMap(child, nested.block);
      if (r.action === "no-op" && absent) return undefined;
      return { group: { kind: "map", diffs: r.diffs, ...meta }, action: r.action };
    }
    case "single":
    case "group": {
      const d = computeDiffForBlock(child, nested.block);
      if (d.action === "no-op" && absent) return undefined;
      return { group: { kind: "single", diff: d, ...meta }, action: d.action };
    }
  }
}

// A write-only attribute follows the block it is in, except that an update does not highlight it.
function writeOnlyDiff(change: StructuredChange, blockAction: Action): Diff {
  const renderer = new WriteOnlyRenderer(isBeforeSensitive(change) || isAfterSensitive(change));
  const replace = change.replacePaths.matches();
  return newDiff(renderer, blockAction === "update" ? "no-op" : blockAction, replace);
}

/** True when the schema uses something the legacy SDK could not produce (containsNonLegacyFeatures). */
export function containsNonLegacyFeatures(block: BlockSchema): boolean {
  for (const nested of Object.values(block.blocks ?? {})) {
    if (nested.nesting === "map" || nested.nesting === "group") return true;
  }
  for (const attr of Object.values(block.attributes)) {
    if (attr.nested) return true;
    if (nonLegacyType(attributeType(attr))) return true;
  }
  return false;
}

function nonLegacyType(t: Type): boolean {
  if (hasDynamicTypes(t)) return true;
  if (t.kind === "tuple" || t.kind === "object") return true;
  if (t.kind === "list" || t.kind === "set" || t.kind === "map") {
    const et = t.element;
    const inner = et.kind === "list" || et.kind === "set" || et.kind === "map" ? et.element : undefined;
    return inner !== undefined && !(inner.kind === "string" || inner.kind === "number" || inner.kind === "bool");
  }
  return false;
}
