import type { EvalResult } from "../hcl/expression.js";
import { hasErrors, type Diagnostic } from "../source/diagnostics.js";
import { formatRange } from "../source/range.js";
import type * as ast from "../syntax/ast.js";
import { BoolType } from "../types/type.js";
import { DynamicVal, Value } from "../values/value.js";
import { evalArg, type CallArg } from "./call-args.js";
import { callError, checkArity, type Arity } from "./call-diagnostics.js";
import { about } from "./diag-expression.js";
import { ok, withDiags } from "./result.js";
import type { Scope } from "./scope.js";

// try() and can() (hcl's ext/tryfunc as Terraform 1.11 has it): their arguments are evaluated here, lazily,
// so that errors can be caught instead of failing the whole expression.

const CAN_ARITY: Arity = { params: [{ name: "expression" }], variadic: false };

/** Which of the two, if the called name is `try`/`can` (also under their `core::` names). */
export function tryOrCan(name: string): "try" | "can" | undefined {
  const bare = name.startsWith("core::") ? name.slice("core::".length) : name;
  return bare === "try" || bare === "can" ? bare : undefined;
}

/**
 * `try(a, b, ...)`: the first argument that evaluates without errors. A result that is not wholly known
 * makes the whole call unknown (it might still fail later); when every argument fails, one error lists
 * every argument's diagnostics.
 */
export function evalTry(expr: ast.FunctionCallExpr, args: readonly CallArg[], scope: Scope): EvalResult {
  if (args.length === 0) return withDiags(DynamicVal, [about(callError(expr, "at least one argument is required"), expr, scope, expr.name)]);
  const seen: Diagnostic[] = [];
  for (const arg of args) {
    const r = evalArg(arg, scope);
    if (hasErrors(r.diagnostics)) {
      seen.push(...r.diagnostics);
      continue;
    }
    return ok(r.value.isWhollyKnown ? r.value : DynamicVal);
  }
  return withDiags(DynamicVal, [about(callError(expr, noSuccessMessage(seen)), expr, scope, expr.name)]);
}

/** `can(expr)`: true when the argument evaluates without errors, unknown while its value is not wholly known. */
export function evalCan(expr: ast.FunctionCallExpr, args: readonly CallArg[], scope: Scope): EvalResult {
  const arityError = checkArity(expr, CAN_ARITY, args);
  if (arityError) return withDiags(DynamicVal, [about(arityError, expr, scope, expr.name)]);
  const r = evalArg(args[0]!, scope);
  if (hasErrors(r.diagnostics)) return ok(Value.bool(false));
  return ok(r.value.isWhollyKnown ? Value.bool(true) : Value.unknown(BoolType));
}

function noSuccessMessage(diags: readonly Diagnostic[]): string {
  let buf = "no expression succeeded:\n";
  for (const d of diags) {
    buf += d.subject ? `- ${d.summary} (at ${formatRange(d.subject)})\n  ${d.detail ?? ""}\n` : `- ${d.summary}\n  ${d.detail ?? ""}\n`;
  }
  return buf + "\nAt least one expression must produce a successful result";
}
