/**
 * Number to text as Go's big.Float.Text(format, prec) writes it for Terraform: exact decimal
 * expansion, round half to even, and for prec < 0 the shortest digits that identify the value at
 * its precision (Go's roundShortest, quirks included). Formats: 'e', 'E', 'f', 'g', 'G'.
 */
import { bitLen, trailingZeros, type Bits } from "./number-core.js";

/** The formats of big.Float.Text that Terraform uses. */
export type TextFormat = "e" | "E" | "f" | "g" | "G";

/** Go's decimal: digits without trailing zeros, value = 0.digits * 10**exp. */
interface Decimal {
  readonly mant: string;
  readonly exp: number;
}

const EMPTY: Decimal = { mant: "", exp: 0 };

/** Go's Float.Text(format, prec) for a value of precision bprec. */
export function formatText(b: Bits, bprec: number, format: TextFormat, prec: number): string {
  if (b.form === "inf") return b.neg ? "-Inf" : "+Inf";
  const sign = b.neg ? "-" : "";
  let d = b.form === "finite" ? toDecimal(b.mant, b.exp) : EMPTY;
  const shortest = prec < 0;
  if (shortest) {
    d = roundShortest(d, b, bprec);
    prec = format === "f" ? Math.max(d.mant.length - d.exp, 0) : format === "g" || format === "G" ? d.mant.length : d.mant.length - 1;
  } else if (format === "e" || format === "E") d = roundDecimal(d, 1 + prec);
  else if (format === "f") d = roundDecimal(d, d.exp + prec);
  else d = roundDecimal(d, prec === 0 ? (prec = 1) : prec);
  if (format === "f") return sign + fmtF(prec, d);
  if (format === "e" || format === "E") return sign + fmtE(format, prec, d);
  return sign + fmtG(format === "g" ? "e" : "E", prec, d, shortest);
}

/** Text('f', -1) of the decimal 0.mant * 10**exp (mant without leading or trailing zeros), unsigned. */
export function formatF(mant: string, exp: number): string {
  return fmtF(Math.max(mant.length - exp, 0), { mant, exp });
}

/** The exact decimal expansion of mant * 2**exp. */
function toDecimal(mant: bigint, exp: number): Decimal {
  if (exp < 0) {
    const s = Math.min(trailingZeros(mant), -exp);
    mant >>= BigInt(s);
    exp += s;
  }
  const digits = exp >= 0 ? (mant << BigInt(exp)).toString() : (mant * 5n ** BigInt(-exp)).toString();
  const point = exp >= 0 ? digits.length : digits.length + exp;
  return trimmed(digits, point);
}

function trimmed(mant: string, exp: number): Decimal {
  let n = mant.length;
  while (n > 0 && mant.charCodeAt(n - 1) === 48) n--;
  return n === 0 ? EMPTY : { mant: mant.slice(0, n), exp };
}

function digitAt(d: Decimal, i: number): number {
  return i >= 0 && i < d.mant.length ? d.mant.charCodeAt(i) : 48;
}

/** Go's roundShortest: the fewest digits inside the rounding interval of the value at bprec bits. */
function roundShortest(d: Decimal, b: Bits, bprec: number): Decimal {
  if (d.mant.length === 0) return d;
  const s = bitLen(b.mant) - (bprec + 1);
  const mant = s < 0 ? b.mant << BigInt(-s) : b.mant >> BigInt(s);
  const exp = b.exp + s;
  const lower = toDecimal(mant - 1n, exp);
  const upper = toDecimal(mant + 1n, exp);
  const inclusive = (mant & 2n) === 0n;
  for (let i = 0; i < d.mant.length; i++) {
    const l = digitAt(lower, i);
    const m = digitAt(d, i);
    const u = digitAt(upper, i);
    const okDown = l !== m || (inclusive && i + 1 === lower.mant.length);
    const okUp = m !== u && (inclusive || m + 1 < u || i + 1 < upper.mant.length);
    if (okDown && okUp) return roundDecimal(d, i + 1);
    if (okDown) return roundDown(d, i + 1);
    if (okUp) return roundUp(d, i + 1);
  }
  return d;
}

/** Go's decimal.round: keep n digits, round half to even. */
function roundDecimal(d: Decimal, n: number): Decimal {
  if (n < 0 || n >= d.mant.length) return d;
  return shouldRoundUp(d, n) ? roundUp(d, n) : roundDown(d, n);
}

function shouldRoundUp(d: Decimal, n: number): boolean {
  const c = d.mant.charCodeAt(n);
  if (c === 53 && n + 1 === d.mant.length) return n > 0 && (d.mant.charCodeAt(n - 1) - 48) % 2 === 1;
  return c >= 53;
}

function roundUp(d: Decimal, n: number): Decimal {
  if (n < 0 || n >= d.mant.length) return d;
  while (n > 0 && d.mant.charCodeAt(n - 1) >= 57) n--;
  if (n === 0) return { mant: "1", exp: d.exp + 1 };
  const last = String.fromCharCode(d.mant.charCodeAt(n - 1) + 1);
  return { mant: d.mant.slice(0, n - 1) + last, exp: d.exp };
}

function roundDown(d: Decimal, n: number): Decimal {
  if (n < 0 || n >= d.mant.length) return d;
  return trimmed(d.mant.slice(0, n), d.exp);
}

/** %f: integer digits (at least "0"), then prec fraction digits. */
function fmtF(prec: number, d: Decimal): string {
  let out = "0";
  if (d.exp > 0) out = d.mant.slice(0, d.exp).padEnd(d.exp, "0");
  if (prec <= 0) return out;
  let frac = "";
  for (let i = 0; i < prec; i++) frac += String.fromCharCode(digitAt(d, d.exp + i));
  return `${out}.${frac}`;
}

/** %e: one digit, prec fraction digits, then e±dd. */
function fmtE(e: "e" | "E", prec: number, d: Decimal): string {
  let out = d.mant.length > 0 ? d.mant[0]! : "0";
  if (prec > 0) out += "." + d.mant.slice(1, prec + 1).padEnd(prec, "0");
  const exp = d.mant.length > 0 ? d.exp - 1 : 0;
  const digits = String(Math.abs(exp)).padStart(2, "0");
  return `${out}${e}${exp < 0 ? "-" : "+"}${digits}`;
}

/** %g: %e for large or small exponents, %f otherwise, without trailing zeros. */
function fmtG(e: "e" | "E", prec: number, d: Decimal, shortest: boolean): string {
  let eprec = prec;
  if (eprec > d.mant.length && d.mant.length >= d.exp) eprec = d.mant.length;
  if (shortest) eprec = 6;
  const exp = d.exp - 1;
  if (exp < -4 || exp >= eprec) return fmtE(e, Math.min(prec, d.mant.length) - 1, d);
  return fmtF(Math.max((prec > d.exp ? d.mant.length : prec) - d.exp, 0), d);
}
