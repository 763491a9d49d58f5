/**
 * Binary floating point as Go's math/big.Float computes it: a sign, a bigint mantissa and a
 * power-of-two exponent, rounded to a precision in bits with round-to-nearest-even. BigNum
 * (number.ts) builds Terraform's number semantics on these functions.
 */

/** Which kind of value a Bits holds (Go's big.Float "form"). */
export type Form = "zero" | "finite" | "inf";

/** A binary float without its precision: value = (neg ? -1 : 1) * mant * 2 ** exp. */
export interface Bits {
  readonly form: Form;
  /** Sign, also for zeros and infinities (Go keeps -0). */
  readonly neg: boolean;
  /** Positive when finite, 0n otherwise. */
  readonly mant: bigint;
  /** Power of two applied to mant; 0 unless finite. */
  readonly exp: number;
}

/** Go's big.MinExp and big.MaxExp: exponent range of x = 0.mant * 2**exp with 0.5 <= 0.mant < 1. */
export const MIN_EXP = -2147483648;
/** See MIN_EXP. */
export const MAX_EXP = 2147483647;

const TWO53 = 1n << 53n;
/** Integers below this many bits are kept with exp 0 so that small integers stay cheap. */
const INT_FORM_BITS = 1024;

/** A signed zero. */
export function zero(neg: boolean): Bits {
  return { form: "zero", neg, mant: 0n, exp: 0 };
}

/** A signed infinity. */
export function inf(neg: boolean): Bits {
  return { form: "inf", neg, mant: 0n, exp: 0 };
}

/** Number of bits of a non-negative bigint (0 for 0n). */
export function bitLen(n: bigint): number {
  if (n < TWO53) {
    const x = Number(n);
    return x < 0x100000000 ? 32 - Math.clz32(x) : 64 - Math.clz32(Math.floor(x / 0x100000000));
  }
  const hex = n.toString(16);
  return hex.length * 4 - (Math.clz32(parseInt(hex[0]!, 16)) - 28);
}

/** Number of trailing zero bits of a positive bigint. */
export function trailingZeros(n: bigint): number {
  return (n & 1n) === 1n ? 0 : bitLen(n & -n) - 1;
}

/** Go's exponent of a finite value: the value is 0.mant * 2**topExp with 0.5 <= 0.mant < 1. */
export function topExp(b: Bits): number {
  return bitLen(b.mant) + b.exp;
}

/** An exact finite value in canonical form (no rounding, no range check); zero when mant is 0. */
export function finite(neg: boolean, mant: bigint, exp: number): Bits {
  if (mant === 0n) return zero(neg);
  if (exp < 0 && (mant & 1n) === 0n) {
    const tz = Math.min(trailingZeros(mant), -exp);
    mant >>= BigInt(tz);
    exp += tz;
  }
  if (exp > 0 && exp + bitLen(mant) <= INT_FORM_BITS) {
    mant <<= BigInt(exp);
    exp = 0;
  }
  return { form: "finite", neg, mant, exp };
}

/**
 * Rounds mant * 2**exp to prec bits, nearest even, as big.Float's setExpAndRound: exponent
 * underflow gives a signed zero and overflow an infinity. sticky says the true value is a little
 * above mant * 2**exp (a non-zero division remainder).
 */
export function round(neg: boolean, mant: bigint, exp: number, prec: number, sticky = false): Bits {
  const len = bitLen(mant);
  if (len + exp < MIN_EXP) return zero(neg);
  if (len + exp > MAX_EXP) return inf(neg);
  if (len <= prec) return finite(neg, mant, exp);
  let shift = len - prec;
  const s = BigInt(shift);
  let r = mant >> s;
  const rem = mant - (r << s);
  const half = 1n << (s - 1n);
  if (rem > half || (rem === half && (sticky || (r & 1n) === 1n))) {
    r += 1n;
    if (bitLen(r) > prec) {
      r >>= 1n;
      shift += 1;
    }
  }
  if (bitLen(r) + exp + shift > MAX_EXP) return inf(neg);
  return finite(neg, r, exp + shift);
}

/** Rounds a value to prec bits (Go's Set into a Float of that precision). */
export function roundBits(b: Bits, prec: number): Bits {
  if (b.form !== "finite" || (b.mant < TWO53 && prec >= 53)) return b;
  return round(b.neg, b.mant, b.exp, prec);
}

/** The negated value. */
export function negate(b: Bits): Bits {
  return { ...b, neg: !b.neg };
}

/** Go's Float.Add rounded to prec; undefined where Go panics with ErrNaN (+Inf + -Inf). */
export function add(x: Bits, y: Bits, prec: number): Bits | undefined {
  if (x.form === "finite" && y.form === "finite") return addFinite(x, y, prec);
  if (x.form === "inf" && y.form === "inf" && x.neg !== y.neg) return undefined;
  if (x.form === "zero" && y.form === "zero") return zero(x.neg && y.neg);
  if (x.form === "inf" || y.form === "zero") return roundBits(x, prec);
  return roundBits(y, prec);
}

