import { rangeBetween, type Range } from "../source/range.js";
import type * as ast from "../syntax/ast.js";

/**
 * Where an expression "starts", as hclsyntax's StartRange() defines it: the part a diagnostic about the
 * expression as a whole points at (a function call's name and parenthesis, a collection's opening bracket).
 */
export function startRange(expr: ast.Expression): Range {
  switch (expr.type) {
    case "Template":
      return expr.parts.length > 0 ? startRange(expr.parts[0]!) : expr.range;
    case "TemplateIf":
      return startRange(expr.condition);
    case "FunctionCall":
      return rangeBetween(expr.nameRange, expr.openParenRange);
    case "Conditional":
      return startRange(expr.condition);
    case "Index":
      return firstCharacter(expr.bracketRange);
    case "Splat":
      return expr.markerRange;
    case "BinaryOp":
      return startRange(expr.lhs);
    case "UnaryOp":
      return expr.opRange;
    case "TupleCons":
    case "ObjectCons":
    case "For":
      return expr.openRange;
    case "ObjectConsKey":
      return startRange(expr.wrapped);
    case "Parentheses":
      return startRange(expr.expr);
    default:
      return expr.range;
  }
}

/** The one-character range at the start of a range (an opening bracket). */
function firstCharacter(r: Range): Range {
  const end = { line: r.start.line, column: r.start.column + 1, byte: r.start.byte + 1 };
  return { filename: r.filename, start: r.start, end };
}
