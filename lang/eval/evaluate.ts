import type { EvalContext } from "../hcl/eval-context.js";
import type { EvalResult } from "../hcl/expression.js";
import type * as ast from "../syntax/ast.js";
import { evalConditional } from "./conditional.js";
import { evalObjectCons, evalObjectConsKey, evalTupleCons } from "./constructors.js";
import { evalFor } from "./for-expr.js";
import { evalFunctionCall } from "./function-call.js";
import { indexValue } from "./index-value.js";
import { literalValue } from "./literal.js";
import { evalBinaryOp, evalUnaryOp } from "./operators.js";
import { aboutNode } from "./diag-expression.js";
import { ok, withDiags } from "./result.js";
import { Scope } from "./scope.js";
import { evalAnonSymbol, evalSplat } from "./splat.js";
import {
  evalTemplate,
  evalTemplateWrap,
  joinTemplateResults,
  templateForAsForExpr,
  templateIfAsConditional,
} from "./template.js";
import { evalRelativeTraversal, evalScopeTraversal } from "./traversal.js";

/**
 * Evaluates a native-syntax expression as hclsyntax, cty and Terraform do: always a value (DynamicVal
 * where evaluation failed) plus diagnostics; unknown values propagate instead of failing, and marks such as
 * sensitive carry over into results. `ctx` null means neither variables nor functions are available.
 */
export function evaluate(expr: ast.Expression, ctx: EvalContext | null): EvalResult {
  return new Scope(ctx, evalNode).eval(expr);
}

function evalNode(expr: ast.Expression, scope: Scope): EvalResult {
  switch (expr.type) {
    case "Literal":
      return ok(literalValue(expr.value));
    case "Template":
      return evalTemplate(expr, scope);
    case "TemplateWrap":
      return evalTemplateWrap(expr, scope);
    case "TemplateIf":
      return evalConditional(templateIfAsConditional(expr), scope);
    case "TemplateFor":
      return joinTemplateResults(evalFor(templateForAsForExpr(expr), scope), expr);
    case "ScopeTraversal":
      return evalScopeTraversal(expr, scope);
    case "RelativeTraversal":
      return evalRelativeTraversal(expr, scope);
    case "Index":
      return evalIndex(expr, scope);
    case "Splat":
      return evalSplat(expr, scope);
    case "AnonSymbol":
      return evalAnonSymbol(expr, scope);
    case "FunctionCall":
      return evalFunctionCall(expr, scope);
    case "Conditional":
      return evalConditional(expr, scope);
    case "BinaryOp":
      return evalBinaryOp(expr, scope);
    case "UnaryOp":
      return evalUnaryOp(expr, scope);
    case "TupleCons":
      return evalTupleCons(expr, scope);
    case "ObjectCons":
      return evalObjectCons(expr, scope);
    case "ObjectConsKey":
      return evalObjectConsKey(expr, scope);
    case "For":
      return evalFor(expr, scope);
    case "Parentheses":
      return scope.eval(expr.expr);
  }
}

/** `collection[key]` with a computed key: both evaluated, then indexed (diagnostics of all three kept). */
function evalIndex(expr: ast.IndexExpr, scope: Scope): EvalResult {
  const coll = scope.eval(expr.collection);
  const key = scope.eval(expr.key);
  const r = indexValue(coll.value, key.value, expr.bracketRange);
  return withDiags(r.value, [...coll.diagnostics, ...key.diagnostics, ...aboutNode(r.diagnostics, expr, scope)]);
}
