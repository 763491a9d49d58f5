import { errorDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import { formatRange, type Range } from "../../lang/source/range.js";
import { goQuote } from "../../lang/text/go-quote.js";
import { ConversionError, convert } from "../../lang/types/convert.js";
import { applyDefaults } from "../../lang/types/defaults.js";
import { withoutOptionalAttributesDeep } from "../../lang/types/type.js";
import { Mark } from "../../lang/values/marks.js";
import { Value } from "../../lang/values/value.js";
import type { Variable } from "../configs/model.js";
import type { InputValue } from "./raw-value.js";

// A variable's final value from the value it was given (Terraform's prepareFinalInputVariableValue):
// the default when nothing was given, optional-attribute defaults, conversion to the type
// constraint, the non-nullable rule, and the ephemeral mark. Errors are worded by where the value
// came from: a file (pointing at the value) or somewhere outside the configuration.

/** A final value, or an unknown placeholder of the variable's type when there were errors. */
export interface FinalValue {
  readonly value: Value;
  readonly diagnostics: Diagnostic[];
}

/** Where a given value came from, as the error texts need it. */
interface Origin {
  readonly addr: string;
  /** `set using ...` for values from outside any file; undefined for values from files. */
  readonly outside: string | undefined;
  /** The value in its file, or the declaration. */
  readonly sourceRange: Range;
}

/** Prepares the final value of a variable from what it was given (undefined: not set at all). */
export function prepareFinalValue(variable: Variable, given: InputValue | undefined): FinalValue {
  const fallback = (d: Diagnostic): FinalValue => ({ value: placeholder(variable), diagnostics: [d] });
  const defaultVal = convertedDefault(variable);
  if (defaultVal && !(defaultVal instanceof Value)) return fallback(defaultVal);
  let value = given?.value ?? defaultVal;
  if (!value) return fallback(errorDiag("Required variable not set", `The variable ${goQuote(variable.name)} is required, but is not set.`, variable.declRange));
  const origin: Origin = {
    addr: `var.${variable.name}`,
    outside: given && !given.sourceRange ? outsideSource(variable.name, given.source) : undefined,
    sourceRange: given?.sourceRange ?? variable.declRange,
  };
  if (variable.typeDefaults && !value.isNull) value = applyDefaults(value, variable.typeDefaults);
  const result = convert(value, variable.type);
  if (result instanceof ConversionError) return fallback(unsuitable(variable, origin, result.message));
  const final = result.isNull && !variable.nullable ? defaultVal : result;
  if (!final) return fallback(nullNotAllowed(variable, origin));
  return { value: variable.ephemeral ? final.mark(Mark.Ephemeral) : final, diagnostics: [] };
}

/** The default converted to the type constraint, or Terraform's error when it does not convert. */
function convertedDefault(variable: Variable): Value | Diagnostic | undefined {
  // The loader evaluated the default already and reported its problems; only the value is wanted here.
  const value = variable.default?.value(null).value;
  if (!value) return undefined;
  const c = convert(value, variable.type);
  if (!(c instanceof ConversionError)) return c;
  const detail = `The default value for variable ${goQuote(variable.name)} is incompatible with its type constraint: ${c.message}.`;
  return errorDiag("Invalid default value for module argument", detail, variable.declRange);
}

/** How Terraform names a source that has no range: `set using -var="x=..."` and the like. */
function outsideSource(name: string, source: InputValue["source"]): string {
  switch (source) {
    case "cli":
      return `set using -var="${name}=..."`;
    case "env":
      return `set using the TF_VAR_${name} environment variable`;
    case "input":
      return "set using an interactive prompt";
    default:
      return "set from outside of the configuration";
  }
}

function unsuitable(variable: Variable, origin: Origin, message: string): Diagnostic {
  const summary = "Invalid value for input variable";
  const { addr, outside, sourceRange } = origin;
  const decl = variable.declRange;
  if (outside) return errorDiag(summary, `Unsuitable value for ${addr} ${outside}: ${message}.`, decl);
  if (variable.sensitive) {
    const detail = `The given value is not suitable for ${addr}, which is sensitive: ${message}. Invalid value defined at ${formatRange(sourceRange)}.`;
    return errorDiag(summary, detail, decl);
  }
  return errorDiag(summary, `The given value is not suitable for ${addr} declared at ${formatRange(decl)}: ${message}.`, sourceRange);
}

function nullNotAllowed(variable: Variable, origin: Origin): Diagnostic {
  const summary = "Required variable not set";
  const { addr, outside, sourceRange } = origin;
  if (outside) return errorDiag(summary, `Unsuitable value for ${addr} ${outside}: required variable may not be set to null.`, variable.declRange);
  const detail = `The given value is not suitable for ${addr} defined at ${formatRange(variable.declRange)}: required variable may not be set to null.`;
  return errorDiag(summary, detail, sourceRange);
}

function placeholder(variable: Variable): Value {
  return Value.unknown(withoutOptionalAttributesDeep(variable.type));
}

