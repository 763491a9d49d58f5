/**
 * Exact conversions between JS doubles and binary floats (number-core.ts), with the rounding of
 * Go's big.Float.SetFloat64 and Float64: round to nearest even, denormals, overflow to infinity.
 */
import { finite, topExp, inf, round, zero, type Bits } from "./number-core.js";

const view = new DataView(new ArrayBuffer(8));

/** The exact value of a double (NaN is a caller bug: Go panics on it). */
export function fromFloat64(x: number): Bits {
  if (Number.isNaN(x)) throw new Error("fromFloat64: NaN");
  const neg = x < 0 || Object.is(x, -0);
  if (x === 0) return zero(neg);
  if (!Number.isFinite(x)) return inf(neg);
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  const frac = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (biased === 0) return finite(neg, frac, -1074);
  return finite(neg, frac | (1n << 52n), biased - 1075);
}

/** The double nearest to a value, as Go's Float.Float64 (ties to even, ±Inf beyond the range). */
export function toFloat64(b: Bits): number {
  if (b.form === "zero") return b.neg ? -0 : 0;
  if (b.form === "inf") return b.neg ? -Infinity : Infinity;
  const e = topExp(b) - 1; // exponent of a mantissa in [1, 2)
  const p = e < -1022 ? 53 + 1022 + e : 53;
  if (p < 0 || (p === 0 && isPowerOfTwo(b.mant))) return b.neg ? -0 : 0;
  if (p === 0) return b.neg ? -Number.MIN_VALUE : Number.MIN_VALUE;
  const r = round(b.neg, b.mant, b.exp, p);
  if (r.form === "inf" || topExp(r) - 1 > 1023) return b.neg ? -Infinity : Infinity;
  const m = Number(r.mant);
  const v = r.exp >= -1022 ? m * 2 ** r.exp : m * 2 ** (r.exp + 64) * 2 ** -64;
  return b.neg ? -v : v;
}

function isPowerOfTwo(n: bigint): boolean {
  return (n & (n - 1n)) === 0n;
}

/** Go's math.Ldexp: x * 2**e, correctly rounded. */
export function ldexp(x: number, e: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const b = fromFloat64(x);
  return toFloat64({ ...b, exp: b.exp + e });
}
