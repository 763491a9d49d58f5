// One console session: evaluates each input as Terraform's console does and renders the result.
// `type(x)` is the console's own function: it prints the type of x instead of a value.
import type { EvalResult } from "../../lang/hcl/expression.js";
import { hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import type { Expression } from "../../lang/syntax/ast.js";
import { parseExpression } from "../../lang/syntax/parse.js";
import { typeString } from "../../lang/types/type-string.js";
import { formatConsoleValue } from "../views/console-value.js";

/** What one console input produced: text to print, or diagnostics. */
export type ConsoleOutcome = { readonly output: string } | { readonly diagnostics: Diagnostic[]; readonly source: string };

/** Evaluates a parsed expression in the console's scope (the root module, after the eval walk). */
export type ConsoleEvaluator = (expr: Expression) => EvalResult;

/** The name console input is parsed under, as in Terraform's diagnostics. */
export const CONSOLE_FILENAME = "<console-input>";

/** Evaluates console input in a fixed scope. */
export class ConsoleSession {
  constructor(private readonly evaluateExpr: ConsoleEvaluator) {}

  /** Evaluates one (possibly multi-line) input and renders its value as the console prints it. */
  evaluate(source: string): ConsoleOutcome {
    const parsed = parseExpression(source, CONSOLE_FILENAME);
    if (hasErrors(parsed.diagnostics)) return { diagnostics: parsed.diagnostics, source };
    const typeArg = consoleTypeCallArgument(parsed.expr);
    const result = this.evaluateExpr(typeArg ?? parsed.expr);
    if (hasErrors(result.diagnostics)) return { diagnostics: result.diagnostics, source };
    const output = typeArg ? typeString(result.value.type) : formatConsoleValue(result.value);
    return { output };
  }
}

/** The argument of a top-level `type(x)` call, which the console answers with x's type. */
function consoleTypeCallArgument(expr: Expression): Expression | undefined {
  if (expr.type !== "FunctionCall" || expr.name !== "type" || expr.args.length !== 1 || expr.expandFinal) return undefined;
  return expr.args[0];
}
