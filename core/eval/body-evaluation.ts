import type { Body } from "../../lang/hcl/body.js";
import { bodyExpressions, unbound } from "../../lang/hcl/body-references.js";
import { hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import { DynamicVal, Value } from "../../lang/values/value.js";
import type { EvalScope } from "./eval-scope.js";

// A body evaluated without its schema, as the validate walk must until provider schemas exist: one
// context for every reference the body makes (stopping there if any is wrong, as EvalBlock does), then
// every expression evaluated in it, with `dynamic` iterators bound to unknown keys and values. This
// finds undeclared references, unknown functions and type errors inside expressions; which arguments
// and blocks the body may contain is for the provider schema to say later.

const ITERATOR = Value.object({ key: DynamicVal, value: DynamicVal });

/** The problems found evaluating every expression of a body in a scope. */
export function evaluateBody(scope: EvalScope, body: Body): Diagnostic[] {
  const expressions = bodyExpressions(body);
  const { ctx, diagnostics } = scope.contextFor(expressions.flatMap((e) => unbound(e.expr, e.iterators)));
  if (hasErrors(diagnostics)) return diagnostics;
  for (const { expr, iterators } of expressions) {
    const inner = iterators.length === 0 ? ctx : ctx.child(new Map(iterators.map((name) => [name, ITERATOR])));
    diagnostics.push(...expr.value(inner).diagnostics);
  }
  return diagnostics;
}
