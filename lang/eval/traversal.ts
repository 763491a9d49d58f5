import type { EvalContext } from "../hcl/eval-context.js";
import type { EvalResult } from "../hcl/expression.js";
import type * as ast from "../syntax/ast.js";
import { DynamicVal, type Value } from "../values/value.js";
import { getAttr } from "./get-attr.js";
import { goQuote } from "../text/go-quote.js";
import { indexValue } from "./index-value.js";
import { literalValue } from "./literal.js";
import { nameSuggestion } from "../text/name-suggestion.js";
import { aboutNode } from "./diag-expression.js";
import { fail, failed, ok, withDiags } from "./result.js";
import type { Scope } from "./scope.js";

/** `var.a.b[0]`: the root looked up in the context chain, then each step applied (hcl's TraverseAbs). */
export function evalScopeTraversal(expr: ast.ScopeTraversalExpr, scope: Scope): EvalResult {
  const r = traverseAbs(expr.traversal, scope.ctx);
  return r.diagnostics.length === 0 ? r : withDiags(r.value, aboutNode(r.diagnostics, expr, scope));
}

/** `f(x).a[0]`: the source evaluated, then each step applied to its value (hcl's TraverseRel). */
export function evalRelativeTraversal(expr: ast.RelativeTraversalExpr, scope: Scope): EvalResult {
  const src = scope.eval(expr.source);
  const r = traverseRel(src.value, expr.steps);
  return withDiags(r.value, [...src.diagnostics, ...aboutNode(r.diagnostics, expr, scope)]);
}

/** Looks an absolute traversal up in a context: "Variables not allowed" / "Unknown variable" when it cannot. */
export function traverseAbs(traversal: ast.Traversal, ctx: EvalContext | null): EvalResult {
  const [root, ...steps] = traversal;
  const v = ctx?.lookupVariable(root.name);
  if (v !== undefined) return traverseRel(v, steps);
  if (!ctx || !ctx.hasVariables) return fail("Variables not allowed", "Variables may not be used here.", root.range);
  const suggestion = nameSuggestion(root.name, variableNames(ctx));
  const hint = suggestion ? ` Did you mean ${goQuote(suggestion)}?` : "";
  return fail("Unknown variable", `There is no variable named ${goQuote(root.name)}.${hint}`, root.range);
}

/** Applies attribute and index steps to a value, stopping at the first error (the result is then DynamicVal). */
export function traverseRel(value: Value, steps: readonly (ast.TraverseAttr | ast.TraverseIndex)[]): EvalResult {
  let current = value;
  for (const step of steps) {
    const r = applyStep(current, step);
    if (failed(r)) return withDiags(DynamicVal, r.diagnostics);
    current = r.value;
  }
  return ok(current);
}

function applyStep(value: Value, step: ast.TraverseAttr | ast.TraverseIndex): EvalResult {
  if (step.type === "TraverseAttr") return getAttr(value, step.name, step.range);
  return indexValue(value, literalValue(step.key), step.range);
}

/** Every variable name visible from a context, innermost first, each context's names sorted. */
function variableNames(ctx: EvalContext): string[] {
  const names: string[] = [];
  for (let c: EvalContext | undefined = ctx; c; c = c.parent) names.push(...[...c.variables.keys()].sort());
  return names;
}
