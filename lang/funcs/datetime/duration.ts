import { timeQuote, utf8Bytes } from "./go-quote.js";

// Go's time.ParseDuration, which timeadd uses for its duration argument: a signed sequence of decimal
// numbers, each with an optional fraction and a unit ("1h30m", "-1.5h", "300ms", "2us", "2µs").
// The result is exact nanoseconds as a bigint; fractions are scaled with float64 arithmetic as Go does.

const UNITS: ReadonlyMap<string, bigint> = new Map([
  ["ns", 1n],
  ["us", 1_000n],
  ["\u00b5s", 1_000n],
  ["\u03bcs", 1_000n],
  ["ms", 1_000_000n],
  ["s", 1_000_000_000n],
  ["m", 60_000_000_000n],
  ["h", 3_600_000_000_000n],
]);

const MAX_MAGNITUDE = 1n << 63n;
const DECODER = new TextDecoder();

/** Parses a Go duration string into nanoseconds; a string result is Go's error message. */
export function parseDuration(text: string): bigint | string {
  const orig = utf8Bytes(text);
  const invalid = `time: invalid duration ${timeQuote(orig)}`;
  let s = orig;
  let neg = false;
  if (s.length > 0 && (s[0] === 0x2d || s[0] === 0x2b)) {
    neg = s[0] === 0x2d;
    s = s.subarray(1);
  }
  if (s.length === 1 && s[0] === 0x30) return 0n;
  if (s.length === 0) return invalid;
  let total = 0n;
  while (s.length > 0) {
    const part = parsePart(s, orig);
    if (typeof part === "string") return part;
    total = BigInt.asUintN(64, total + part.ns); // Go's uint64 sum wraps
    if (total > MAX_MAGNITUDE) return invalid;
    s = part.rest;
  }
  if (neg) return -total;
  return total > MAX_MAGNITUDE - 1n ? invalid : total;
}

interface Part {
  readonly ns: bigint;
  readonly rest: Uint8Array;
}

function parsePart(s: Uint8Array, orig: Uint8Array): Part | string {
  const invalid = `time: invalid duration ${timeQuote(orig)}`;
  if (!(s[0] === 0x2e || isDigit(s[0]!))) return invalid;
  const whole = leadingInt(s);
  if (!whole) return invalid;
  let rest = whole.rest;
  let frac = { f: 0n, scale: 1, digits: 0 };
  if (rest.length > 0 && rest[0] === 0x2e) {
    frac = leadingFraction(rest.subarray(1));
    rest = rest.subarray(1 + frac.digits);
  }
  if (whole.digits === 0 && frac.digits === 0) return invalid;
  let i = 0;
  while (i < rest.length && rest[i] !== 0x2e && !isDigit(rest[i]!)) i++;
  if (i === 0) return `time: missing unit in duration ${timeQuote(orig)}`;
  const unitBytes = rest.subarray(0, i);
  const unit = UNITS.get(DECODER.decode(unitBytes));
  if (unit === undefined) {
    return `time: unknown unit ${timeQuote(unitBytes)} in duration ${timeQuote(orig)}`;
  }
  return scale(whole.v, frac, unit, rest.subarray(i)) ?? invalid;
}

function scale(v: bigint, frac: { f: bigint; scale: number }, unit: bigint, rest: Uint8Array): Part | undefined {
  if (v > MAX_MAGNITUDE / unit) return undefined;
  let ns = v * unit;
  if (frac.f > 0n) {
    ns += BigInt(Math.trunc(Number(frac.f) * (Number(unit) / frac.scale)));
    if (ns > MAX_MAGNITUDE) return undefined;
  }
  return { ns, rest };
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Go's leadingInt: the leading digits as an integer, failing past 2^63. */
function leadingInt(s: Uint8Array): { v: bigint; digits: number; rest: Uint8Array } | undefined {
  let v = 0n;
  let i = 0;
  for (; i < s.length && isDigit(s[i]!); i++) {
    if (v > MAX_MAGNITUDE / 10n) return undefined;
    v = v * 10n + BigInt(s[i]! - 0x30);
    if (v > MAX_MAGNITUDE) return undefined;
  }
  return { v, digits: i, rest: s.subarray(i) };
}

/** Go's leadingFraction: digits after the point, stopping precision (not consumption) on overflow. */
function leadingFraction(s: Uint8Array): { f: bigint; scale: number; digits: number } {
  let f = 0n;
  let scaleBy = 1;
  let overflow = false;
  let i = 0;
  for (; i < s.length && isDigit(s[i]!); i++) {
    if (overflow) continue;
    if (f > (MAX_MAGNITUDE - 1n) / 10n) {
      overflow = true;
      continue;
    }
    const y = f * 10n + BigInt(s[i]! - 0x30);
    if (y > MAX_MAGNITUDE) {
      overflow = true;
      continue;
    }
    f = y;
    scaleBy *= 10;
  }
  return { f, scale: scaleBy, digits: i };
}
