import type { EvalContext } from "../../lang/hcl/eval-context.js";
import type { Expression } from "../../lang/hcl/expression.js";
import { errorDiag, hasErrors, warningDiag, type Diagnostic, type DiagnosticExpression } from "../../lang/source/diagnostics.js";
import { ConversionError, convert, formatConversionError } from "../../lang/types/convert.js";
import { BoolType, StringType } from "../../lang/types/type.js";
import { hasMark, Mark } from "../../lang/values/marks.js";
import type { CheckRule } from "../configs/model.js";
import type { EvalScope } from "./eval-scope.js";

// Conditions with error messages (`precondition`, `postcondition`, check `assert`), as Terraform
// evaluates them (eval_conditions.go, lang.EvalCheckErrorMessage): the context for both expressions'
// references, the error message as a string, and, where the walk evaluates conditions, the condition
// as a bool: unknown waits, null or non-bool is an error, false fails with the message.

/** What a failed condition is called in its diagnostic ("Module output value precondition failed"). */
export type CheckRuleKind = "Resource precondition" | "Resource postcondition" | "Module output value precondition" | "Check block assertion";

/** The rule's context and error message (validateCheckRule): reference errors and message problems. */
export function validateCheckRule(scope: EvalScope, rule: CheckRule): { ctx: EvalContext; message: string; diagnostics: Diagnostic[] } {
  const { ctx, diagnostics } = scope.contextFor([...rule.condition.variables(), ...rule.errorMessage.variables()]);
  const message = checkErrorMessage(rule.errorMessage, ctx);
  return { ctx, message: message.text, diagnostics: [...diagnostics, ...message.diagnostics] };
}

/** What evaluating one rule found (checkResult): its status, the failure message, and the problems. */
export interface CheckRuleResult {
  readonly status: "pass" | "fail" | "error" | "unknown";
  /** The error message of a failed rule ("" when it cannot be shown). */
  readonly failureMessage: string;
  readonly diagnostics: Diagnostic[];
}

/** Evaluates a rule fully (evalCheckRule); a false condition is an error named by `kind`. */
export function evalCheckRule(scope: EvalScope, rule: CheckRule, kind: CheckRuleKind): Diagnostic[] {
  return checkRuleResult(scope, rule, kind).diagnostics;
}

/**
 * Evaluates a rule and says how it came out, for the check results: an unknown condition waits (a
 * check block assertion warns that its result is known after apply), errors are "error".
 */
export function checkRuleResult(scope: EvalScope, rule: CheckRule, kind: CheckRuleKind): CheckRuleResult {
  const { ctx, message, diagnostics } = validateCheckRule(scope, rule);
  const result = rule.condition.value(ctx);
  diagnostics.push(...result.diagnostics);
  // Terraform's CheckRuleDiagnosticExtra: what a check block reports is never consolidated.
  const fromCheck = kind === "Check block assertion";
  const done = (status: CheckRuleResult["status"], more: Diagnostic[] = []) => {
    const all = [...diagnostics, ...more];
    return { status, failureMessage: status === "fail" ? message : "", diagnostics: fromCheck ? all.map((d) => ({ ...d, doNotConsolidate: true })) : all };
  };
  if (hasErrors(diagnostics)) return done("error");
  const condition: DiagnosticExpression = { variables: () => rule.condition.variables(), ctx };
  if (!result.value.isKnown) return done("unknown", kind === "Check block assertion" ? [knownAfterApply(rule, condition)] : []);
  const subject = rule.condition.range;
  const about = (d: Diagnostic): Diagnostic => ({ ...d, expression: condition });
  if (result.value.isNull) return done("error", [about(errorDiag(INVALID_CONDITION, "Condition expression must return either true or false, not null.", subject))]);
  const bool = convert(result.value, BoolType);
  if (bool instanceof ConversionError) {
    return done("error", [about(errorDiag(INVALID_CONDITION, `Invalid condition result value: ${formatConversionError(bool)}.`, subject))]);
  }
  if (bool.unmark().asBool()) return done("pass");
  const detail = message || "This check failed, but has an invalid error message as described in the other accompanying messages.";
  return done("fail", [about(errorDiag(`${kind} failed`, detail, subject))]);
}

function knownAfterApply(rule: CheckRule, condition: DiagnosticExpression): Diagnostic {
  const detail = "The condition could not be evaluated at this time, a result will be known when this plan is applied.";
  return { ...warningDiag("Check block assertion known after apply", detail, rule.condition.range), expression: condition };
}

/** Evaluates an expression the way the validate walk evaluates resource conditions: context errors do not stop it. */
export function evaluateLoosely(scope: EvalScope, expr: Expression): Diagnostic[] {
  const { ctx, diagnostics } = scope.contextFor(expr.variables());
  return [...diagnostics, ...expr.value(ctx).diagnostics];
}

const INVALID_CONDITION = "Invalid condition result";
const INVALID_MESSAGE = "Invalid error message";

/** An error message's text ("" when it cannot be shown) and why it cannot (lang.EvalCheckErrorMessage). */
export function checkErrorMessage(expr: Expression, ctx: EvalContext): { text: string; diagnostics: Diagnostic[] } {
  const r = expr.value(ctx);
  if (hasErrors(r.diagnostics)) return { text: "", diagnostics: r.diagnostics };
  const str = convert(r.value, StringType);
  const about = (d: Diagnostic): Diagnostic => ({ ...d, expression: { variables: () => expr.variables(), ctx } });
  if (str instanceof ConversionError) {
    return { text: "", diagnostics: [about(errorDiag(INVALID_MESSAGE, `Unsuitable value for error message: ${formatConversionError(str)}.`, expr.range))] };
  }
  if (!str.isKnown) return { text: "", diagnostics: r.diagnostics };
  if (str.isNull) return { text: "", diagnostics: [about(errorDiag(INVALID_MESSAGE, "Unsuitable value for error message: must not be null.", expr.range))] };
  if (hasMark(str.marks, Mark.Sensitive)) return { text: "", diagnostics: [about(warningDiag(SENSITIVE.summary, SENSITIVE.detail, expr.range))] };
  if (hasMark(str.marks, Mark.Ephemeral)) return { text: "", diagnostics: [about(warningDiag(EPHEMERAL.summary, EPHEMERAL.detail, expr.range))] };
  return { text: str.unmark().asString().trim(), diagnostics: r.diagnostics };
}

const SENSITIVE = {
  summary: "Error message refers to sensitive values",
  detail:
    "The error expression used to explain this condition refers to sensitive values, so Terraform will not display the resulting message.\n\n" +
    "You can correct this by removing references to sensitive values, or by carefully using the nonsensitive() function if the expression will not reveal the sensitive data.",
};

const EPHEMERAL = {
  summary: "Error message refers to ephemeral values",
  detail:
    "The error expression used to explain this condition refers to ephemeral values, so Terraform will not display the resulting message.\n\n" +
    "You can correct this by removing references to ephemeral values, or by using the ephemeralasnull() function on the references to not reveal ephemeral data.",
};
