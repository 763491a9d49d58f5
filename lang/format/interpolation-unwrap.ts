import type { FormatToken } from "./format-token.js";
import { newToken } from "./format-token.js";

// Terraform's formatValueExpr: an attribute whose whole value is one interpolation, `"${x}"`, is
// written as the bare expression `x`. Only provably single interpolations qualify; a multi-line
// result is wrapped in parentheses so that it still parses.

/** The unwrapped tokens of `"${ expr }"`, or null when the value is anything else. */
export function unwrapInterpolation(tokens: readonly FormatToken[]): FormatToken[] | null {
  if (tokens.length < 5) return null;
  const last = tokens.length - 1;
  if (tokens[0].type !== "OQuote" || tokens[1].type !== "TemplateInterp") return null;
  if (tokens[last - 1].type !== "TemplateSeqEnd" || tokens[last].type !== "CQuote") return null;
  const inside = tokens.slice(2, last - 1);
  if (!isSingleInterpolation(inside)) return null;
  const trimmed = trimNewlines(inside);
  if (!trimmed.some((t) => t.type === "Newline")) return trimmed;
  const parenthesised = trimmed[0]?.type === "OParen" && trimmed[trimmed.length - 1]?.type === "CParen";
  if (parenthesised && trimmed.length > 1) return trimmed;
  return [newToken("OParen", "("), ...trimmed, newToken("CParen", ")")];
}

/** False when the interior holds another template sequence or literal text at the outermost level. */
function isSingleInterpolation(inside: readonly FormatToken[]): boolean {
  let quotes = 0;
  for (const t of inside) {
    if (t.type === "OQuote") quotes++;
    else if (t.type === "CQuote") quotes--;
    else if (quotes > 0) continue;
    else if (t.type === "TemplateInterp" || t.type === "TemplateSeqEnd" || t.type === "QuotedLit") return false;
  }
  return true;
}

function trimNewlines(tokens: readonly FormatToken[]): FormatToken[] {
  let start = 0;
  let end = tokens.length;
  while (start < end && tokens[start].type === "Newline") start++;
  while (end > start && tokens[end - 1].type === "Newline") end--;
  return tokens.slice(start, end);
}
