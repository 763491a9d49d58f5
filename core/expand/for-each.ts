import type { EvalContext } from "../../lang/hcl/eval-context.js";
import type { Expression } from "../../lang/hcl/expression.js";
import { hasErrors, type Diagnostic, type DiagnosticExpression } from "../../lang/source/diagnostics.js";
import { type Value } from "../../lang/values/value.js";
import { compareCodePoints } from "../../lang/text/code-point-order.js";
import { forEachValueDiagnostics, keysKnown, unknownKeyDiagnostics } from "./for-each-checks.js";

// The `for_each` meta-argument: its value as the map from instance key to `each.value`
// (terraform/eval_for_each.go).

/** The instance keys and `each.value`s `for_each` asks for ("unknown" only when unknowns were allowed), or the errors. */
export interface ForEachResult {
  readonly map?: ReadonlyMap<string, Value> | "unknown";
  readonly diagnostics: Diagnostic[];
}

/** Options for evaluating `for_each`. */
export interface ForEachOptions {
  /**
   * Accept keys that are not known yet, giving "unknown". The value's type and marks are still checked,
   * as in Terraform's validate walk (ValidateResourceValue).
   */
  readonly allowUnknown?: boolean;
}

/** Evaluates a `for_each` expression into instance keys (in code point order) and their `each.value`s. */
export function evaluateForEach(expr: Expression, ctx: EvalContext | null, options: ForEachOptions = {}): ForEachResult {
  const evaluated = expr.value(ctx);
  const diagnostics = [...evaluated.diagnostics];
  if (hasErrors(diagnostics)) return { diagnostics };
  const v = evaluated.value;
  if (!options.allowUnknown) {
    const unknown = unknownKeyDiagnostics(v, expr.range);
    if (unknown.length > 0) return { diagnostics: [...diagnostics, ...aboutForEach(unknown, expr, ctx, () => ({ causedByUnknown: true }))] };
  }
  const invalid = forEachValueDiagnostics(v, expr.range);
  if (invalid.length > 0) return { diagnostics: [...diagnostics, ...aboutForEach(invalid, expr, ctx, markCause)] };
  if (!keysKnown(v)) return { map: "unknown", diagnostics };
  return { map: instanceMap(v), diagnostics };
}

type Cause = Pick<DiagnosticExpression, "causedByUnknown" | "causedBySensitive" | "causedByEphemeral">;

/**
 * The for_each errors with the expression and its context (forEachEvaluator's hclCtx), saying whether
 * an unknown, sensitive or ephemeral value caused each, so the CLI describes those references.
 */
function aboutForEach(diags: readonly Diagnostic[], expr: Expression, ctx: EvalContext | null, cause: (d: Diagnostic) => Cause): Diagnostic[] {
  return diags.map((d) => ({ ...d, expression: { variables: () => expr.variables(), ctx, ...cause(d) } }));
}

/** Which mark an invalid-value error is about, by Terraform's text for it. */
function markCause(d: Diagnostic): Cause {
  if (d.detail?.startsWith("Sensitive values")) return { causedBySensitive: true };
  if (d.detail?.includes("derived from an ephemeral value")) return { causedByEphemeral: true };
  return {};
}

/** The map from instance key to `each.value` of a valid, known `for_each` value (cty's AsValueMap). */
export function instanceMap(v: Value): ReadonlyMap<string, Value> {
  if (v.type.kind !== "set") return new Map(v.entries());
  const strings = v.elements().map((e) => [e.asString(), e] as const);
  return new Map(strings.sort(([a], [b]) => compareCodePoints(a, b)));
}
