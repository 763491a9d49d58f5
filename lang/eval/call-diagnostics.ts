import { errorDiag, type Diagnostic } from "../source/diagnostics.js";
import type * as ast from "../syntax/ast.js";
import type { CallArg } from "./call-args.js";
import { goQuote } from "../text/go-quote.js";
import { startRange } from "./start-range.js";

// The diagnostics hclsyntax reports about a call as a whole, shared by ordinary calls and try/can.

/** What arity checking needs of a function: its fixed parameters' names and whether it is variadic. */
export interface Arity {
  readonly params: readonly { readonly name: string }[];
  readonly variadic: boolean;
}

/** hcl's "Not enough function arguments" / "Too many function arguments", or undefined when the count fits. */
export function checkArity(expr: ast.FunctionCallExpr, arity: Arity, args: readonly CallArg[]): Diagnostic | undefined {
  const fixed = arity.params.length;
  if (args.length < fixed) {
    const qual = arity.variadic ? " at least" : "";
    const missing = goQuote(arity.params[args.length]!.name);
    const detail = `Function ${goQuote(expr.name)} expects${qual} ${fixed} argument(s). Missing value for ${missing}.`;
    return errorDiag("Not enough function arguments", detail, expr.closeParenRange, expr.range);
  }
  if (!arity.variadic && args.length > fixed) {
    const detail = `Function ${goQuote(expr.name)} expects only ${fixed} argument(s).`;
    return errorDiag("Too many function arguments", detail, args[fixed]!.startRange, expr.range);
  }
  return undefined;
}

/** hcl's "Error in function call" for a function that failed as a whole. */
export function callError(expr: ast.FunctionCallExpr, message: string): Diagnostic {
  const detail = `Call to function ${goQuote(expr.name)} failed: ${message}.`;
  return errorDiag("Error in function call", detail, startRange(expr), expr.range);
}
