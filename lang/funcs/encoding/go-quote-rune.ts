import { goQuote } from "../../text/go-quote.js";

// Go's %q of a single rune (strconv.QuoteRune): the character in single quotes, escaped as Go does.

/** A character quoted as Go's strconv.QuoteRune quotes it: 'a', '\'', '"', '\n'. */
export function goQuoteRune(ch: string): string {
  if (ch === "'") return "'\\''";
  const inner = goQuote(ch).slice(1, -1);
  return "'" + (inner === '\\"' ? '"' : inner) + "'";
}
