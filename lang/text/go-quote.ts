// Go's %q for strings (strconv.Quote), which cty and HCL use both in messages (`attribute "a" is
// required`) and in the set hash strings that order set elements.

const ESCAPES: Readonly<Record<string, string>> = {
  "\x07": "\\a",
  "\b": "\\b",
  "\f": "\\f",
  "\n": "\\n",
  "\r": "\\r",
  "\t": "\\t",
  "\v": "\\v",
  '"': '\\"',
  "\\": "\\\\",
};

// unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space.
const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;

/** The string double-quoted with Go's escapes: printable characters as they are, others as \n, \x01, \u00ad. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) out += quoteRune(ch);
  return `${out}"`;
}

function quoteRune(ch: string): string {
  const esc = ESCAPES[ch];
  if (esc !== undefined) return esc;
  if (PRINTABLE.test(ch)) return ch;
  const cp = ch.codePointAt(0)!;
  if (cp < 0x20 || cp === 0x7f) return `\\x${hex(cp, 2)}`;
  // A lone surrogate becomes U+FFFD once encoded as UTF-8, which Go prints as it is.
  if (cp >= 0xd800 && cp <= 0xdfff) return "\ufffd";
  return cp < 0x10000 ? `\\u${hex(cp, 4)}` : `\\U${hex(cp, 8)}`;
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, "0");
}
