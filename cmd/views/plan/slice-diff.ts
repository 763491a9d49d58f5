import type { Action } from "../../../core/plans/changes.js";
import { compareActions, type Diff } from "./computed-diff.js";
import { deepEqual, type Generic } from "./generic.js";

// Terraform's jsonformat/collections: pairing up the elements of two sequences for display. Lists of
// the same length that are not a reordering are compared index by index; otherwise the longest common
// subsequence stays unchanged and the rest reads as removed and added (objects, and elements the
// caller asks for, are diffed in place instead).

/** Lines or elements of a sequence, compared with Go's reflect.DeepEqual. */
export type SliceItem = Generic;

/** Whether a before and an after element should be diffed against each other. */
export type DiffElementTest<T> = (item: T) => boolean;

/** Terraform's objchange.LongestCommonSubsequence, including its choice among equal-length answers. */
export function longestCommonSubsequence<T>(xs: readonly T[], ys: readonly T[], equals: (x: T, y: T) => boolean): T[] {
  if (xs.length === 0 || ys.length === 0) return [];
  const w = xs.length;
  const c = new Array<number>(xs.length * ys.length).fill(0);
  const eqs = new Array<boolean>(xs.length * ys.length).fill(false);
  for (let y = 0; y < ys.length; y++) {
    for (let x = 0; x < xs.length; x++) {
      if (equals(xs[x]!, ys[y]!)) {
        eqs[w * y + x] = true;
        c[w * y + x] = x === 0 || y === 0 ? 1 : c[w * (y - 1) + (x - 1)]! + 1;
      } else {
        const l = x > 0 ? c[w * y + (x - 1)]! : 0;
        const u = y > 0 ? c[w * (y - 1) + x]! : 0;
        c[w * y + x] = l > u ? l : u;
      }
    }
  }
  return walkBack(xs, ys, c, eqs);
}

function walkBack<T>(xs: readonly T[], ys: readonly T[], c: number[], eqs: boolean[]): T[] {
  const w = xs.length;
  const seq = new Array<T>(c[c.length - 1]!);
  let x = xs.length - 1;
  let y = ys.length - 1;
  let i = seq.length - 1;
  while (x > -1 && y > -1) {
    if (eqs[w * y + x]) {
      seq[i--] = xs[x--]!;
      y--;
      continue;
    }
    const l = x > 0 ? c[w * y + (x - 1)]! : 0;
    const u = y > 0 ? c[w * (y - 1) + x]! : 0;
    if (l > u) x--;
    else y--;
  }
  return seq;
}

/** True when every element of `before` is somewhere in `after` (and the lengths match). */
function isReorder<T extends SliceItem>(before: readonly T[], after: readonly T[]): boolean {
  if (before.length !== after.length) return false;
  return before.every((b) => after.some((a) => deepEqual(b, a)));
}

/**
 * Calls `process(beforeIx, afterIx)` for each pair to display, in order (collections.ProcessSlice); an
 * index past the end of its sequence means the element is absent on that side.
 */
export function processSlice<T extends SliceItem>(
  before: readonly T[],
  after: readonly T[],
  process: (beforeIx: number, afterIx: number) => void,
  isObjType: DiffElementTest<T>,
): void {
  if (before.length === after.length && !isReorder(before, after)) {
    for (let ix = 0; ix < before.length; ix++) process(ix, ix);
    return;
  }
  const lcs = longestCommonSubsequence(before, after, deepEqual);
  let beforeIx = 0;
  let afterIx = 0;
  let lcsIx = 0;
  while (beforeIx < before.length || afterIx < after.length || lcsIx < lcs.length) {
    while (beforeIx < before.length && (lcsIx >= lcs.length || !deepEqual(before[beforeIx]!, lcs[lcsIx]!))) {
      const objectDiff =
        isObjType(before[beforeIx]!) &&
        afterIx < after.length &&
        isObjType(after[afterIx]!) &&
        (lcsIx >= lcs.length || !deepEqual(after[afterIx]!, lcs[lcsIx]!));
      process(beforeIx, objectDiff ? afterIx++ : after.length);
      beforeIx++;
    }
    while (afterIx < after.length && (lcsIx >= lcs.length || !deepEqual(after[afterIx]!, lcs[lcsIx]!))) {
      process(before.length, afterIx++);
    }
    if (lcsIx < lcs.length) {
      process(beforeIx++, afterIx++);
      lcsIx++;
    }
  }
}

/** Diffs two sequences into element diffs and the sequence's action (collections.TransformSlice). */
export function transformSlice<T extends SliceItem>(
  before: readonly T[] | null,
  after: readonly T[] | null,
  process: (beforeIx: number, afterIx: number) => Diff,
  isObjType: DiffElementTest<T>,
): { elements: Diff[]; action: Action } {
  let action: Action = before !== null && after === null ? "delete" : before === null && after !== null ? "create" : "no-op";
  const elements: Diff[] = [];
  processSlice(before ?? [], after ?? [], (b, a) => {
    const element = process(b, a);
    elements.push(element);
    action = compareActions(action, element.action);
  }, isObjType);
  return { elements, action };
}

/** Diffs the given keys of two maps into element diffs and the map's action (collections.TransformMap). */
export function transformMap(
  before: ReadonlyMap<string, Generic> | null,
  after: ReadonlyMap<string, Generic> | null,
  keys: readonly string[],
  process: (key: string) => Diff,
): { elements: Map<string, Diff>; action: Action } {
  let action: Action = before !== null && after === null ? "delete" : before === null && after !== null ? "create" : "no-op";
  const elements = new Map<string, Diff>();
  for (const key of keys) {
    const element = process(key);
    elements.set(key, element);
    action = compareActions(action, element.action);
  }
  return { elements, action };
}
