import type { Value } from "../../values/value.js";

// String facts the collection functions need exactly as Go computes them: byte-wise ordering (Go's
// sort.Strings and cty's map iteration order compare UTF-8 bytes, i.e. code points, not UTF-16 units)
// and cty's string length in user-perceived characters (extended grapheme clusters).

/** Go's string comparison: by code point (the order of their UTF-8 bytes). */
export function compareGoStrings(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

/** Map or object entries in cty's iteration order (keys sorted as Go sorts strings). */
export function sortedGoEntries(entries: ReadonlyMap<string, Value>): [string, Value][] {
  return [...entries].sort(([a], [b]) => compareGoStrings(a, b));
}

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** The number of grapheme clusters in `s`, as cty's strlen counts characters. */
export function graphemeCount(s: string): number {
  let n = 0;
  for (const _ of segmenter.segment(s)) n++;
  return n;
}

// UTF-16 units order code points correctly except that surrogates (U+D800-DFFF, standing for code
// points above U+FFFF) must sort after U+E000-FFFF.
function codePointRank(unit: number): number {
  return unit >= 0xd800 && unit <= 0xdfff ? unit + 0x2000 : unit >= 0xe000 ? unit - 0x800 : unit;
}
