/**
 * Terraform's numbers: cty numbers, which are Go *big.Float values. Each BigNum carries its
 * precision in bits because Terraform's results depend on it: literals and tonumber() have 512
 * bits, results of float64 functions (pow, log) 53, integers from Go ints 64; sums and quotients
 * take the larger precision of their operands, products as many bits as they need up to 512.
 */
import * as core from "./number-core.js";
import { NumError } from "./number-error.js";
import { fromFloat64, toFloat64 } from "./number-float64.js";
import { formatText, type TextFormat } from "./number-format.js";
import { goLog, goPow } from "./number-gomath.js";
import { literalText, parseGoFloat, parseGoInt } from "./number-parse.js";

export { NumError, type NumErrorKind } from "./number-error.js";
export type { TextFormat } from "./number-format.js";

type Bits = core.Bits;

/** Precision of parsed numbers (cty.ParseNumberVal) and of products' intermediate results. */
export const PARSE_PREC = 512;
const TWO53 = 2n ** 53n;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** An immutable Terraform number: a Go big.Float value and precision with cty's operations. */
export class BigNum {
  private constructor(
    private readonly bits: Bits,
    /** The Go precision in bits: decides how results round and how many digits toString prints. */
    readonly prec: number,
    /** The literal this number was parsed from, a shortcut to its text. */
    private readonly source?: string,
  ) {}

  private str: string | undefined;

  /** cty.Zero (53 bits). */
  static readonly ZERO = new BigNum(core.zero(false), 53);
  /** cty.NumberIntVal(1) (64 bits). */
  static readonly ONE = new BigNum(core.finite(false, 1n, 0), 64);
  /** cty.PositiveInfinity; `%` treats this very object specially, as cty does. */
  static readonly POS_INF = new BigNum(core.inf(false), 0);
  /** cty.NegativeInfinity; see POS_INF. */
  static readonly NEG_INF = new BigNum(core.inf(true), 0);

  /** An HCL number literal or tonumber() string (Go's big.ParseFloat, 512 bits); undefined if invalid. */
  static parse(text: string): BigNum | undefined {
    const bits = parseGoFloat(text, PARSE_PREC);
    return bits && new BigNum(bits, PARSE_PREC, bits.form === "finite" ? text : undefined);
  }

  /** parseint(text, base) for 2 <= base <= 62 (Go's big.Int.SetString); undefined if invalid. */
  static parseInt(text: string, base: number): BigNum | undefined {
    const n = parseGoInt(text, base);
    return n === undefined ? undefined : BigNum.fromBigInt(n);
  }

  /** The exact value of a double, 53 bits (cty.NumberFloatVal); NaN is a bug. */
  static fromNumber(n: number): BigNum {
    return new BigNum(fromFloat64(n), 53);
  }

  /** A safe integer, 64 bits (cty.NumberIntVal): use for counts and indexes. */
  static fromInt(n: number): BigNum {
    if (!Number.isSafeInteger(n)) throw new Error(`BigNum.fromInt: ${n} is not a safe integer`);
    return new BigNum(bitsOfBigInt(BigInt(n)), 64);
  }

  /** An exact integer with max(64, bit length) bits (big.Float.SetInt). */
  static fromBigInt(n: bigint): BigNum {
    return new BigNum(bitsOfBigInt(n), Math.max(64, core.bitLen(n < 0n ? -n : n)));
  }

  /** min(): the first smallest number; undefined when given none. */
  static min(nums: readonly BigNum[]): BigNum | undefined {
    if (nums.length === 0) return undefined;
    return nums.reduce((m, n) => (n.cmp(m) < 0 ? n : m), BigNum.POS_INF);
  }

  /** max(): the first largest number; undefined when given none. */
  static max(nums: readonly BigNum[]): BigNum | undefined {
    if (nums.length === 0) return undefined;
    return nums.reduce((m, n) => (n.cmp(m) > 0 ? n : m), BigNum.NEG_INF);
  }

  /** True for ±Inf. */
  isInf(): boolean {
    return this.bits.form === "inf";
  }

  /** True for +0 and -0. */
  isZero(): boolean {
    return this.bits.form === "zero";
  }

