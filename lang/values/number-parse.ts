/**
 * Text to number, as Go parses it for Terraform: big.ParseFloat(s, 10, prec, ToNearestEven)
 * (HCL number literals, tonumber, JSON) including its intermediate roundings of powers of five,
 * and big.Int.SetString(s, base) (parseint).
 */
import { formatF } from "./number-format.js";
import { MAX_EXP, MIN_EXP, bitLen, finite, inf, mul, quo, round, zero, type Bits } from "./number-core.js";

const SMALL_INT = /^[+-]?\d{1,15}$/;
const FLOAT = /^([+-]?)(?:(\d+)(?:\.(\d*))?|\.(\d+))(?:([eEpP])([+-]?\d+))?$/;
const INF = /^[+-]?[Ii]nf$/;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** Go's big.ParseFloat(text, 10, prec, ToNearestEven); undefined where Go reports an error. */
export function parseGoFloat(text: string, prec: number): Bits | undefined {
  if (SMALL_INT.test(text)) return finite(text[0] === "-", BigInt(text.replace(/^[+-]/, "")), 0);
  if (INF.test(text)) return inf(text[0] === "-");
  const m = FLOAT.exec(text);
  if (!m) return undefined;
  const neg = m[1] === "-";
  const frac = m[3] ?? m[4] ?? "";
  const mant = BigInt((m[2] ?? "") + frac);
  const exp = m[6] === undefined ? 0n : BigInt(m[6]);
  if (exp < INT64_MIN || exp > INT64_MAX) return undefined;
  if (mant === 0n) return zero(neg);
  const binary = m[5] === "p" || m[5] === "P";
  const exp2 = BigInt(bitLen(mant) - frac.length) + exp;
  if (exp2 < BigInt(MIN_EXP) || exp2 > BigInt(MAX_EXP)) return undefined;
  const exp5 = Number((binary ? 0n : exp) - BigInt(frac.length));
  const z = finite(neg, mant, Number(exp2) - bitLen(mant));
  return scaleByPow5(z, exp5, prec);
}

/**
 * The Text('f', -1) of a parsed decimal literal, when it is certain to be the literal itself: at most
 * 100 significant digits and |exp5| <= 248, so parsing rounds correctly (5**|exp5| is exact in 576
 * bits) and no other decimal that short lies within half an ulp of the 512-bit value.
 */
export function literalText(text: string): string | undefined {
  const m = FLOAT.exec(text);
  if (!m || m[5] === "p" || m[5] === "P" || (m[6] !== undefined && m[6].length > 5)) return undefined;
  const frac = m[3] ?? m[4] ?? "";
  const all = (m[2] ?? "") + frac;
  const exp = m[6] === undefined ? 0 : Number(m[6]);
  const lead = all.search(/[1-9]/);
  if (lead < 0) return m[1] === "-" ? "-0" : "0";
  const digits = all.slice(lead).replace(/0+$/, "");
  if (digits.length > 100 || Math.abs(exp - frac.length) > 248) return undefined;
  return (m[1] === "-" ? "-" : "") + formatF(digits, all.length - lead - frac.length + exp);
}

/** z * 5**exp5 rounded to prec, with 5**|exp5| computed as big.Float's pow5 does. */
function scaleByPow5(z: Bits, exp5: number, prec: number): Bits {
  if (exp5 === 0) return round(z.neg, z.mant, z.exp, prec);
  const p = pow5(Math.abs(exp5), prec + 64);
  return (exp5 < 0 ? quo(z, p, prec) : mul(z, p, prec))!;
}

const POW5_27 = 5n ** 27n;

/** Go's (*Float).pow5: exact up to 5**27, then squarings rounded to prec and prec + 64 bits. */
function pow5(n: number, prec: number): Bits {
  if (n <= 27) return finite(false, 5n ** BigInt(n), 0);
  let z: Bits = finite(false, POW5_27, 0);
  let f: Bits = finite(false, 5n, 0);
  for (let i = n - 27; i > 0; i = Math.floor(i / 2)) {
    if (i % 2 === 1) z = mul(z, f, prec)!;
    f = mul(f, f, prec + 64)!;
  }
  return z;
}

/** Go's big.Int.SetString(text, base) for 2 <= base <= 62; undefined when Go rejects the text. */
export function parseGoInt(text: string, base: number): bigint | undefined {
  if (!Number.isInteger(base) || base < 2 || base > 62) throw new Error(`parseGoInt: bad base ${base}`);
  const neg = text[0] === "-";
  const digits = text[0] === "-" || text[0] === "+" ? text.slice(1) : text;
  if (digits === "") return undefined;
  let n = 0n;
  const b = BigInt(base);
  for (const ch of digits) {
    const d = digitValue(ch, base);
    if (d >= base) return undefined;
    n = n * b + BigInt(d);
  }
  return neg ? -n : n;
}

function digitValue(ch: string, base: number): number {
  const c = ch.charCodeAt(0);
  if (ch.length !== 1) return Infinity;
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 97 + 10;
  if (c >= 65 && c <= 90) return base <= 36 ? c - 65 + 10 : c - 65 + 36;
  return Infinity;
}
