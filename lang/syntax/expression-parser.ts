import { rangeBetween } from "../source/range.js";
import type { BinaryOperator, Expression, LiteralValue } from "./ast.js";
import { literal, placeholder } from "./ast-nodes.js";
import { parseFunctionCall } from "./call-parser.js";
import { parseObjectCons, parseTupleCons } from "./collection-parser.js";
import { isValidNumberLiteral } from "./number-literal.js";
import type { ParserState } from "./parser-state.js";
import { parseTemplateExpr } from "./template-parser.js";
import { parseExpressionTraversals } from "./traversal-parser.js";
import { T } from "./token-type.js";

// Expressions, as hclsyntax's parser.go: the conditional operator, binary operators by
// precedence (all left-associative), then terms with their traversal suffixes.

const TRUE_VALUE: LiteralValue = { kind: "bool", value: true };
const FALSE_VALUE: LiteralValue = { kind: "bool", value: false };
const NULL_VALUE: LiteralValue = { kind: "null" };

/** Each binary operator token's precedence level (0 = `||`, lowest; 5 = `*`, highest) and operator. */
const OPERATORS: readonly (readonly [number, BinaryOperator] | undefined)[] = operatorTable([
  [T.Or, 0, "||"],
  [T.And, 1, "&&"],
  [T.EqualOp, 2, "=="],
  [T.NotEqual, 2, "!="],
  [T.GreaterThan, 3, ">"],
  [T.GreaterThanEq, 3, ">="],
  [T.LessThan, 3, "<"],
  [T.LessThanEq, 3, "<="],
  [T.Plus, 4, "+"],
  [T.Minus, 4, "-"],
  [T.Star, 5, "*"],
  [T.Slash, 5, "/"],
  [T.Percent, 5, "%"],
]);

/** Parses one expression (hclsyntax's ParseExpression). */
export function parseExpression(p: ParserState): Expression {
  if (!p.enter()) return tooDeep(p, p.stream.peek());
  const expr = parseConditional(p);
  p.leave();
  return expr;
}

/** A placeholder where nesting got too deep; nothing is consumed. */
export function tooDeep(p: ParserState, tok: number): Expression {
  const range = p.range(tok);
  p.tooDeep(range);
  return placeholder(range);
}

function parseConditional(p: ParserState): Expression {
  const startTok = p.stream.peek();
  const mark = p.mark();
  const cond = parseBinaryOps(p, 0);
  if (p.recovery && p.erroredSince(mark)) return cond;
  const s = p.stream;
  if (s.peekType() !== T.Question) return cond;
  s.read();
  const trueMark = p.mark();
  const trueResult = parseExpression(p);
  if (p.recovery && p.erroredSince(trueMark)) return cond;
  const colon = s.peek();
  if (s.typeAt(colon) !== T.Colon) {
    const colonRange = p.range(colon);
    p.error(
      "Missing false expression in conditional",
      "The conditional operator (...?...:...) requires a false expression, delimited by a colon.",
      colonRange,
      rangeBetween(p.range(startTok), colonRange),
    );
    return cond;
  }
  s.read();
  const falseMark = p.mark();
  const falseResult = parseExpression(p);
  if (p.recovery && p.erroredSince(falseMark)) return cond;
  return {
    type: "Conditional",
    condition: cond,
    trueResult,
    falseResult,
    range: rangeBetween(p.range(startTok), falseResult.range),
  };
}

/**
 * Binary operators at `minLevel` or above, by precedence climbing: same-level operators combine
 * left-associatively. After an error under recovery it stops without consuming more (as hcl does).
 */
function parseBinaryOps(p: ParserState, minLevel: number): Expression {
  const mark = p.mark();
  let lhs = parseExpressionWithTraversals(p);
  if (p.recovery && p.erroredSince(mark)) return lhs;
  const s = p.stream;
  for (;;) {
    const opTok = s.peek();
    const entry = OPERATORS[s.typeAt(opTok)];
    if (entry === undefined || entry[0] < minLevel) return lhs;
    s.read();
    const rhsMark = p.mark();
    const rhs = parseBinaryOps(p, entry[0] + 1);
    if (p.recovery && p.erroredSince(rhsMark)) return lhs;
    lhs = binaryOp(p, lhs, entry[1], opTok, rhs);
  }
}