  /** True when the sign bit is set, so also for -0 (which prints as "-0"). */
  isNegative(): boolean {
    return this.bits.neg;
  }

  /** -1, 0 or +1 (0 for both zeros). */
  sign(): -1 | 0 | 1 {
    return this.bits.form === "zero" ? 0 : this.bits.neg ? -1 : 1;
  }

  /** True for finite whole numbers, zeros included. */
  isInteger(): boolean {
    const b = this.bits;
    if (b.form !== "finite") return b.form === "zero";
    return b.exp >= 0 || core.trailingZeros(b.mant) >= -b.exp;
  }

  /** a + b (operator +). */
  add(o: BigNum): BigNum | NumError {
    const prec = Math.max(this.prec, o.prec);
    const r = core.add(this.bits, o.bits, prec);
    return r ? new BigNum(r, prec) : new NumError("add-opposing-infinities");
  }

  /** a - b (operator -), computed as cty does: a + (-b). */
  sub(o: BigNum): BigNum | NumError {
    const prec = Math.max(this.prec, o.prec);
    const r = core.add(this.bits, core.negate(o.bits), prec);
    return r ? new BigNum(r, prec) : new NumError("subtract-infinities");
  }

  /** a * b (operator *): rounded to 512 bits, keeping max(operand precisions, bits needed). */
  mul(o: BigNum): BigNum | NumError {
    const r = core.mul(this.bits, o.bits, PARSE_PREC);
    if (!r) return new NumError("multiply-zero-infinity");
    return new BigNum(r, Math.max(this.prec, o.prec, core.minPrec(r)));
  }

  /** a / b (operator /); x/0 is ±Inf, 0/0 and Inf/Inf fail. */
  quo(o: BigNum): BigNum | NumError {
    const prec = Math.max(this.prec, o.prec);
    const r = core.quo(this.bits, o.bits, prec);
    return r ? new BigNum(r, prec) : new NumError("divide-zero-zero-or-infinities");
  }

  /** a % b (operator %), cty's Modulo: a - b * trunc(a / b) at a's precision; a % 0 is a. */
  mod(o: BigNum): BigNum | NumError {
    if ([this, o].some((n) => n === BigNum.POS_INF || n === BigNum.NEG_INF)) {
      const r = this.mul(o);
      return r instanceof NumError ? new NumError("modulo-zero-infinity") : r;
    }
    if (o.bits.form === "zero") return this;
    const rat = core.quo(this.bits, o.bits, Math.max(this.prec, o.prec));
    if (!rat) return new NumError("modulo-zero-infinity");
    if (rat.form === "inf") return new NumError("modulo-infinite-dividend");
    const work = core.mul(o.bits, core.roundBits(core.trunc(rat).int, this.prec), this.prec);
    const r = work && core.add(this.bits, core.negate(work), this.prec);
    return r ? new BigNum(r, this.prec) : new NumError("modulo-zero-infinity");
  }

  /** -a (unary minus); -0 stays a negative zero. */
  neg(): BigNum {
    return new BigNum(core.negate(this.bits), this.prec);
  }

  /** abs(): the value without its sign. */
  abs(): BigNum {
    return new BigNum({ ...this.bits, neg: false }, this.prec);
  }

  /** floor(): the greatest whole number <= a (a zero result is +0; infinities pass through). */
  floor(): BigNum {
    return this.toWhole(this.bits.neg ? -1n : 0n);
  }

  /** ceil(): the smallest whole number >= a (a zero result is +0; infinities pass through). */
  ceil(): BigNum {
    return this.toWhole(this.bits.neg ? 0n : 1n);
  }

  private toWhole(stepIfInexact: bigint): BigNum {
    if (this.bits.form === "inf") return new BigNum(this.bits, this.prec);
    const { int, exact } = core.trunc(this.bits);
    const whole = exact || stepIfInexact === 0n ? int : bitsOfBigInt(core.toBigInt(int) + stepIfInexact);
    return new BigNum(core.roundBits(whole, this.prec), this.prec);
  }

