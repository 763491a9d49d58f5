import type { TokenBuffer } from "./token-buffer.js";

// Grapheme clusters as hcl counts columns: go-textseg (Unicode 15.0 rules) applied to each token's
// text separately, each blank between tokens counting one column.

const segmenter = new Intl.Segmenter("en", { granularity: "grapheme" });

/**
 * Where each column of the line `src[start:end]` starts. With the line's tokens, each token is
 * segmented on its own (a mark that follows a token does not join it), as hcl does.
 */
export function lineGraphemeStarts(src: string, start: number, end: number, tokens?: TokenBuffer): number[] {
  if (tokens === undefined) return graphemeStarts(src, start, end, []);
  const bounds: number[] = [];
  let k = firstTokenEndingAfter(tokens, start);
  let i = start;
  while (i < end) {
    while (k < tokens.count && tokens.ends[k] <= i) k++;
    if (k < tokens.count && tokens.starts[k] <= i) {
      const pieceEnd = Math.min(tokens.ends[k], end);
      graphemeStarts(src, i, pieceEnd, bounds);
      i = pieceEnd;
    } else {
      const gapEnd = Math.min(k < tokens.count ? tokens.starts[k] : end, end);
      for (; i < gapEnd; i++) bounds.push(i);
    }
  }
  return bounds;
}

function firstTokenEndingAfter(tokens: TokenBuffer, offset: number): number {
  let lo = 0;
  let hi = tokens.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens.ends[mid] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Where each grapheme cluster of `src[start:end]` starts, as hcl's go-textseg (Unicode 15.0) splits
 * them. Intl.Segmenter follows Unicode 15.1, which added one rule (GB9c) joining Indic consonants
 * across a virama; those joins are split again here.
 */
function graphemeStarts(src: string, start: number, end: number, bounds: number[]): number[] {
  if (isAsciiRange(src, start, end)) {
    for (let i = start; i < end; i++) if (!(src.charCodeAt(i) === 10 && src.charCodeAt(i - 1) === 13 && i > start)) bounds.push(i);
    return bounds;
  }
  for (const seg of segmenter.segment(src.slice(start, end))) {
    const at = start + seg.index;
    bounds.push(at);
    if (seg.segment.length > 2 && INDIC.test(seg.segment)) splitIndicConjuncts(src, at, at + seg.segment.length, bounds);
  }
  return bounds;
}

function isAsciiRange(src: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (src.charCodeAt(i) >= 0x80) return false;
  return true;
}

const INDIC = /[\u0900-\u0d7f]/;
const LINKERS = new Set([0x094d, 0x09cd, 0x0acd, 0x0b4d, 0x0c4d, 0x0d4d]);
const INDIC_LETTER = /^[\u0900-\u097f\u0980-\u09ff\u0a80-\u0aff\u0b00-\u0b7f\u0c00-\u0c7f\u0d00-\u0d7f]$/;
const LETTER = /^\p{L}$/u;
const EXTEND = /^[\p{Grapheme_Extend}\u200d]$/u;

/** Adds a cluster start before each consonant that follows a virama (plus marks) within one segment. */
function splitIndicConjuncts(src: string, from: number, to: number, bounds: number[]): void {
  let afterLinker = false;
  for (let i = from + 1; i < to; i++) {
    const prev = src.charCodeAt(i - 1);
    if (LINKERS.has(prev)) afterLinker = true;
    else if (!EXTEND.test(src[i - 1])) afterLinker = false;
    const ch = src[i];
    if (afterLinker && INDIC_LETTER.test(ch) && LETTER.test(ch)) {
      bounds.push(i);
      afterLinker = false;
    }
  }
}

