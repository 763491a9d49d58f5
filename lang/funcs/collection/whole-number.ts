import { NumError } from "../../values/number.js";
import type { Value } from "../../values/value.js";

// Reading a number argument as a Go int, as cty functions do with gocty.FromCtyValue(v, &int): only
// whole numbers in the int64 range pass, and the failure reads as gocty's message.

const NOT_AN_INT = new NumError("int64-range").message;

/** The known, unmarked number as an int64, or gocty's error text when it is not one. */
export function wholeNumber(v: Value): bigint | string {
  const n = v.asNumber().toInt64();
  return n === undefined ? NOT_AN_INT : n;
}
