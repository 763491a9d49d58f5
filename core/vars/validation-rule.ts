import type { EvalContext } from "../../lang/hcl/eval-context.js";
import type { EvalResult } from "../../lang/hcl/expression.js";
import { errorDiag, hasErrors, warningDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import { formatRange, type Range } from "../../lang/source/range.js";
import { ConversionError, convert, formatConversionError } from "../../lang/types/convert.js";
import { BoolType, StringType } from "../../lang/types/type.js";
import { hasMark, Mark } from "../../lang/values/marks.js";
import type { Value } from "../../lang/values/value.js";
import type { CheckRule } from "../configs/model.js";

// One `validation` block of a variable, checked as Terraform's evalVariableValidation does: an
// unknown condition is skipped, a null or non-bool one is an error, and a false one gives "Invalid
// value for variable" with the evaluated error message (or a stand-in when the message cannot be
// shown), pointing at where the value was defined.

const INVALID_RESULT = "Invalid variable validation result";
const INVALID_MESSAGE = "Invalid error message";

/** Checks one rule; `definedAt` is where the variable's value was defined. */
export function checkValidationRule(rule: CheckRule, ctx: EvalContext, definedAt: Range): Diagnostic[] {
  const cond = rule.condition.value(ctx);
  const message = errorMessageValue(rule, ctx);
  const diagnostics = [...cond.diagnostics, ...message.diagnostics];
  const outcome = conditionOutcome(rule, cond.value);
  if (outcome === "fail") return [...diagnostics, ...failure(rule, message, definedAt, ctx)];
  return typeof outcome === "string" ? diagnostics : [...diagnostics, outcome];
}

/** Whether the condition held, failed or is not known yet, or why its result is unusable. */
function conditionOutcome(rule: CheckRule, value: Value): "pass" | "fail" | "unknown" | Diagnostic {
  if (!value.isKnown) return "unknown";
  if (value.isNull) {
    const detail = "Validation condition expression must return either true or false, not null.";
    return errorDiag(INVALID_RESULT, detail, rule.condition.range);
  }
  const result = convert(value, BoolType);
  if (result instanceof ConversionError) {
    return errorDiag(INVALID_RESULT, `Invalid validation condition result value: ${formatConversionError(result)}.`, rule.condition.range);
  }
  return result.unmark().asBool() ? "pass" : "fail";
}

/** "Invalid value for variable" with the message, or why the message cannot be given. */
function failure(rule: CheckRule, message: MessageResult, definedAt: Range, ctx: EvalContext): Diagnostic[] {
  if (!message.value.isKnown) {
    const detail = "Unsuitable value for error message: expression refers to values that won't be known until the apply phase.";
    return [errorDiag(INVALID_MESSAGE, detail, rule.errorMessage.range)];
  }
  const diagnostics: Diagnostic[] = [];
  const text = message.failed ? "" : messageText(rule, message.value, diagnostics);
  const detail = `${text || "Failed to evaluate condition error message."}\n\nThis was checked by the validation rule at ${formatRange(rule.range)}.`;
  const invalid = errorDiag("Invalid value for variable", detail, definedAt);
  return [...diagnostics, { ...invalid, expression: { variables: () => rule.condition.variables(), ctx } }];
}

/** The error message's value, what to report about evaluating it (only failures), and whether it failed. */
interface MessageResult extends EvalResult {
  readonly failed: boolean;
}

/**
 * Evaluates the error message. When that fails but the expression reads as a literal string without
 * a context (a JSON-syntax string that is not a valid template), Terraform uses the literal and warns.
 */
function errorMessageValue(rule: CheckRule, ctx: EvalContext): MessageResult {
  const r = rule.errorMessage.value(ctx);
  if (!hasErrors(r.diagnostics)) return { value: r.value, diagnostics: [], failed: false };
  const failed = { ...r, failed: true };
  const literal = rule.errorMessage.value(null);
  if (hasErrors(literal.diagnostics) || literal.value.isNull) return failed;
  const str = convert(literal.value, StringType);
  if (str instanceof ConversionError || !str.isKnown) return failed;
  const detail =
    "The error message provided could not be evaluated as an expression, so Terraform is interpreting it as a string literal.\n\n" +
    "In future versions of Terraform, this will be considered an error. Please file a GitHub issue if this would break your workflow.\n\n" +
    diagnosticsError(r.diagnostics);
  const warning = warningDiag("Validation error message expression is invalid", detail, rule.errorMessage.range, rule.range);
  return { value: str, diagnostics: [warning], failed: false };
}

/** The message to show, or "" when there is none; explains in `diagnostics` why one cannot be shown. */
function messageText(rule: CheckRule, value: Value, diagnostics: Diagnostic[]): string {
  if (value.isNull) return "";
  const str = convert(value, StringType);
  const subject = rule.errorMessage.range;
  if (str instanceof ConversionError) {
    diagnostics.push(errorDiag(INVALID_MESSAGE, `Unsuitable value for error message: ${formatConversionError(str)}.`, subject));
    return "";
  }
  const hidden = "The error message included a sensitive value, so it will not be displayed.";
  if (hasMark(str.marks, Mark.Sensitive)) {
    diagnostics.push(errorDiag("Error message refers to sensitive values", marked("sensitive", "nonsensitive"), subject));
    return hidden;
  }
  if (hasMark(str.marks, Mark.Ephemeral)) {
    diagnostics.push(errorDiag("Error message refers to ephemeral values", marked("ephemeral", "ephemeralasnull"), subject));
    return hidden;
  }
  return goTrimSpace(str.asString());
}

function marked(kind: string, fn: string): string {
  return (
    `The error expression used to explain this condition refers to ${kind} values. Terraform will not display the resulting message.\n\n` +
    `You can correct this by removing references to ${kind} values, or by carefully using the ${fn}() function if the expression will not reveal the ${kind} data.`
  );
}

/** hcl's Diagnostics.Error(): the first diagnostic as `range: summary; detail`, and how many others. */
function diagnosticsError(diags: readonly Diagnostic[]): string {
  const one = (d: Diagnostic): string => `${d.subject ? formatRange(d.subject) : "<nil>"}: ${d.summary}; ${d.detail ?? ""}`;
  if (diags.length === 1) return one(diags[0]!);
  return `${one(diags[0]!)}, and ${diags.length - 1} other diagnostic(s)`;
}

// Go's strings.TrimSpace: Unicode white space (not U+FEFF, which JavaScript's trim also removes).
function goTrimSpace(s: string): string {
  return s.replace(/^[\t\n\v\f\r \u0085\u00a0\p{Z}]+|[\t\n\v\f\r \u0085\u00a0\p{Z}]+$/gu, "");
}
