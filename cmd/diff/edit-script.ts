import { compareSequences } from "./compare-seq.js";
import type { DiffInput } from "./diff-input.js";
import { discardConfusingLines } from "./discard-lines.js";
import { ChangeFlags, shiftBoundaries } from "./shift-boundaries.js";

// GNU diff's analysis of the middle part of two texts (diff_2_files): discard confusing lines,
// compare the rest, slide the boundaries, and list the changes in order.

/** One change: `deleted` lines at `line0` of the old text replaced by `inserted` lines at `line1` of the new (0-based, whole-file). */
export interface Change {
  readonly line0: number;
  readonly line1: number;
  readonly deleted: number;
  readonly inserted: number;
}

/** The changes diff reports between the two texts of `input`, in order. */
export function editScript(input: DiffInput): Change[] {
  const { equivs } = input;
  const changed: [ChangeFlags, ChangeFlags] = [new ChangeFlags(equivs[0].length), new ChangeFlags(equivs[1].length)];
  const discards = discardConfusingLines(equivs);
  const kept = [keptLines(discards[0], changed[0]), keptLines(discards[1], changed[1])];
  compareSequences({
    xv: Int32Array.from(kept[0], (i) => equivs[0][i]),
    yv: Int32Array.from(kept[1], (i) => equivs[1][i]),
    noteDelete: (x) => changed[0].set(kept[0][x], true),
    noteInsert: (y) => changed[1].set(kept[1][y], true),
  });
  shiftBoundaries(changed, equivs);
  return buildScript(changed, input.prefixLines);
}

/** Indexes of the lines not discarded; discarded lines are marked changed. */
function keptLines(discards: Uint8Array, changed: ChangeFlags): number[] {
  const kept: number[] = [];
  discards.forEach((d, i) => {
    if (d === 0) kept.push(i);
    else changed.set(i, true);
  });
  return kept;
}

function buildScript(changed: readonly [ChangeFlags, ChangeFlags], offset: number): Change[] {
  const [c0, c1] = changed;
  const script: Change[] = [];
  let i0 = 0;
  let i1 = 0;
  while (i0 < c0.length || i1 < c1.length) {
    if (c0.get(i0) || c1.get(i1)) {
      const line0 = i0;
      const line1 = i1;
      while (c0.get(i0)) i0++;
      while (c1.get(i1)) i1++;
      script.push({ line0: line0 + offset, line1: line1 + offset, deleted: i0 - line0, inserted: i1 - line1 });
    }
    i0++;
    i1++;
  }
  return script;
}
