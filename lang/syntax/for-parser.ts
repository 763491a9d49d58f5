import type { Range } from "../source/range.js";
import type { Expression } from "./ast.js";
import { placeholder } from "./ast-nodes.js";
import { parseExpression } from "./expression-parser.js";
import type { ParserState } from "./parser-state.js";
import { T } from "./token-type.js";

// `[for k, v in coll : expr if cond]` and `{for k, v in coll : key => value... if cond}`
// (hclsyntax's finishParsingForExpr). Newlines are insignificant throughout.

/** Parses a for expression; `open` (`[` or `{`) was consumed and the next token is `for`. */
export function parseForExpr(p: ParserState, open: number): Expression {
  const s = p.stream;
  s.pushIncludeNewlines(false);
  try {
    return parseForBody(p, open);
  } finally {
    s.popIncludeNewlines();
  }
}

function parseForBody(p: ParserState, open: number): Expression {
  const s = p.stream;
  s.read();
  const makeObj = s.typeAt(open) === T.OBrace;
  const closeType = makeObj ? T.CBrace : T.CBrack;
  if (s.peekType() !== T.Ident) return forError(p, open, closeType, "For expression requires variable name after 'for'.");
  let keyVar: string | null = null;
  let valueVar = s.text(s.read());
  if (s.peekType() === T.Comma) {
    keyVar = valueVar;
    s.read();
    if (s.peekType() !== T.Ident) {
      return forError(p, open, closeType, "For expression requires value variable name after comma.");
    }
    valueVar = s.text(s.read());
  }
  if (!s.isKeyword(s.peek(), "in")) {
    return forError(p, open, closeType, "For expression requires the 'in' keyword after its name declarations.");
  }
  s.read();
  const collMark = p.mark();
  const collection = parseExpression(p);
  if (p.recovery && p.erroredSince(collMark)) return recoveredPlaceholder(p, open, closeType);
  if (s.peekType() !== T.Colon) {
    return forError(p, open, closeType, "For expression requires a colon after the collection expression.");
  }
  s.read();
  const valueMark = p.mark();
  let keyExpr: Expression | null = null;
  let valueExpr = parseExpression(p);
  if (s.peekType() === T.FatArrow) {
    s.read();
    keyExpr = valueExpr;
    valueExpr = parseExpression(p);
  }
  if (p.recovery && p.erroredSince(valueMark)) return recoveredPlaceholder(p, open, closeType);
  let ellipsis = -1;
  if (s.peekType() === T.Ellipsis) ellipsis = s.read();
  let condition: Expression | null = null;
  if (s.isKeyword(s.peek(), "if")) {
    s.read();
    const condMark = p.mark();
    condition = parseExpression(p);
    if (p.recovery && p.erroredSince(condMark)) return recoveredPlaceholder(p, open, closeType);
  }
  const close = readClose(p, open, closeType);
  const whole = p.rangeFromTo(open, close);
  checkForm(p, makeObj, keyExpr, valueExpr, ellipsis, whole);
  return {
    type: "For",
    keyVar,
    valueVar,
    collection,
    keyExpr,
    valueExpr,
    condition,
    group: ellipsis >= 0,
    openRange: p.range(open),
    closeRange: p.range(close),
    range: whole,
  };
}

function readClose(p: ParserState, open: number, closeType: number): number {
  const s = p.stream;
  const next = s.peek();
  if (s.typeAt(next) === closeType) return s.read();
  if (!p.recovery) {
    p.error(
      "Invalid 'for' expression",
      "Extra characters after the end of the 'for' expression.",
      p.range(next),
      p.rangeFromTo(open, next),
    );
  }
  return p.recover(closeType);
}

/** Tuple-building fors take no key and no grouping; object-building ones need a key. */
function checkForm(
  p: ParserState,
  makeObj: boolean,
  keyExpr: Expression | null,
  valueExpr: Expression,
  ellipsis: number,
  whole: Range,
): void {
  if (makeObj) {
    if (keyExpr === null) {
      p.error("Invalid 'for' expression", "Key expression is required when building an object.", valueExpr.range, whole);
    }
    return;
  }
  if (keyExpr !== null) {
    p.error("Invalid 'for' expression", "Key expression is not valid when building a tuple.", keyExpr.range, whole);
  }
  if (ellipsis >= 0) {
    p.error("Invalid 'for' expression", "Grouping ellipsis (...) cannot be used when building a tuple.", p.range(ellipsis), whole);
  }
}

function forError(p: ParserState, open: number, closeType: number, detail: string): Expression {
  const next = p.stream.peek();
  if (!p.recovery) p.error("Invalid 'for' expression", detail, p.range(next), p.rangeFromTo(open, next));
  return recoveredPlaceholder(p, open, closeType);
}

function recoveredPlaceholder(p: ParserState, open: number, closeType: number): Expression {
  const close = p.recover(closeType);
  return placeholder(p.rangeFromTo(open, close));
}
