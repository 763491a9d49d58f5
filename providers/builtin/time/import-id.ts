import { Value } from "../../../lang/values/value.js";
import { NumberType } from "../../../lang/types/type.js";

// The pieces of the comma-separated import ids of time_offset and time_rotating: an empty piece is
// null, otherwise Go's strconv.ParseInt(s, 10, 64) with its error texts.

const MIN = -(2n ** 63n);
const MAX = 2n ** 63n - 1n;

/** A number value for a decimal int64 (null when empty), or strconv's error text. */
export function parseInt64(s: string): Value | { readonly error: string } {
  if (s === "") return Value.null(NumberType);
  if (!/^[+-]?[0-9]+$/.test(s)) return { error: `strconv.ParseInt: parsing ${JSON.stringify(s)}: invalid syntax` };
  const n = BigInt(s);
  if (n < MIN || n > MAX) return { error: `strconv.ParseInt: parsing ${JSON.stringify(s)}: value out of range` };
  return Value.numberFrom(n);
}
