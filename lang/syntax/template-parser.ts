import type { Range } from "../source/range.js";
import { rangeBetween } from "../source/range.js";
import type { Expression } from "./ast.js";
import { stringLiteral, template } from "./ast-nodes.js";
import { trimLeftSpace, trimRightSpace } from "./char-classes.js";
import { parseExpression } from "./expression-parser.js";
import type { ParserState } from "./parser-state.js";
import { decodeStringLiteral } from "./string-literal.js";
import { parseDirective } from "./template-directive.js";
import type { TemplatePart, TemplateParts } from "./template-parts.js";
import { buildTemplate, flushHeredoc, meldLiterals, normalizeLiteral } from "./template-tree.js";
import { T, oppositeBracket } from "./token-type.js";

// Quoted strings, heredocs and bare templates (hclsyntax's parser_template.go): tokens are read
// into a flat part list (applying `~` strip markers), heredoc indentation is stripped for `<<-`,
// adjacent literals are joined, then directives are nested.

/** Parses `"..."` or a heredoc; the next token is OQuote or OHeredoc. */
export function parseTemplateExpr(p: ParserState): Expression {
  const s = p.stream;
  const open = s.read();
  const simple = simpleQuotedString(p, open);
  if (simple !== undefined) return simple;
  const heredoc = s.typeAt(open) === T.OHeredoc;
  const flush = heredoc && p.src.startsWith("<<-", s.start(open));
  const { exprs, passthru } = parseTemplateInner(p, oppositeBracket(s.typeAt(open)), flush);
  const range = rangeBetween(p.range(open), p.prevRange());
  if (passthru) return { type: "TemplateWrap", wrapped: exprs[0], range };
  return template(exprs, heredoc, range);
}

/** The common case `"text"` (one literal, no sequences), built directly; same result as the general path. */
function simpleQuotedString(p: ParserState, open: number): Expression | undefined {
  const s = p.stream;
  const lit = open + 1;
  if (s.typeAt(open) !== T.OQuote || s.typeAt(lit) !== T.QuotedLit || s.typeAt(lit + 1) !== T.CQuote) return undefined;
  s.read();
  const close = s.read();
  const value = normalizeLiteral(decodeStringLiteral(p, lit, true));
  return template([stringLiteral(value, p.range(lit))], false, p.rangeFromTo(open, close));
}

/** Parses a whole bare template (the input to `parseTemplate`) up to EOF. */
export function parseBareTemplate(p: ParserState): Expression {
  const { exprs, passthru, range } = parseTemplateInner(p, T.EOF, false);
  if (passthru) return { type: "TemplateWrap", wrapped: exprs[0], range };
  return template(exprs, false, range);
}

interface Inner {
  exprs: Expression[];
  passthru: boolean;
  range: Range;
}

function parseTemplateInner(p: ParserState, end: number, flush: boolean): Inner {
  const parts = parseTemplateParts(p, end);
  if (flush) flushHeredoc(parts.parts);
  meldLiterals(parts.parts);
  const exprs = buildTemplate(p, parts.parts);
  const passthru = parts.parts.length === 2 && parts.parts[0].kind === "interp";
  return { exprs, passthru, range: parts.range };
}

/** Strip-marker state carried from one token to the next. */
export interface TrimState {
  ltrimNext: boolean;
  nextCanTrimPrev: boolean;
}

