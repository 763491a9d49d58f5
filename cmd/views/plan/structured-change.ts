import type { Action } from "../../../core/plans/changes.js";
import type { Diff } from "./computed-diff.js";
import { deepEqual, type Generic } from "./generic.js";
import type { PathMatcher } from "./path-matcher.js";

// Terraform's structured.Change: one value's before and after as JSON, with the unknown and
// sensitive trees beside them and the replace and relevance matchers. The differ walks these down the
// schema; the "explicit" flags tell a value set to null apart from one that is simply absent. Before
// looking inside a value every differ checks whether it is sensitive or unknown as a whole
// (CheckForSensitive, CheckForUnknown): such a value prints as "(sensitive value)" or "(known after
// apply)" whatever it holds.

/** A value's change as the differ walks it (structured.Change). */
export interface StructuredChange {
  readonly beforeExplicit: boolean;
  readonly afterExplicit: boolean;
  readonly before: Generic;
  readonly after: Generic;
  /** true, false, or a tree of the same shape as `after` saying which parts are unknown. */
  readonly unknown: Generic;
  readonly beforeSensitive: Generic;
  readonly afterSensitive: Generic;
  readonly replacePaths: PathMatcher;
  readonly relevantAttributes: PathMatcher;
  /** Set below a schema the legacy SDK could not have produced: empty strings then stay strings. */
  readonly nonLegacySchema: boolean;
}

/** True when the whole before value is sensitive. */
export function isBeforeSensitive(c: StructuredChange): boolean {
  return c.beforeSensitive === true;
}

/** True when the whole after value is sensitive. */
export function isAfterSensitive(c: StructuredChange): boolean {
  return c.afterSensitive === true;
}

/** True when the whole after value is unknown. */
export function isUnknown(c: StructuredChange): boolean {
  return c.unknown === true;
}

/** The best guess at a primitive change's action (Change.CalculateAction). */
export function calculateAction(c: StructuredChange): Action {
  if (c.before === null && !c.beforeExplicit && (c.after !== null || c.afterExplicit)) return "create";
  if (c.after === null && !c.afterExplicit && (c.before !== null || c.beforeExplicit)) return "delete";
  const same = deepEqual(c.before, c.after) && c.afterExplicit === c.beforeExplicit;
  return same && isAfterSensitive(c) === isBeforeSensitive(c) ? "no-op" : "update";
}

/** The starting action for a collection or block before its children are seen (GetDefaultActionForIteration). */
export function defaultActionForIteration(c: StructuredChange): Action {
  if (c.before === null && c.after === null) return "no-op";
  if (c.before === null) return "create";
  if (c.after === null) return "delete";
  return "no-op";
}

/** The change as if nothing happened: after becomes before (AsNoOp). */
export function asNoOp(c: StructuredChange): StructuredChange {
  return {
    beforeExplicit: c.beforeExplicit,
    afterExplicit: c.beforeExplicit,
    before: c.before,
    after: c.before,
    unknown: false,
    beforeSensitive: c.beforeSensitive,
    afterSensitive: c.beforeSensitive,
    replacePaths: c.replacePaths,
    relevantAttributes: c.relevantAttributes,
    nonLegacySchema: false,
  };
}

/** The change as if the value were deleted (AsDelete). */
export function asDelete(c: StructuredChange): StructuredChange {
  return {
    beforeExplicit: c.beforeExplicit,
    afterExplicit: false,
    before: c.before,
    after: null,
    unknown: null,
    beforeSensitive: c.beforeSensitive,
    afterSensitive: null,
    replacePaths: c.replacePaths,
    relevantAttributes: c.relevantAttributes,
    nonLegacySchema: false,
  };
}

/** The change as if the value were created (AsCreate). */
export function asCreate(c: StructuredChange): StructuredChange {
  return {
    beforeExplicit: false,
    afterExplicit: c.afterExplicit,
    before: null,
    after: c.after,
    unknown: c.unknown,
    beforeSensitive: null,
    afterSensitive: c.afterSensitive,
    replacePaths: c.replacePaths,
    relevantAttributes: c.relevantAttributes,
    nonLegacySchema: false,
  };
}

/** A copy of the change with some fields replaced. */
export function withChange(c: StructuredChange, patch: Partial<StructuredChange>): StructuredChange {
  return { ...c, ...patch };
}

/** Builds the diff of a value once its sensitivity has been set aside. */
export type ProcessSensitiveInner = (change: StructuredChange) => Diff;

/** Wraps the inner diff of a sensitive value. */
export type CreateSensitiveDiff = (inner: Diff, beforeSensitive: boolean, afterSensitive: boolean, action: Action) => Diff;

/** The diff of a sensitive value, or undefined when neither side is sensitive as a whole. */
export function checkForSensitive(change: StructuredChange, processInner: ProcessSensitiveInner, create: CreateSensitiveDiff): Diff | undefined {
  const beforeSensitive = isBeforeSensitive(change);
  const afterSensitive = isAfterSensitive(change);
  if (!beforeSensitive && !afterSensitive) return undefined;
  const inner = processInner({
    beforeExplicit: change.beforeExplicit,
    afterExplicit: change.afterExplicit,
    before: change.before,
    after: change.after,
    unknown: change.unknown,
    beforeSensitive: false,
    afterSensitive: false,
    replacePaths: change.replacePaths,
    relevantAttributes: change.relevantAttributes,
    nonLegacySchema: false,
  });
  // Both sides null and absent is a stronger no-op than a change of sensitivity.
  const nullNoOp = change.before === null && !change.beforeExplicit && change.after === null && !change.afterExplicit;
  const action = inner.action === "no-op" && beforeSensitive !== afterSensitive && !nullNoOp ? "update" : inner.action;
  return create(inner, beforeSensitive, afterSensitive, action);
}

/** Builds the diff of a value being created as unknown. */
export type ProcessUnknown = (current: StructuredChange) => Diff;

/** Builds the diff of a known value becoming unknown, given the old value as a deletion. */
export type ProcessUnknownWithBefore = (current: StructuredChange, before: StructuredChange) => Diff;

/**
 * The diff of an unknown value, or undefined when the after value is not unknown as a whole.
 * `childUnknown` stands in for the unknown tree of the old value so that its children show as
 * computed rather than deleted.
 */
export function checkForUnknown(
  change: StructuredChange,
  childUnknown: Generic,
  process: ProcessUnknown,
  processBefore: ProcessUnknownWithBefore,
): Diff | undefined {
  if (!isUnknown(change)) return undefined;
  // The after value is null in the JSON; it must not read as a deletion.
  const current = withChange(change, { afterExplicit: true });
  if (current.before === null) return process(current);
  const before = withChange(asDelete(current), { unknown: childUnknown });
  return processBefore(current, before);
}