  /** pow(a, b): computed on doubles with Go's math.Pow, result 53 bits. */
  pow(o: BigNum): BigNum | NumError {
    const x = this.toFloat64();
    const y = o.toFloat64();
    if (x === undefined || y === undefined) return new NumError("float64-range");
    return fromFloatResult(goPow(x, y));
  }

  /** log(a, base): Go's math.Log(a) / math.Log(base) on doubles, result 53 bits. */
  log(base: BigNum): BigNum | NumError {
    const x = this.toFloat64();
    const b = base.toFloat64();
    if (x === undefined || b === undefined) return new NumError("float64-range");
    return fromFloatResult(goLog(x) / goLog(b));
  }

  /** signum(): -1, 0 or 1 (64 bits); fails unless a is a whole number in the int64 range. */
  signum(): BigNum | NumError {
    const n = this.toInt64();
    if (n === undefined) return new NumError("int64-range");
    return BigNum.fromInt(n < 0n ? -1 : n > 0n ? 1 : 0);
  }

  /** Numeric comparison: -1, 0 or +1; -0 equals +0, precision is ignored. */
  cmp(o: BigNum): -1 | 0 | 1 {
    return core.cmp(this.bits, o.bits);
  }

  /** Numeric equality, as cty compares numbers (operator ==). */
  equals(o: BigNum): boolean {
    return core.cmp(this.bits, o.bits) === 0;
  }

  /** The integer part, truncated toward zero; undefined for infinities. */
  toBigInt(): bigint | undefined {
    return this.bits.form === "inf" ? undefined : core.toBigInt(core.trunc(this.bits).int);
  }

  /** The value as an int64 when it is a whole number in range (Go's Int64 with Exact); else undefined. */
  toInt64(): bigint | undefined {
    if (!this.isInteger()) return undefined;
    const n = core.toBigInt(this.bits);
    return n >= INT64_MIN && n <= INT64_MAX ? n : undefined;
  }

  /** The nearest double (Go's Float64): ±Infinity beyond the double range, -0 kept. */
  toNumber(): number {
    return toFloat64(this.bits);
  }

  /** The nearest double as gocty converts to float64: undefined when a finite value would become infinite. */
  toFloat64(): number | undefined {
    const f = toFloat64(this.bits);
    return Number.isFinite(f) || this.bits.form === "inf" ? f : undefined;
  }

  /** The double equal to this value, or undefined when none is (how cty's msgpack picks an encoding). */
  toNumberExact(): number | undefined {
    const f = toFloat64(this.bits);
    return core.cmp(fromFloat64(f), this.bits) === 0 ? f : undefined;
  }

  /** Terraform's text for the number (Go's Text('f', -1)): "-0", "+Inf", no exponent, shortest digits. */
  toString(): string {
    this.str ??= this.integerText() ?? (this.source && literalText(this.source)) ?? formatText(this.bits, this.prec, "f", -1);
    return this.str;
  }

  private integerText(): string | undefined {
    const b = this.bits;
    if (b.form === "zero") return b.neg ? "-0" : "0";
    if (b.form !== "finite" || b.exp !== 0) return undefined;
    if (!(b.mant < TWO53 && this.prec >= 53) && core.bitLen(b.mant) > this.prec) return undefined;
    return b.neg ? `-${b.mant}` : `${b.mant}`;
  }

  /** Go's Text(format, prec) for format("%e"/"%f"/"%g"...): prec digits, or shortest when prec < 0. */
  text(format: TextFormat, prec: number): string {
    return formatText(this.bits, this.prec, format, prec);
  }

  /** The value rounded to another precision (Go's SetPrec), for decoders that mimic cty's constructors. */
  withPrec(prec: number): BigNum {
    if (!Number.isInteger(prec) || prec < 1) throw new Error(`BigNum.withPrec: bad precision ${prec}`);
    return new BigNum(core.roundBits(this.bits, prec), prec);
  }
}

function bitsOfBigInt(n: bigint): Bits {
  return core.finite(n < 0n, n < 0n ? -n : n, 0);
}

function fromFloatResult(r: number): BigNum | NumError {
  return Number.isNaN(r) ? new NumError("nan-result") : BigNum.fromNumber(r);
}
