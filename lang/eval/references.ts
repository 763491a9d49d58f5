import type * as ast from "../syntax/ast.js";
import { keywordName } from "./constructors.js";

/**
 * Every reference an expression makes (hclsyntax's Variables()): each scope traversal in source order,
 * except those rooted at a name bound by an enclosing for expression. Bare object keys (`{ a = 1 }`) are
 * names, not references.
 */
export function references(expr: ast.Expression): ast.Traversal[] {
  const out: ast.Traversal[] = [];
  walk(expr, new Set(), out);
  return out;
}

function walk(expr: ast.Expression, bound: ReadonlySet<string>, out: ast.Traversal[]): void {
  if (expr.type === "ScopeTraversal") {
    if (!bound.has(expr.traversal[0].name)) out.push(expr.traversal);
    return;
  }
  if (expr.type === "For" || expr.type === "TemplateFor") {
    walkFor(expr, bound, out);
    return;
  }
  for (const child of children(expr)) walk(child, bound, out);
}

/** The collection is outside the loop; everything else sees the key and value variables as local names. */
function walkFor(expr: ast.ForExpr | ast.TemplateForExpr, bound: ReadonlySet<string>, out: ast.Traversal[]): void {
  walk(expr.collection, bound, out);
  const inner = new Set(bound);
  if (expr.keyVar !== null) inner.add(expr.keyVar);
  inner.add(expr.valueVar);
  if (expr.type === "TemplateFor") {
    walk(expr.body, inner, out);
    return;
  }
  if (expr.keyExpr) walk(expr.keyExpr, inner, out);
  walk(expr.valueExpr, inner, out);
  if (expr.condition) walk(expr.condition, inner, out);
}

/** A node's sub-expressions in source order (the walk order of hclsyntax's walkChildNodes). */
function children(expr: ast.Expression): readonly ast.Expression[] {
  switch (expr.type) {
    case "Template":
      return expr.parts;
    case "TemplateWrap":
      return [expr.wrapped];
    case "TemplateIf":
      return expr.falseResult ? [expr.condition, expr.trueResult, expr.falseResult] : [expr.condition, expr.trueResult];
    case "RelativeTraversal":
      return [expr.source];
    case "Index":
      return [expr.collection, expr.key];
    case "Splat":
      return [expr.source, expr.each];
    case "FunctionCall":
      return expr.args;
    case "Conditional":
      return [expr.condition, expr.trueResult, expr.falseResult];
    case "BinaryOp":
      return [expr.lhs, expr.rhs];
    case "UnaryOp":
      return [expr.operand];
    case "TupleCons":
      return expr.exprs;
    case "ObjectCons":
      return expr.items.flatMap((item) => [item.key, item.value]);
    case "ObjectConsKey":
      return !expr.forceNonLiteral && keywordName(expr.wrapped) !== undefined ? [] : [expr.wrapped];
    case "Parentheses":
      return [expr.expr];
    default:
      return [];
  }
}
