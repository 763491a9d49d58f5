import type { EvalResult } from "../hcl/expression.js";
import { errorDiag, type Diagnostic } from "../source/diagnostics.js";
import type { Range } from "../source/range.js";
import type * as ast from "../syntax/ast.js";
import { DynamicVal, type Value } from "../values/value.js";
import { about } from "./diag-expression.js";
import { failed, ok, withDiags } from "./result.js";
import type { Scope } from "./scope.js";
import { startRange } from "./start-range.js";

/** One argument of a call: an expression, or one element of an expanded final argument (`f(list...)`). */
export interface CallArg {
  readonly expr?: ast.Expression;
  readonly value?: Value;
  /** The argument as written (for an expanded element, the whole expanded expression). */
  readonly range: Range;
  /** Where diagnostics about the argument point (hclsyntax's StartRange). */
  readonly startRange: Range;
}

/** The call's arguments with `...` expanded, or the final result when expansion already decided it. */
export type ExpandedArgs = { readonly args: CallArg[]; readonly diags: Diagnostic[] } | { readonly done: EvalResult };

const INVALID_EXPANSION = "Invalid expanding argument value";

/** Evaluates one argument. */
export function evalArg(arg: CallArg, scope: Scope): EvalResult {
  return arg.expr ? scope.eval(arg.expr) : ok(arg.value!);
}

/**
 * The arguments of a call. With `...` the final argument must be a tuple, list or set, each element
 * becoming one argument (the collection's marks go on every element); an unknown one makes the call
 * unknown.
 */
export function expandArgs(expr: ast.FunctionCallExpr, scope: Scope): ExpandedArgs {
  const args: CallArg[] = expr.args.map((e) => ({ expr: e, range: e.range, startRange: startRange(e) }));
  if (!expr.expandFinal) return { args, diags: [] };
  const last = expr.args[expr.args.length - 1];
  if (!last) throw new Error("a call with ... has no arguments");
  const r = scope.eval(last);
  if (failed(r)) return { done: withDiags(DynamicVal, r.diagnostics) };
  const diags = [...r.diagnostics];
  const v = r.value;
  const kind = v.type.kind;
  if (kind !== "dynamic" && kind !== "tuple" && kind !== "list" && kind !== "set") {
    const detail = "The expanding argument (indicated by ...) must be of a tuple, list, or set type.";
    diags.push(about(errorDiag(INVALID_EXPANSION, detail, last.range, expr.range), last, scope, expr.name));
    return { done: withDiags(DynamicVal, diags) };
  }
  if (v.isNull) {
    const detail = "The expanding argument (indicated by ...) must not be null.";
    diags.push(about(errorDiag(INVALID_EXPANSION, detail, last.range, expr.range), last, scope, expr.name));
    return { done: withDiags(DynamicVal, diags) };
  }
  if (kind === "dynamic" || !v.isKnown) return { done: withDiags(DynamicVal, diags) };
  const elements = v.unmark().elements().map((e) => ({ value: e.mark(v.marks), range: last.range, startRange: last.range }));
  return { args: [...args.slice(0, -1), ...elements], diags };
}
