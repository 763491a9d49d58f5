/**
 * Go's math.Pow and math.Log on linux/amd64 (the platform Terraform's releases are checked against),
 * ported operation by operation so that pow() and log() give Terraform's exact doubles. Exp and Log
 * follow Go's amd64 assembly (Exp in its FMA variant, used on CPUs with AVX2 and FMA).
 */
import { add, mul } from "./number-core.js";
import { fromFloat64, ldexp, toFloat64 } from "./number-float64.js";

/** Go's math.Log (amd64 assembly). */
export function goLog(x: number): number {
  if (x === 0) return -Infinity;
  if (x < 0 || Object.is(x, -0)) return NaN;
  if (!(x < Infinity)) return x;
  let [f1, k] = asmFrexp(x);
  if (f1 <= Math.SQRT1_2) {
    k -= 1;
    f1 *= 2;
  }
  const f = f1 - 1;
  const s = f / (2 + f);
  const s2 = s * s;
  const s4 = s2 * s2;
  const t1 = s2 * (L1 + s4 * (L3 + s4 * (L5 + s4 * L7)));
  const t2 = s4 * (L2 + s4 * (L4 + s4 * L6));
  const hfsq = 0.5 * f * f;
  return k * LN2_HI - (hfsq - (s * (t1 + t2 + hfsq) + k * LN2_LO) - f);
}

const LN2_HI = 6.93147180369123816490e-1;
const LN2_LO = 1.90821492927058770002e-10;
const L1 = 6.666666666666735130e-1;
const L2 = 3.999999999940941908e-1;
const L3 = 2.857142874366239149e-1;
const L4 = 2.222219843214978396e-1;
const L5 = 1.818357216161805012e-1;
const L6 = 1.531383769920937332e-1;
const L7 = 1.479819860511658591e-1;

const view = new DataView(new ArrayBuffer(8));

/** The assembly's frexp: mantissa bits under the exponent of 0.5, without normalising denormals. */
function asmFrexp(x: number): [number, number] {
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const k = ((hi >>> 20) & 0x7ff) - 0x3fe;
  view.setUint32(0, (hi & 0x800fffff) | 0x3fe00000);
  return [view.getFloat64(0), k];
}

/** Go's math.Exp (amd64 assembly, FMA variant). */
export function goExp(x: number): number {
  if (x === -Infinity) return 0;
  if (!Number.isFinite(x)) return x;
  if (x > 7.09782712893384e2) return Infinity;
  const k = cvtsd2si(x * LOG2E);
  let x0 = fma(-k, LN2U, x);
  x0 = fma(-k, LN2L, x0) * 0.0625;
  let x1 = EXP_COEFFS[0]!;
  for (const c of EXP_COEFFS.slice(1)) x1 = fma(x1, x0, c);
  x0 *= x1;
  for (let i = 0; i < 3; i++) x0 *= x0 + 2;
  x0 = fma(x0, x0 + 2, 1);
  const biased = k + 0x3ff;
  if (biased <= 0) return 0;
  if (biased >= 0x7ff) return Infinity;
  return x0 * 2 ** k;
}

const LOG2E = 1.442695040888963407359924681001892;
const LN2U = 0.69314718055966295651160180568695068359375;
const LN2L = 0.28235290563031577122588448175013436025525412068e-12;
const EXP_COEFFS = [
  2.4801587301587301587e-5, 1.9841269841269841270e-4, 1.3888888888888888889e-3, 8.3333333333333333333e-3,
  4.1666666666666666667e-2, 1.6666666666666666667e-1, 0.5, 1.0,
];

/** x86 CVTSD2SI to int32: round half to even; out of range gives the "integer indefinite" value. */
function cvtsd2si(t: number): number {
  if (!(t > -2147483648.5 && t < 2147483647.5)) return -2147483648;
  let r = Math.round(t);
  if (Math.abs(t - Math.trunc(t)) === 0.5 && r % 2 !== 0) r -= 1;
  return r;
}

/** Fused multiply-add a * b + c with a single rounding. */
export function fma(a: number, b: number, c: number): number {
  if (!Number.isFinite(a) || !Number.isFinite(b) || !Number.isFinite(c)) return a * b + c;
  const product = mul(fromFloat64(a), fromFloat64(b), Infinity)!;
  return toFloat64(add(product, fromFloat64(c), Infinity)!);
}

/** Go's math.Pow (Go 1.23, pure Go with the amd64 Exp and Log). */
export function goPow(x: number, y: number): number {
  const special = powSpecial(x, y);
  if (special !== undefined) return special;
  const yAbs = Math.abs(y);
  let yi = Math.trunc(yAbs);
  let yf = yAbs - yi;
  if (yf !== 0 && x < 0) return NaN;
  if (yi >= 2 ** 63) return x === -1 ? 1 : (Math.abs(x) < 1) === y > 0 ? 0 : Infinity;
  let a1 = 1;
  let ae = 0;
  if (yf !== 0) {
    if (yf > 0.5) {
      yf--;
      yi++;
    }
    a1 = goExp(yf * goLog(x));
  }
  let [x1, xe] = frexp(x);
  for (let i = yi; i !== 0; i = Math.floor(i / 2)) {
    if (xe < -(1 << 12) || 1 << 12 < xe) {
      ae += xe;
      break;
    }
    if (i % 2 === 1) {
      a1 *= x1;
      ae += xe;
    }
    x1 *= x1;
    xe *= 2;
    if (x1 < 0.5) {
      x1 += x1;
      xe--;
    }
  }
  return y < 0 ? ldexp(1 / a1, -ae) : ldexp(a1, ae);
}

function powSpecial(x: number, y: number): number | undefined {
  if (y === 0 || x === 1) return 1;
  if (y === 1) return x;
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === 0) return powOfZero(x, y);
  if (!Number.isFinite(y)) return x === -1 ? 1 : (Math.abs(x) < 1) === (y > 0) ? 0 : Infinity;
  if (x === -Infinity) return goPow(1 / x, -y);
  if (x === Infinity) return y < 0 ? 0 : Infinity;
  if (y === 0.5) return Math.sqrt(x);
  if (y === -0.5) return 1 / Math.sqrt(x);
  return undefined;
}

function powOfZero(x: number, y: number): number {
  if (y < 0) return isOddInt(y) ? (Object.is(x, -0) ? -Infinity : Infinity) : Infinity;
  return isOddInt(y) ? x : 0;
}

function isOddInt(x: number): boolean {
  return Math.abs(x) < 2 ** 53 && Number.isInteger(x) && Math.abs(x) % 2 === 1;
}

/** Go's math.Frexp: x = frac * 2**exp with 0.5 <= |frac| < 1. */
function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  let e = 0;
  if (Math.abs(x) < 2.2250738585072014e-308) {
    x *= 2 ** 52;
    e = -52;
  }
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  e += ((hi >>> 20) & 0x7ff) - 1022;
  view.setUint32(0, (hi & 0x800fffff) | 0x3fe00000);
  return [view.getFloat64(0), e];
}
