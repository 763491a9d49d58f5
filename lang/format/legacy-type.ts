import type { FormatToken } from "./format-token.js";
import { newToken } from "./format-token.js";

// Terraform's formatTypeExpr, for `type` in a top-level `variable` block: bare collection keywords
// gain an element type (`list` → `list(any)`), and pre-0.12 quoted types become type expressions
// (`"string"` → `string`, `"list"` → `list(string)`, `"map"` → `map(string)`).

/** The modern spelling of a legacy type expression, or null when the tokens are not one. */
export function modernizeTypeExpr(tokens: readonly FormatToken[]): FormatToken[] | null {
  if (tokens.length === 1 && tokens[0].type === "Ident") {
    const kw = tokens[0].text;
    return kw === "list" || kw === "map" || kw === "set" ? [tokens[0], ...call("any")] : null;
  }
  if (tokens.length !== 3) return null;
  const [open, lit, close] = tokens;
  if (open.type !== "OQuote" || lit.type !== "QuotedLit" || close.type !== "CQuote") return null;
  switch (lit.text) {
    case "string":
      return [newToken("Ident", "string")];
    case "list":
    case "map":
      return [newToken("Ident", lit.text), ...call("string")];
    default:
      return null;
  }
}

function call(arg: string): FormatToken[] {
  return [newToken("OParen", "("), newToken("Ident", arg), newToken("CParen", ")")];
}
