import type { Expression, ObjectConsItem, ObjectConsKeyExpr } from "./ast.js";
import { compact } from "./ast-nodes.js";
import { parseExpression } from "./expression-parser.js";
import { parseForExpr } from "./for-parser.js";
import type { ParserState } from "./parser-state.js";
import { T } from "./token-type.js";

// Tuple `[a, b]` and object `{ k = v }` constructors. Newlines are ignored inside brackets but
// separate items inside braces, so `{` switches them back on (hclsyntax's parseTupleCons and
// parseObjectCons).

/** Parses `[ ... ]` or a `[for ...]` expression; the next token is `[`. */
export function parseTupleCons(p: ParserState): Expression {
  const s = p.stream;
  const open = s.read();
  s.pushIncludeNewlines(false);
  try {
    if (s.isKeyword(s.peek(), "for")) return parseForExpr(p, open);
    const exprs: Expression[] = [];
    const close = parseTupleItems(p, open, exprs);
    return { type: "TupleCons", exprs: compact(exprs), openRange: p.range(open), range: p.rangeFromTo(open, close) };
  } finally {
    s.popIncludeNewlines();
  }
}

function parseTupleItems(p: ParserState, open: number, exprs: Expression[]): number {
  const s = p.stream;
  for (;;) {
    if (s.peekType() === T.CBrack) return s.read();
    const mark = p.mark();
    exprs.push(parseExpression(p));
    if (p.recovery && p.erroredSince(mark)) return p.recover(T.CBrack);
    const next = s.peek();
    const nextType = s.typeAt(next);
    if (nextType === T.CBrack) return s.read();
    if (nextType !== T.Comma) {
      if (!p.recovery) {
        if (nextType === T.EOF) {
          p.error(
            "Unterminated tuple constructor expression",
            "There is no corresponding closing bracket before the end of the file. This may be caused by incorrect bracket nesting elsewhere in this file.",
            p.range(open),
          );
        } else {
          p.error(
            "Missing item separator",
            "Expected a comma to mark the beginning of the next item.",
            p.range(next),
            p.rangeFromTo(open, next),
          );
        }
      }
      return p.recover(T.CBrack);
    }
    s.read();
  }
}

/** Parses `{ ... }` or a `{for ...}` expression; the next token is `{`. */
export function parseObjectCons(p: ParserState): Expression {
  const s = p.stream;
  const open = s.read();
  s.pushIncludeNewlines(false);
  const isFor = s.isKeyword(s.peek(), "for");
  s.popIncludeNewlines();
  if (isFor) return parseForExpr(p, open);
  s.pushIncludeNewlines(true);
  const items: ObjectConsItem[] = [];
  const close = parseObjectItems(p, open, items);
  s.popIncludeNewlines();
  return { type: "ObjectCons", items: compact(items), openRange: p.range(open), range: p.rangeFromTo(open, close) };
}

function parseObjectItems(p: ParserState, open: number, items: ObjectConsItem[]): number {
  const s = p.stream;
  for (;;) {
    const first = s.peekType();
    if (first === T.Newline) {
      s.read();
      continue;
    }
    if (first === T.CBrace) return s.read();
    const forceNonLiteral = first === T.OParen;
    const keyMark = p.mark();
    const wrapped = parseExpression(p);
    if (p.recovery && p.erroredSince(keyMark)) return p.recover(T.CBrace);
    const key: ObjectConsKeyExpr = { type: "ObjectConsKey", wrapped, forceNonLiteral, range: wrapped.range };
    const sep = s.peek();
    const sepType = s.typeAt(sep);
    if (sepType !== T.Equal && sepType !== T.Colon) {
      if (!p.recovery) reportMissingSeparator(p, open, sep, sepType);
      return p.recover(T.CBrace);
    }
    s.read();
    const valueMark = p.mark();
    const value = parseExpression(p);
    items.push({ key, value });
    if (p.recovery && p.erroredSince(valueMark)) return p.recover(T.CBrace);
    const next = s.peek();
    const nextType = s.typeAt(next);
    if (nextType === T.CBrace) return s.read();
    if (nextType !== T.Comma && nextType !== T.Newline) {
      if (!p.recovery) {
        if (nextType === T.EOF) reportUnterminatedObject(p, open);
        else {
          p.error(
            "Missing attribute separator",
            "Expected a newline or comma to mark the beginning of the next attribute.",
            p.range(next),
            p.rangeFromTo(open, next),
          );
        }
      }
      return p.recover(T.CBrace);
    }
    s.read();
  }
}

function reportMissingSeparator(p: ParserState, open: number, sep: number, sepType: number): void {
  const subject = p.range(sep);
  const context = p.rangeFromTo(open, sep);
  switch (sepType) {
    case T.Newline:
    case T.Comma:
      p.error("Missing attribute value", 'Expected an attribute value, introduced by an equals sign ("=").', subject, context);
      return;
    case T.Ident:
      p.error(
        "Missing key/value separator",
        'Expected an equals sign ("=") to mark the beginning of the attribute value. If you intended to given an attribute name containing periods or spaces, write the name in quotes to create a string literal.',
        subject,
        context,
      );
      return;
    case T.EOF:
      reportUnterminatedObject(p, open);
      return;
    default:
      p.error(
        "Missing key/value separator",
        'Expected an equals sign ("=") to mark the beginning of the attribute value.',
        subject,
        context,
      );
  }
}

function reportUnterminatedObject(p: ParserState, open: number): void {
  p.error(
    "Unterminated object constructor expression",
    "There is no corresponding closing brace before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.",
    p.range(open),
  );
}
