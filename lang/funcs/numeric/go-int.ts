import { NumError } from "../../values/number.js";
import type { Value } from "../../values/value.js";
import { FuncError } from "../function.js";

// Number arguments that Terraform reads into Go ints (gocty.FromCtyValue into an int): whole
// numbers in the int64 range, or the error cty reports for anything else.

/** The number value as a JS integer, or gocty's error (for argIndex when given). */
export function goInt(v: Value, argIndex?: number): number | FuncError {
  const n = v.asNumber().toInt64();
  if (n === undefined) return new FuncError(new NumError("int64-range").message, argIndex);
  return Number(n);
}