function parseTemplateParts(p: ParserState, end: number): TemplateParts {
  const s = p.stream;
  const startTok = s.peek();
  const startRange = p.range(startTok);
  const parts: TemplatePart[] = [];
  const trim: TrimState = { ltrimNext: false, nextCanTrimPrev: false };
  let endTok: number;
  for (;;) {
    const next = s.read();
    const type = s.typeAt(next);
    if (type === end) {
      endTok = next;
      break;
    }
    const ltrim = trim.ltrimNext;
    const canTrimPrev = trim.nextCanTrimPrev;
    trim.ltrimNext = false;
    trim.nextCanTrimPrev = false;
    if (type === T.StringLit || type === T.QuotedLit) {
      let value = decodeStringLiteral(p, next, type === T.QuotedLit);
      if (ltrim) value = trimLeftSpace(value);
      parts.push({ kind: "literal", value, start: s.start(next), end: s.end(next) });
      trim.nextCanTrimPrev = true;
    } else if (type === T.TemplateInterp || type === T.TemplateControl) {
      if (canTrimPrev && s.end(next) - s.start(next) === 3) trimPrevious(parts);
      if (type === T.TemplateInterp) parseInterp(p, next, startRange, end, parts, trim);
      else parseDirective(p, next, startRange, parts, trim);
    } else {
      if (!p.recovery) {
        const subject = p.range(next);
        p.error("Unterminated template string", "No closing marker was found for the string.", subject, rangeBetween(startRange, subject));
      }
      endTok = p.recover(end);
      break;
    }
  }
  const endRange = p.range(endTok);
  if (parts.length === 0) {
    const at = s.end(startTok);
    parts.push({ kind: "literal", value: "", start: at, end: at });
  }
  parts.push({ kind: "end", range: endRange });
  return { parts, range: rangeBetween(startRange, endRange) };
}

/** `${~` / `%{~` removes trailing whitespace from the literal just before it. */
function trimPrevious(parts: TemplatePart[]): void {
  const prev = parts[parts.length - 1];
  if (prev !== undefined && prev.kind === "literal") prev.value = trimRightSpace(prev.value);
}

/** After a sequence's closing brace: `~}` strips leading whitespace from the next literal. */
export function closeSequence(p: ParserState, close: number, trim: TrimState): void {
  p.stream.read();
  if (p.stream.end(close) - p.stream.start(close) === 2) trim.ltrimNext = true;
}

function parseInterp(p: ParserState, open: number, startRange: Range, end: number, parts: TemplatePart[], trim: TrimState): void {
  const s = p.stream;
  s.pushIncludeNewlines(false);
  const expr = parseExpression(p);
  const close = s.peek();
  const closeType = s.typeAt(close);
  if (closeType !== T.TemplateSeqEnd) {
    if (!p.recovery) reportUnclosedInterp(p, close, closeType, startRange, end);
    p.recover(T.TemplateSeqEnd);
  } else {
    closeSequence(p, close, trim);
  }
  s.popIncludeNewlines();
  parts.push({ kind: "interp", expr, range: p.rangeFromTo(open, close) });
}

function reportUnclosedInterp(p: ParserState, close: number, closeType: number, startRange: Range, end: number): void {
  const subject = p.range(close);
  if (closeType === T.EOF) {
    p.error(
      "Unclosed template interpolation sequence",
      "There is no closing brace for this interpolation sequence before the end of the file. This might be caused by incorrect nesting inside the given expression.",
      startRange,
    );
  } else if (closeType === T.Colon) {
    p.error(
      "Extra characters after interpolation expression",
      'Template interpolation doesn\'t expect a colon at this location. Did you intend this to be a literal sequence to be processed as part of another language? If so, you can escape it by starting with "$${" instead of just "${".',
      subject,
      rangeBetween(startRange, subject),
    );
  } else if ((closeType === T.CQuote || closeType === T.OQuote) && end === T.CQuote) {
    p.error(
      "Unclosed template interpolation sequence",
      "There is no closing brace for this interpolation sequence before the end of the quoted template. This might be caused by incorrect nesting inside the given expression.",
      startRange,
    );
  } else {
    p.error(
      "Extra characters after interpolation expression",
      'Expected a closing brace to end the interpolation expression, but found extra characters.\n\nThis can happen when you include interpolation syntax for another language, such as shell scripting, but forget to escape the interpolation start token. If this is an embedded sequence for another language, escape it by starting with "$${" instead of just "${".',
      subject,
      rangeBetween(startRange, subject),
    );
  }
}
