import { MAX_RUNE, type CodeRange } from "./regex-syntax.js";

// Unicode simple case folding orbits (Go's unicode.SimpleFold cycles), for the `i` flag where the
// translation cannot leave folding to JavaScript's own `i` flag. The orbits are learnt once from
// the JavaScript engine: two code points are fold-equivalent when /x/iu matches y.

/** Code points outside this range never fold to anything else (Go's minFold and maxFold). */
const MIN_FOLD = 0x41;
const MAX_FOLD = 0x1e943;

let orbits: ReadonlyMap<number, readonly number[]> | undefined;

/** The fold orbit of a code point (itself included), or undefined when it folds to nothing else. */
export function foldOrbit(cp: number): readonly number[] | undefined {
  if (cp < MIN_FOLD || cp > MAX_FOLD) return undefined;
  return orbitTable().get(cp);
}

/** True when the code point has case variants (its orbit has more than itself). */
export function hasCaseVariants(cp: number): boolean {
  return foldOrbit(cp) !== undefined;
}

/**
 * The code points to add to a class so that it is closed under case folding: every member of an
 * orbit one of whose members `inClass` accepts. Returned as sorted ranges.
 */
export function foldExtras(inClass: (cp: number) => boolean): CodeRange[] {
  const extra: number[] = [];
  for (const [cp, orbit] of orbitTable()) {
    if (!inClass(cp)) continue;
    for (const o of orbit) if (o !== cp) extra.push(o);
  }
  return toRanges(extra);
}

/** Sorted, merged ranges covering the given code points. */
export function toRanges(cps: readonly number[]): CodeRange[] {
  const sorted = [...new Set(cps)].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && c === last[1] + 1) last[1] = c;
    else out.push([c, c]);
  }
  return out;
}

/** Sorts and merges overlapping or abutting ranges (Go's cleanClass). */
export function cleanRanges(ranges: readonly CodeRange[]): CodeRange[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: [number, number][] = [];
  for (const [lo, hi] of sorted) {
    const last = out[out.length - 1];
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}

/** The complement of clean ranges within [0, MAX_RUNE]. */
export function negateRanges(ranges: readonly CodeRange[]): CodeRange[] {
  const out: CodeRange[] = [];
  let next = 0;
  for (const [lo, hi] of cleanRanges(ranges)) {
    if (next <= lo - 1) out.push([next, lo - 1]);
    next = hi + 1;
  }
  if (next <= MAX_RUNE) out.push([next, MAX_RUNE]);
  return out;
}

/** True when one of the ranges holds cp. */
export function inRanges(ranges: readonly CodeRange[], cp: number): boolean {
  return ranges.some(([lo, hi]) => lo <= cp && cp <= hi);
}

function orbitTable(): ReadonlyMap<number, readonly number[]> {
  orbits ??= buildOrbits();
  return orbits;
}

function buildOrbits(): Map<number, number[]> {
  const parent = new Map<number, number>();
  const members = new Set<number>();
  const find = (x: number): number => {
    let r = x;
    for (let p = parent.get(r); p !== undefined; p = parent.get(r)) r = p;
    return r;
  };
  for (let cp = MIN_FOLD; cp <= MAX_FOLD; cp++) {
    for (const o of caseVariants(cp)) {
      if (!sameFold(cp, o)) continue;
      const [ra, rb] = [find(cp), find(o)];
      if (ra !== rb) parent.set(ra, rb);
      members.add(cp).add(o);
    }
  }
  const table = new Map<number, number[]>();
  for (const cp of members) {
    const root = find(cp);
    const g = table.get(root) ?? [];
    g.push(cp);
    table.set(root, g);
  }
  for (const g of [...table.values()]) {
    g.sort((a, b) => a - b);
    for (const cp of g) table.set(cp, g);
  }
  return table;
}

/** The single-code-point lower and upper case forms of cp that differ from it. */
function caseVariants(cp: number): number[] {
  const ch = String.fromCodePoint(cp);
  const out: number[] = [];
  for (const v of [ch.toLowerCase(), ch.toUpperCase()]) {
    const o = v.codePointAt(0)!;
    if (v !== ch && v === String.fromCodePoint(o)) out.push(o);
  }
  return out;
}

function sameFold(a: number, b: number): boolean {
  return new RegExp(`^\\u{${a.toString(16)}}$`, "iu").test(String.fromCodePoint(b));
}
