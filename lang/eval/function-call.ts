import { callFunction, paramFor } from "../funcs/call.js";
import type { FunctionSpec } from "../funcs/function.js";
import type { EvalResult } from "../hcl/expression.js";
import { errorDiag, hasErrors, type Diagnostic } from "../source/diagnostics.js";
import type * as ast from "../syntax/ast.js";
import { convert, ConversionError } from "../types/convert.js";
import { DynamicVal, type Value } from "../values/value.js";
import { evalArg, expandArgs, type CallArg } from "./call-args.js";
import { callError, checkArity } from "./call-diagnostics.js";
import { about } from "./diag-expression.js";
import { goQuote } from "../text/go-quote.js";
import { nameSuggestion } from "../text/name-suggestion.js";
import { withDiags } from "./result.js";
import type { Scope } from "./scope.js";
import { evalCan, evalTry, tryOrCan } from "./try-can.js";

/**
 * `name(args...)` as hclsyntax evaluates it: the function looked up in the context, `...` expanded,
 * arity and argument types checked with hcl's diagnostics, then the call made (unknown and marked
 * arguments handled as cty does). `try` and `can` evaluate their arguments themselves.
 */
export function evalFunctionCall(expr: ast.FunctionCallExpr, scope: Scope): EvalResult {
  if (!scope.functionsAllowed) return failAbout(errorDiag("Function calls not allowed", "Functions may not be called here.", expr.range), expr, scope);
  const special = tryOrCan(expr.name);
  const spec = special ? undefined : scope.ctx!.lookupFunction(expr.name);
  if (!special && !spec) return failAbout(unknownFunction(expr, scope), expr, scope);
  const expanded = expandArgs(expr, scope);
  if ("done" in expanded) return expanded.done;
  if (special === "try") return evalTry(expr, expanded.args, scope);
  if (special === "can") return evalCan(expr, expanded.args, scope);
  return callWithArgs(expr, spec!, expanded.args, expanded.diags, scope);
}

function callWithArgs(expr: ast.FunctionCallExpr, spec: FunctionSpec, args: CallArg[], diags: Diagnostic[], scope: Scope): EvalResult {
  const arityError = checkArity(expr, { params: spec.params, variadic: spec.varParam !== undefined }, args);
  if (arityError) return withDiags(DynamicVal, [about(arityError, expr, scope, expr.name)]);
  const values = args.map((arg, i) => argumentValue(expr, spec, arg, i, scope, diags));
  if (hasErrors(diags)) return withDiags(DynamicVal, diags);
  const outcome = callFunction(expr.name, spec, values, scope.ctx!.funcContext);
  if ("value" in outcome) return withDiags(outcome.value, diags);
  diags.push(callFailure(expr, spec, args, outcome.failure, scope));
  return withDiags(DynamicVal, diags);
}

/** Evaluates an argument and converts it to its parameter's type ("Invalid function argument" otherwise). */
function argumentValue(expr: ast.FunctionCallExpr, spec: FunctionSpec, arg: CallArg, i: number, scope: Scope, diags: Diagnostic[]): Value {
  const param = paramFor(spec, i)!;
  const r = evalArg(arg, scope);
  diags.push(...r.diagnostics);
  const c = convert(r.value, param.type);
  if (!(c instanceof ConversionError)) return c;
  diags.push(invalidArgument(expr, param.name, c.message, arg, scope));
  return r.value;
}

function invalidArgument(expr: ast.FunctionCallExpr, paramName: string, message: string, arg: CallArg, scope: Scope): Diagnostic {
  const detail = `Invalid value for ${goQuote(paramName)} parameter: ${message}.`;
  // An expanded element stands for a literal: no references, but the call is still described.
  const diag = errorDiag("Invalid function argument", detail, arg.startRange, expr.range);
  if (arg.expr) return about(diag, arg.expr, scope, expr.name);
  return { ...diag, expression: { variables: () => [], ctx: scope.ctx, calledFunction: expr.name } };
}

/** Turns a failed call into hcl's diagnostic: the offending argument when there is one, else the call. */
function callFailure(
  expr: ast.FunctionCallExpr,
  spec: FunctionSpec,
  args: readonly CallArg[],
  failure: { kind: string; message: string; argIndex?: number },
  scope: Scope,
): Diagnostic {
  const i = failure.argIndex;
  if (failure.kind === "arg" && i !== undefined) {
    const param = paramFor(spec, i);
    const arg = args[i];
    if (param && arg) return invalidArgument(expr, param.name, failure.message, arg, scope);
    if (param) {
      const detail = `Invalid value for ${goQuote(param.name)} parameter: ${failure.message}.`;
      return about(errorDiag("Invalid function argument", detail, expr.range), expr, scope, expr.name);
    }
  }
  return about(callError(expr, failure.message), expr, scope, expr.name);
}

/** A failed call: DynamicVal and one error about the call expression. */
function failAbout(diag: Diagnostic, expr: ast.FunctionCallExpr, scope: Scope): EvalResult {
  return withDiags(DynamicVal, [about(diag, expr, scope)]);
}

/** "Call to unknown function", telling a misspelled name from a namespace with no such function. */
function unknownFunction(expr: ast.FunctionCallExpr, scope: Scope): Diagnostic {
  const available = [...scope.ctx!.functions.keys()].sort();
  const sep = expr.name.lastIndexOf("::");
  if (sep === -1) {
    const s = nameSuggestion(expr.name, available);
    const hint = s ? ` Did you mean ${goQuote(s)}?` : "";
    return errorDiag("Call to unknown function", `There is no function named ${goQuote(expr.name)}.${hint}`, expr.nameRange, expr.range);
  }
  const namespace = expr.name.slice(0, sep + 2);
  const name = expr.name.slice(sep + 2);
  const inNamespace = available.filter((n) => n.startsWith(namespace));
  if (inNamespace.length === 0) {
    return errorDiag("Call to unknown function", `There are no functions in namespace ${goQuote(namespace)}.`, expr.nameRange, expr.range);
  }
  // As hcl does, the bare name is compared with the qualified names, so a suggestion is rare.
  const s = nameSuggestion(name, inNamespace);
  const hint = s ? ` Did you mean ${namespace}${s}?` : "";
  const detail = `There is no function named ${goQuote(name)} in namespace ${namespace}.${hint}`;
  return errorDiag("Call to unknown function", detail, expr.nameRange, expr.range);
}
