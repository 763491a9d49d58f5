import { errorDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import { formatRange, type Range } from "../../lang/source/range.js";
import { ConversionError, convert } from "../../lang/types/convert.js";
import { applyDefaults } from "../../lang/types/defaults.js";
import { hasMark, Mark } from "../../lang/values/marks.js";
import { unmarkDeep } from "../../lang/values/deep-marks.js";
import { Value } from "../../lang/values/value.js";
import { goQuote } from "../../lang/text/go-quote.js";
import type { Variable } from "../configs/model.js";

// The final value of a child module's input variable from its module block argument (Terraform's
// prepareFinalInputVariableValue for values set in configuration): the default when the argument is
// absent, optional attribute defaults, conversion to the type constraint, the non-nullable rule, and
// the ephemeral rules. Errors point at the argument's expression.

/** A final value (unknown of the variable's type after an error) and the problems. */
export interface FinalVariableValue {
  readonly value: Value;
  readonly diagnostics: Diagnostic[];
}

/** The variable's final value; `addr` is its absolute address (`module.a.var.x`). */
export function finalModuleVariableValue(variable: Variable, addr: string, given: Value | undefined, source: Range | undefined): FinalVariableValue {
  const placeholder = (d: Diagnostic): FinalVariableValue => ({ value: Value.unknown(variable.type), diagnostics: [d] });
  const defaultVal = variable.default ? convert(variable.default.value(null).value, variable.type) : undefined;
  if (defaultVal instanceof ConversionError) {
    const detail = `The default value for variable ${goQuote(variable.name)} is incompatible with its type constraint: ${defaultVal.message}.`;
    return placeholder(errorDiag("Invalid default value for module argument", detail, variable.declRange));
  }
  let value = given ?? defaultVal;
  if (!value) return placeholder(errorDiag("Required variable not set", `The variable ${goQuote(variable.name)} is required, but is not set.`, variable.declRange));
  const subject = source ?? variable.declRange;
  if (variable.typeDefaults && !value.isNull) value = applyDefaults(value, variable.typeDefaults);
  const converted = convert(value, variable.type);
  if (converted instanceof ConversionError) {
    const detail = `The given value is not suitable for ${addr} declared at ${formatRange(variable.declRange)}: ${converted.message}.`;
    return placeholder(errorDiag("Invalid value for input variable", detail, subject));
  }
  const final = converted.isNull && !variable.nullable ? defaultVal : converted;
  if (!final) {
    const detail = `The given value is not suitable for ${addr} defined at ${formatRange(variable.declRange)}: required variable may not be set to null.`;
    return placeholder(errorDiag("Required variable not set", detail, subject));
  }
  return ephemeralRules(variable, final, subject);
}

/** A non-ephemeral variable may not be given an ephemeral value; an ephemeral one marks its value. */
function ephemeralRules(variable: Variable, value: Value, subject: Range): FinalVariableValue {
  if (variable.ephemeral) return { value: value.mark(Mark.Ephemeral), diagnostics: [] };
  if (!hasMark(unmarkDeep(value).marks, Mark.Ephemeral)) return { value, diagnostics: [] };
  const detail = "This input variable is not declared as accepting a ephemeral values, so it cannot be set to a result derived from an ephemeral value.";
  return { value: Value.unknown(variable.type), diagnostics: [errorDiag("Ephemeral value not allowed", detail, subject)] };
}
