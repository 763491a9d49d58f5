import type { EvalResult } from "../hcl/expression.js";
import { errorDiag, hasErrors, type Diagnostic } from "../source/diagnostics.js";
import type { Range } from "../source/range.js";
import { DynamicVal, type Value } from "../values/value.js";

/** A result with no diagnostics. */
export function ok(value: Value): EvalResult {
  return { value, diagnostics: [] };
}

/** A result carrying the given diagnostics. */
export function withDiags(value: Value, diagnostics: Diagnostic[]): EvalResult {
  return { value, diagnostics };
}

/** A failed operation: DynamicVal and one error diagnostic. */
export function fail(summary: string, detail: string, subject: Range, context?: Range): EvalResult {
  return { value: DynamicVal, diagnostics: [errorDiag(summary, detail, subject, context)] };
}

/** True when the result's diagnostics include an error. */
export function failed(r: EvalResult): boolean {
  return hasErrors(r.diagnostics);
}
