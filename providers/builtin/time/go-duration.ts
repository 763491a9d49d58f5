import { goQuote } from "./go-time-parse.js";

// Go's time.ParseDuration: a possibly signed sequence of decimal numbers, each with an optional
// fraction and a unit (ns, us, µs, μs, ms, s, m, h), such as "1h30m" or "1.5s"; nanoseconds as a
// bigint, or Go's error text.

const UNITS: ReadonlyMap<string, bigint> = new Map([
  ["ns", 1n],
  ["us", 1000n],
  ["µs", 1000n],
  ["μs", 1000n],
  ["ms", 1_000_000n],
  ["s", 1_000_000_000n],
  ["m", 60_000_000_000n],
  ["h", 3_600_000_000_000n],
]);

const MAX = 1n << 63n;

/** The duration in nanoseconds, or Go's error text. */
export function parseDuration(text: string): bigint | { readonly error: string } {
  const invalid = { error: `time: invalid duration ${goQuote(text)}` };
  let s = text;
  let neg = false;
  if (s !== "" && (s[0] === "-" || s[0] === "+")) {
    neg = s[0] === "-";
    s = s.slice(1);
  }
  if (s === "0") return 0n;
  if (s === "") return invalid;
  let total = 0n;
  while (s !== "") {
    const m = /^([0-9]*)(?:\.([0-9]*))?/.exec(s)!;
    const [whole, frac] = [m[1]!, m[2]];
    if (whole === "" && !frac) return invalid;
    s = s.slice(m[0].length);
    const unitText = /^[^0-9.]*/.exec(s)![0];
    if (unitText === "") return { error: `time: missing unit in duration ${goQuote(text)}` };
    s = s.slice(unitText.length);
    const unit = UNITS.get(unitText);
    if (unit === undefined) return { error: `time: unknown unit ${goQuote(unitText)} in duration ${goQuote(text)}` };
    const v = BigInt(whole || "0");
    if (v > MAX / unit) return invalid;
    let part = v * unit;
    if (frac) part += fractionOf(frac, unit);
    if (part > MAX) return invalid;
    total += part;
    if (total > MAX) return invalid;
  }
  if (neg) return -total;
  return total > MAX - 1n ? invalid : total;
}

/** The fraction's share of a unit, truncated as Go's float64 arithmetic does for up to 18 digits. */
function fractionOf(digits: string, unit: bigint): bigint {
  const kept = digits.slice(0, 18);
  const f = Number(kept);
  if (f === 0) return 0n;
  return BigInt(Math.floor(f * (Number(unit) / 10 ** kept.length)));
}
