// Text helpers that reproduce how hcl (Go) words some diagnostics: `%q` quoting and the
// "did you mean" suggestion.

const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;

/** Quotes a string as Go's `%q` / strconv.Quote does. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    out += quoteChar(ch, cp);
  }
  return `${out}"`;
}

function quoteChar(ch: string, cp: number): string {
  switch (ch) {
    case '"':
      return '\\"';
    case "\\":
      return "\\\\";
    case "\x07":
      return "\\a";
    case "\b":
      return "\\b";
    case "\f":
      return "\\f";
    case "\n":
      return "\\n";
    case "\r":
      return "\\r";
    case "\t":
      return "\\t";
    case "\v":
      return "\\v";
  }
  if (PRINTABLE.test(ch)) return ch;
  if (cp < 0x80) return `\\x${cp.toString(16).padStart(2, "0")}`;
  if (cp < 0x10000) return `\\u${cp.toString(16).padStart(4, "0")}`;
  return `\\U${cp.toString(16).padStart(8, "0")}`;
}

/** The first suggestion within edit distance 2 of `given` (hcl's nameSuggestion), or "". */
export function nameSuggestion(given: string, suggestions: readonly string[]): string {
  for (const suggestion of suggestions) {
    if (levenshtein(given, suggestion) < 3) return suggestion;
  }
  return "";
}

function levenshtein(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      cur.push(Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost));
    }
    prev = cur;
  }
  return prev[y.length];
}
