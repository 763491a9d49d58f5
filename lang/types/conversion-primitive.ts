import { BigNum } from "../values/number.js";
import { Value } from "../values/value.js";
import { ConversionError, type PathStep } from "./conversion-error.js";
import type { Conversion } from "./conversion.js";
import type { PrimitiveType } from "./type.js";

// Conversions between string, number and bool (cty's primitive conversion tables). Number and bool
// to string are safe; string to number and string to bool are unsafe: they fail on some strings.

/** The conversion between two primitive types, or undefined when there is none. */
export function primitiveConversion(from: PrimitiveType, to: PrimitiveType, unsafe: boolean): Conversion | undefined {
  if (to.kind === "string" && from.kind === "number") return numberToString;
  if (to.kind === "string" && from.kind === "bool") return boolToString;
  if (!unsafe || from.kind !== "string") return undefined;
  if (to.kind === "number") return stringToNumber;
  if (to.kind === "bool") return stringToBool;
  return undefined;
}

function numberToString(v: Value): Value {
  return Value.string(v.asNumber().toString());
}

function boolToString(v: Value): Value {
  return Value.string(v.asBool() ? "true" : "false");
}

function stringToNumber(v: Value, path: readonly PathStep[]): Value | ConversionError {
  const n = BigNum.parse(v.asString());
  return n ? Value.number(n) : new ConversionError("a number is required", path);
}

function stringToBool(v: Value, path: readonly PathStep[]): Value | ConversionError {
  const s = v.asString();
  if (s === "true" || s === "1") return Value.bool(true);
  if (s === "false" || s === "0") return Value.bool(false);
  const lower = s.toLowerCase();
  if (lower === "true" || lower === "false") {
    return new ConversionError(`a bool is required; to convert from string, use lowercase "${lower}"`, path);
  }
  return new ConversionError("a bool is required", path);
}