function addFinite(x: Bits, y: Bits, prec: number): Bits {
  if (x.exp === 0 && y.exp === 0) return sumToBits(signed(x) + signed(y), 0, prec);
  const [big, small] = topExp(x) >= topExp(y) ? [x, y] : [y, x];
  const gap = topExp(big) - topExp(small);
  // A tiny operand only acts as a sticky bit; replacing it avoids huge shifts.
  const tiny = gap > prec + 4 && minPrec(big) <= prec;
  const s2 = tiny ? { ...small, mant: 1n, exp: topExp(big) - prec - 6 } : small;
  const e = Math.min(big.exp, s2.exp);
  const a = signed(big) << BigInt(big.exp - e);
  const b = signed(s2) << BigInt(s2.exp - e);
  return sumToBits(a + b, e, prec);
}

function signed(b: Bits): bigint {
  return b.neg ? -b.mant : b.mant;
}

function sumToBits(sum: bigint, exp: number, prec: number): Bits {
  if (sum === 0n) return zero(false);
  return sum < 0n ? round(true, -sum, exp, prec) : round(false, sum, exp, prec);
}

/** Go's Float.Mul rounded to prec; undefined where Go panics with ErrNaN (0 * Inf). */
export function mul(x: Bits, y: Bits, prec: number): Bits | undefined {
  const neg = x.neg !== y.neg;
  if (x.form === "finite" && y.form === "finite") return round(neg, x.mant * y.mant, x.exp + y.exp, prec);
  if ((x.form === "zero" && y.form === "inf") || (x.form === "inf" && y.form === "zero")) return undefined;
  return x.form === "inf" || y.form === "inf" ? inf(neg) : zero(neg);
}

/** Go's Float.Quo rounded to prec; undefined where Go panics with ErrNaN (0/0, Inf/Inf). */
export function quo(x: Bits, y: Bits, prec: number): Bits | undefined {
  const neg = x.neg !== y.neg;
  if (x.form === "finite" && y.form === "finite") return quoFinite(neg, x, y, prec);
  if (x.form === y.form) return undefined;
  return x.form === "zero" || y.form === "inf" ? zero(neg) : inf(neg);
}

function quoFinite(neg: boolean, x: Bits, y: Bits, prec: number): Bits {
  const k = Math.max(0, prec + 2 + bitLen(y.mant) - bitLen(x.mant));
  const n = x.mant << BigInt(k);
  const q = n / y.mant;
  return round(neg, q, x.exp - y.exp - k, prec, q * y.mant !== n);
}

/** Go's Float.Cmp: -1, 0 or +1; zeros compare equal whatever their sign. */
export function cmp(x: Bits, y: Bits): -1 | 0 | 1 {
  const ox = order(x);
  const oy = order(y);
  if (ox !== oy) return ox < oy ? -1 : 1;
  if (ox === 1) return cmpMagnitude(x, y);
  if (ox === -1) return cmpMagnitude(y, x);
  return 0;
}

function order(b: Bits): number {
  const mag = b.form === "zero" ? 0 : b.form === "finite" ? 1 : 2;
  return b.neg ? -mag : mag;
}

function cmpMagnitude(x: Bits, y: Bits): -1 | 0 | 1 {
  if (x.exp === 0 && y.exp === 0) return x.mant === y.mant ? 0 : x.mant < y.mant ? -1 : 1;
  const gx = topExp(x);
  const gy = topExp(y);
  if (gx !== gy) return gx < gy ? -1 : 1;
  const e = Math.min(x.exp, y.exp);
  const a = x.mant << BigInt(x.exp - e);
  const b = y.mant << BigInt(y.exp - e);
  return a === b ? 0 : a < b ? -1 : 1;
}

/** Go's Float.MinPrec: bits needed to hold the value exactly (0 for zeros and infinities). */
export function minPrec(b: Bits): number {
  return b.form === "finite" ? bitLen(b.mant) - trailingZeros(b.mant) : 0;
}

/** The integer part of a finite value, truncated toward zero (a zero result is +0), and whether it was exact. */
export function trunc(b: Bits): { readonly int: Bits; readonly exact: boolean } {
  if (b.form === "zero") return { int: zero(false), exact: true };
  if (b.exp >= 0) return { int: b, exact: true };
  const ip = b.mant >> BigInt(-b.exp);
  const exact = ip << BigInt(-b.exp) === b.mant;
  return { int: finite(ip === 0n ? false : b.neg, ip, 0), exact };
}

/** The bigint value of an integral finite Bits (exp >= 0 or zero). */
export function toBigInt(b: Bits): bigint {
  if (b.form !== "finite") return 0n;
  const m = b.exp >= 0 ? b.mant << BigInt(b.exp) : b.mant >> BigInt(-b.exp);
  return b.neg ? -m : m;
}
