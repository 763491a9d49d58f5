import type { EvalContext } from "../../lang/hcl/eval-context.js";
import type { Expression } from "../../lang/hcl/expression.js";
import { errorDiag, hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import { convert, ConversionError, formatConversionError } from "../../lang/types/convert.js";
import { NumberType } from "../../lang/types/type.js";
import { Mark } from "../../lang/values/marks.js";
import type { Value } from "../../lang/values/value.js";
import { WHOLE_NUMBER_ERROR } from "../addrs/instance-key.js";

// The `count` meta-argument: its value as a number of instances, with every check Terraform makes
// (terraform/eval_count.go) and its texts as Terraform v1.11 prints them.

/** How many instances `count` asks for ("unknown" only when unknowns were allowed), or the errors. */
export interface CountResult {
  readonly count?: number | "unknown";
  readonly diagnostics: Diagnostic[];
}

/** Options for evaluating `count`. */
export interface CountOptions {
  /** Accept an unknown count (the validate walk does) instead of reporting it. */
  readonly allowUnknown?: boolean;
}

const SUMMARY = "Invalid count argument";

const EPHEMERAL =
  'The given "count" is derived from an ephemeral value, which means that Terraform cannot persist it between ' +
  "plan/apply rounds. Use only non-ephemeral values to specify the number of resource instances.";

const UNKNOWN =
  'The "count" value depends on resource attributes that cannot be determined until apply, so Terraform cannot ' +
  "predict how many instances will be created. To work around this, use the -target argument to first apply only " +
  "the resources that the count depends on.";

/** Evaluates a `count` expression: a whole number, at least zero, known unless `allowUnknown`. */
export function evaluateCount(expr: Expression, ctx: EvalContext | null, options: CountOptions = {}): CountResult {
  const evaluated = expr.value(ctx);
  const diagnostics = [...evaluated.diagnostics];
  if (hasErrors(diagnostics)) return { diagnostics };
  const converted = convert(evaluated.value, NumberType);
  if (converted instanceof ConversionError) {
    const detail = `Invalid expression value: ${formatConversionError(converted)}.`;
    const invalid = errorDiag("Incorrect value type", detail, expr.range);
    return { diagnostics: [...diagnostics, { ...invalid, expression: { variables: () => expr.variables(), ctx } }] };
  }
  if ((converted.marks & Mark.Ephemeral) !== 0) diagnostics.push(errorDiag(SUMMARY, EPHEMERAL, expr.range));
  const count = countOf(converted.unmark(), expr, options, diagnostics);
  return hasErrors(diagnostics) ? { diagnostics } : { count, diagnostics };
}

function countOf(v: Value, expr: Expression, options: CountOptions, diagnostics: Diagnostic[]): number | "unknown" | undefined {
  const fail = (detail: string): undefined => {
    diagnostics.push(errorDiag(SUMMARY, detail, expr.range));
    return undefined;
  };
  if (v.isNull) return fail('The given "count" argument value is null. An integer is required.');
  if (!v.isKnown) return options.allowUnknown ? "unknown" : fail(UNKNOWN);
  const n = v.asNumber().toInt64();
  if (n === undefined) return fail(`The given "count" argument value is unsuitable: ${WHOLE_NUMBER_ERROR}.`);
  if (n < 0n) return fail('The given "count" argument value is unsuitable: must be greater than or equal to zero.');
  return Number(n);
}
