import type { Value } from "../values/value.js";
import { getConversion, convertValue } from "./conversion.js";
import type { ConversionError } from "./conversion-error.js";
import type { Type } from "./type.js";

// The public face of type conversion: what function arguments, variable values, conditional results
// and attribute values go through to reach the type they are wanted as (cty's convert package).

export { ConversionError, formatConversionError, formatPath, type PathStep } from "./conversion-error.js";
export { mismatchMessage } from "./mismatch-message.js";

/**
 * Converts `v` to `want` with all of cty's rules, safe and unsafe: returns `v` itself when it already
 * has the type, otherwise the converted value (marks kept where they were, unknowns and nulls of the
 * wanted type) or a ConversionError with cty's message and the path to the offending part.
 */
export function convert(v: Value, want: Type): Value | ConversionError {
  return convertValue(v, want);
}

/** True when `convert` has a conversion from `from` to `to` (cty GetConversionUnsafe); values may still fail. */
export function canConvert(from: Type, to: Type): boolean {
  return getConversion(from, to, true) !== undefined;
}

/** True when a safe conversion exists (cty GetConversion): one no value of `from` can fail. */
export function canConvertSafe(from: Type, to: Type): boolean {
  return getConversion(from, to, false) !== undefined;
}