function binaryOp(p: ParserState, lhs: Expression, op: BinaryOperator, opTok: number, rhs: Expression): Expression {
  return { type: "BinaryOp", op, lhs, rhs, opRange: p.range(opTok), range: rangeBetween(lhs.range, rhs.range) };
}

/** A term followed by any attribute, index and splat suffixes. */
export function parseExpressionWithTraversals(p: ParserState): Expression {
  const term = parseExpressionTerm(p);
  return parseExpressionTraversals(p, term);
}

function parseExpressionTerm(p: ParserState): Expression {
  const s = p.stream;
  const start = s.peek();
  switch (s.typeAt(start)) {
    case T.OParen:
      return parseParentheses(p);
    case T.NumberLit:
      s.read();
      return literal(numberLiteralValue(p, start), p.range(start));
    case T.Ident:
      return parseIdentTerm(p);
    case T.OQuote:
    case T.OHeredoc:
      return parseTemplateExpr(p);
    case T.Minus:
    case T.Bang:
      return parseUnary(p);
    case T.OBrack:
      return parseTupleCons(p);
    case T.OBrace:
      return parseObjectCons(p);
    default:
      return invalidTerm(p, start);
  }
}

function parseParentheses(p: ParserState): Expression {
  const s = p.stream;
  const open = s.read();
  s.pushIncludeNewlines(false);
  const mark = p.mark();
  const expr = parseExpression(p);
  if (p.erroredSince(mark)) {
    p.recover(T.CParen);
    s.popIncludeNewlines();
    return expr;
  }
  const close = s.peek();
  if (s.typeAt(close) !== T.CParen) {
    p.error(
      "Unbalanced parentheses",
      "Expected a closing parenthesis to terminate the expression.",
      p.range(close),
      p.rangeFromTo(open, close),
    );
    p.setRecovery();
  }
  const cParen = s.read();
  s.popIncludeNewlines();
  return { type: "Parentheses", expr, range: p.rangeFromTo(open, cParen) };
}

function parseIdentTerm(p: ParserState): Expression {
  const s = p.stream;
  const tok = s.read();
  const next = s.peekType();
  if (next === T.OParen || next === T.DoubleColon) return parseFunctionCall(p, tok);
  const name = s.text(tok);
  const range = p.range(tok);
  switch (name) {
    case "true":
      return literal(TRUE_VALUE, range);
    case "false":
      return literal(FALSE_VALUE, range);
    case "null":
      return literal(NULL_VALUE, range);
    default:
      return { type: "ScopeTraversal", traversal: [{ type: "TraverseRoot", name, range }], range };
  }
}

function parseUnary(p: ParserState): Expression {
  const s = p.stream;
  if (!p.enter()) return tooDeep(p, s.peek());
  const tok = s.read();
  const op = s.typeAt(tok) === T.Minus ? "-" : "!";
  const operand = parseExpressionWithTraversals(p);
  p.leave();
  const opRange = p.range(tok);
  return { type: "UnaryOp", op, operand, opRange, range: rangeBetween(opRange, operand.range) };
}

function invalidTerm(p: ParserState, start: number): Expression {
  const range = p.range(start);
  if (!p.recovery) {
    if (p.stream.typeAt(start) === T.EOF) {
      p.error("Missing expression", "Expected the start of an expression, but found the end of the file.", range);
    } else {
      p.error(
        "Invalid expression",
        "Expected the start of an expression, but found an invalid expression token.",
        range,
      );
    }
  }
  p.setRecovery();
  return placeholder(range);
}

/** The value of a NumberLit token, reporting text that is not a valid number (such as `1.2.3`). */
export function numberLiteralValue(p: ParserState, tok: number): LiteralValue {
  const text = p.stream.text(tok);
  if (!isValidNumberLiteral(text)) {
    p.error("Invalid number literal", "Failed to recognize the value of this number literal.", p.range(tok));
  }
  return { kind: "number", text };
}

function operatorTable(entries: [number, number, BinaryOperator][]): (readonly [number, BinaryOperator] | undefined)[] {
  const table: (readonly [number, BinaryOperator] | undefined)[] = [];
  for (const [type, level, op] of entries) table[type] = [level, op];
  return table;
}
