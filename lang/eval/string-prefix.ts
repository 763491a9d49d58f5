// The known prefix of an unknown string, as cty's refinements record it (ctystrings.SafeKnownPrefix).

const PREFIX_LIMIT_BYTES = 128;
const DELIMITERS = new Set([..."-_:;/\\,.(){}[]|?!~ \t@#$%^&*+\"'"]);
const segmenter = new Intl.Segmenter("en", { granularity: "grapheme" });

/**
 * The part of a string that text appended later cannot change: at most 128 bytes (as hcl's templates
 * limit it), without a final grapheme cluster that a combining character could still extend (unless it
 * is a single delimiter character such as "-" or "/").
 */
export function safeKnownPrefix(s: string): string {
  const clusters = [...segmenter.segment(truncateUtf8(s.normalize("NFC"), PREFIX_LIMIT_BYTES))].map((g) => g.segment);
  const last = clusters[clusters.length - 1];
  if (last !== undefined && !(isSingleCodePoint(last) && DELIMITERS.has(last))) clusters.pop();
  return clusters.join("");
}

function isSingleCodePoint(s: string): boolean {
  return [...s].length === 1;
}

function truncateUtf8(s: string, limit: number): string {
  let bytes = 0;
  let out = "";
  for (const ch of s) {
    bytes += Buffer.byteLength(ch, "utf8");
    if (bytes > limit) break;
    out += ch;
  }
  return out;
}
