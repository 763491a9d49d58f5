// Terraform's toHCLQuotedString (addrs/instance_key.go): how a string instance key is written inside
// `["..."]`, so that the address reads back as an HCL traversal. Unlike Go's %q it escapes template
// introducers (`${` → `$${`, `%{` → `%%{`) and writes other unprintable characters as \uXXXX.

const ESCAPES: Readonly<Record<string, string>> = {
  "\n": "\\n",
  "\r": "\\r",
  "\t": "\\t",
  '"': '\\"',
  "\\": "\\\\",
};

// Go's unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space only.
const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;

/** The string as an HCL quoted string literal, exactly as Terraform writes string instance keys. */
export function hclQuote(s: string): string {
  let out = '"';
  const chars = [...s];
  chars.forEach((ch, i) => {
    out += quoteChar(ch, chars[i + 1]);
  });
  return `${out}"`;
}

function quoteChar(ch: string, next: string | undefined): string {
  const esc = ESCAPES[ch];
  if (esc !== undefined) return esc;
  if (ch === "$" || ch === "%") return next === "{" ? ch + ch : ch;
  if (PRINTABLE.test(ch)) return ch;
  const cp = ch.codePointAt(0)!;
  // A lone surrogate is invalid UTF-8, which Go reads as U+FFFD (printable).
  if (cp >= 0xd800 && cp <= 0xdfff) return "\ufffd";
  return cp < 0x10000 ? `\\u${hex(cp, 4)}` : `\\U${hex(cp, 8)}`;
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, "0");
}
