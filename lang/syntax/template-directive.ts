import type { Range } from "../source/range.js";
import { rangeBetween } from "../source/range.js";
import { parseExpression } from "./expression-parser.js";
import { goQuote } from "../text/go-quote.js";
import { nameSuggestion } from "../text/name-suggestion.js";
import type { ParserState } from "./parser-state.js";
import type { TemplatePart } from "./template-parts.js";
import type { TrimState } from "./template-parser.js";
import { closeSequence } from "./template-parser.js";
import { T } from "./token-type.js";

// Template directives `%{ if }`, `%{ else }`, `%{ endif }`, `%{ for }`, `%{ endfor }`: each is read
// into one flat part; template-tree.ts pairs them up later.

const KEYWORDS = ["if", "for", "else", "endif", "endfor"];

/** Parses a directive after its `%{` token `open`, appending the part it makes (if any). */
export function parseDirective(p: ParserState, open: number, startRange: Range, parts: TemplatePart[], trim: TrimState): void {
  const s = p.stream;
  s.pushIncludeNewlines(false);
  const kw = s.peek();
  if (s.typeAt(kw) !== T.Ident) {
    if (!p.recovery) {
      p.error(
        "Invalid template directive",
        'A template directive keyword ("if", "for", etc) is expected at the beginning of a %{ sequence.',
        p.range(kw),
        p.rangeFromTo(open, kw),
      );
    }
    return abandon(p);
  }
  s.read();
  const word = s.text(kw);
  if (!readDirectiveBody(p, open, kw, word, parts)) return abandon(p);
  const close = s.peek();
  if (s.typeAt(close) !== T.TemplateSeqEnd) {
    if (!p.recovery) {
      const subject = p.range(close);
      p.error(
        `Extra characters in ${word} marker`,
        "Expected a closing brace to end the sequence, but found extra characters.",
        subject,
        rangeBetween(startRange, subject),
      );
    }
    p.recover(T.TemplateSeqEnd);
  } else {
    closeSequence(p, close, trim);
  }
  s.popIncludeNewlines();
}

/** Skips to the end of a broken directive. */
function abandon(p: ParserState): void {
  p.recover(T.TemplateSeqEnd);
  p.stream.popIncludeNewlines();
}

/** Reads what follows the keyword; false when the directive is broken (after reporting it). */
function readDirectiveBody(p: ParserState, open: number, kw: number, word: string, parts: TemplatePart[]): boolean {
  switch (word) {
    case "if": {
      const condition = parseExpression(p);
      parts.push({ kind: "if", condition, range: rangeBetween(p.range(open), p.nextRange()) });
      return true;
    }
    case "else":
    case "endif":
    case "endfor":
      parts.push({ kind: word, range: rangeBetween(p.range(open), p.nextRange()) });
      return true;
    case "for":
      return readForDirective(p, open, parts);
    default:
      if (!p.recovery) {
        const suggestion = nameSuggestion(word, KEYWORDS);
        const hint = suggestion === "" ? "" : ` Did you mean ${goQuote(suggestion)}?`;
        p.error(
          "Invalid template control keyword",
          `${goQuote(word)} is not a valid template control keyword.${hint}`,
          p.range(kw),
          p.rangeFromTo(open, kw),
        );
      }
      return false;
  }
}

function readForDirective(p: ParserState, open: number, parts: TemplatePart[]): boolean {
  const s = p.stream;
  if (s.peekType() !== T.Ident) return forDirectiveError(p, "For directive requires variable name after 'for'.");
  let keyVar: string | null = null;
  let valueVar = s.text(s.read());
  if (s.peekType() === T.Comma) {
    keyVar = valueVar;
    s.read();
    if (s.peekType() !== T.Ident) return forDirectiveError(p, "For directive requires value variable name after comma.");
    valueVar = s.text(s.read());
  }
  if (!s.isKeyword(s.peek(), "in")) return forDirectiveError(p, "For directive requires 'in' keyword after names.");
  s.read();
  const collection = parseExpression(p);
  parts.push({ kind: "for", keyVar, valueVar, collection, range: rangeBetween(p.range(open), p.nextRange()) });
  return true;
}

function forDirectiveError(p: ParserState, detail: string): boolean {
  if (!p.recovery) p.error("Invalid 'for' directive", detail, p.nextRange());
  return false;
}
