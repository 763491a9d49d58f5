import type { Value } from "../../values/value.js";

// Reading number arguments as Go integers the way Terraform's CIDR functions do (cty's gocty): into a
// *big.Int (any whole number) or into a Go int (a whole number within int64). The messages are gocty's.

/** gocty's error for a number that is not a whole number, read into a *big.Int. */
export const NOT_WHOLE = "value must be a whole number";

/** gocty's error for a number that is not a whole number within int64, read into a Go int. */
export const NOT_INT64 = "value must be a whole number, between -9223372036854775808 and 9223372036854775807";

const INT64_MIN = -(1n << 63n);
const INT64_MAX = (1n << 63n) - 1n;

/** The exact integer a known number value holds, or undefined when it is fractional or infinite. */
export function bigIntOf(v: Value): bigint | undefined {
  const n = v.asNumber();
  return n.isInteger() ? n.toBigInt() : undefined;
}

/** The integer a known number value holds when it fits Go's int (int64), else undefined. */
export function goIntOf(v: Value): bigint | undefined {
  const n = bigIntOf(v);
  return n !== undefined && n >= INT64_MIN && n <= INT64_MAX ? n : undefined;
}
