// Grapheme clusters ("characters" as cty counts them for strrev, substr and format's widths).

const SEGMENTER = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** The string's extended grapheme clusters, in order. */
export function graphemes(s: string): string[] {
  const out: string[] = [];
  for (const { segment } of SEGMENTER.segment(s)) out.push(segment);
  return out;
}

/** Number of grapheme clusters in the string. */
export function graphemeCount(s: string): number {
  if (/^[\x20-\x7e]*$/.test(s)) return s.length;
  let n = 0;
  for (const _ of SEGMENTER.segment(s)) n++;
  return n;
}
