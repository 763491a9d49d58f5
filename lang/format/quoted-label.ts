import type { FormatToken } from "./format-token.js";
import { newToken } from "./format-token.js";

// Block labels as hclwrite rewrites them when Terraform calls SetLabels: the label's string value,
// NFC-normalised (as cty strings are) and escaped into a quoted literal (escapeQuotedStringLit).

/** The tokens of a quoted label with the given value: `"`, the escaped text, `"`. */
export function quotedLabelTokens(value: string): FormatToken[] {
  return [newToken("OQuote", '"'), newToken("QuotedLit", escapeQuotedString(value.normalize("NFC"))), newToken("CQuote", '"')];
}

/** Escapes a string for a quoted template: `\n \r \t \" \\`, doubled `$${`/`%%{`, `\uXXXX` for unprintable characters. */
export function escapeQuotedString(s: string): string {
  let out = "";
  const chars = [...s];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    out += escapeChar(c);
    if ((c === "$" || c === "%") && chars[i + 1] === "{") out += c;
  }
  return out;
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t", '"': '\\"', "\\": "\\\\" };

function escapeChar(c: string): string {
  const simple = SIMPLE_ESCAPES[c];
  if (simple !== undefined) return simple;
  if (isGoPrintable(c)) return c;
  const cp = c.codePointAt(0)!;
  return cp < 0x10000 ? `\\u${hex(cp, 4)}` : `\\U${hex(cp, 8)}`;
}

/** Go's unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
function isGoPrintable(c: string): boolean {
  return c === " " || /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u.test(c);
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, "0");
}
