// Whether a NumberLit token's text is a number hcl accepts. hcl reads numbers with Go's
// big.ParseFloat (via cty.ParseNumberVal): besides the syntax, it rejects values whose binary
// exponent leaves the int32 range ("exponent overflow"), such as 1e99999999999.

const NUMBER = /^([0-9]+)(?:\.([0-9]*))?(?:[eE]([+-]?[0-9]+))?$/;
const INT64_MAX = 9223372036854775807n;
const INT32_MIN = -2147483648n;
const INT32_MAX = 2147483647n;

/** True when `text` (a NumberLit token) parses as a number the way hcl parses it. */
export function isValidNumberLiteral(text: string): boolean {
  const m = NUMBER.exec(text);
  if (m === null) return false;
  const [, whole, fraction = "", exponent] = m;
  // Short exponents and mantissas cannot reach the int32 limit.
  if ((exponent === undefined || exponent.length <= 8) && text.length < 100_000) return true;
  const exp = exponent === undefined ? 0n : BigInt(exponent);
  if (exp > INT64_MAX || -exp > INT64_MAX) return false;
  const mantissa = (whole + fraction).replace(/^0+/, "");
  if (mantissa === "") return true;
  const bits = BigInt(BigInt(mantissa).toString(2).length);
  const exp2 = bits - BigInt(fraction.length) + exp;
  return exp2 >= INT32_MIN && exp2 <= INT32_MAX;
}
