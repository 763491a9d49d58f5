import { compareCodePoints } from "../../text/code-point-order.js";
import type { Value } from "../../values/value.js";

// String facts the collection functions need exactly as Go computes them: byte-wise ordering (Go's
// sort.Strings and cty's map iteration order compare UTF-8 bytes, i.e. code points, not UTF-16 units)
// and cty's string length in user-perceived characters (extended grapheme clusters).

/** Map or object entries in cty's iteration order (keys sorted as Go sorts strings). */
export function sortedGoEntries(entries: ReadonlyMap<string, Value>): [string, Value][] {
  return [...entries].sort(([a], [b]) => compareCodePoints(a, b));
}

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** The number of grapheme clusters in `s`, as cty's strlen counts characters. */
export function graphemeCount(s: string): number {
  let n = 0;
  for (const _ of segmenter.segment(s)) n++;
  return n;
}

