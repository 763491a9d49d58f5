import { daysIn, instantOf, type Instant } from "./instant.js";

// Go's time.Parse(time.RFC3339, s), which Terraform's date/time functions are built on. Go's parser is
// more lenient than RFC 3339 (a one-digit hour, a comma before the fraction, a "+24:00" offset) and
// its errors name the layout element that failed and the rest of the input at that point; Terraform
// turns those into its messages (see rfc3339.ts). Works on UTF-8 bytes, as Go does.

/** The parts of Go's *time.ParseError that Terraform reads. */
export interface TimeParseError {
  readonly kind: "parse-error";
  /** The layout element that failed ("2006", "01", "-", "T", "Z07:00"...), or "" for whole-value checks. */
  readonly layoutElem: string;
  /** The input at the failure: before the element for syntax errors, after it for range errors. */
  readonly valueElem: Uint8Array;
  /** ": month out of range", ": day out of range", ": extra text: ..." or "". */
  readonly message: string;
}

/** Builds a TimeParseError. */
export function parseError(layoutElem: string, valueElem: Uint8Array, message = ""): TimeParseError {
  return { kind: "parse-error", layoutElem, valueElem, message };
}

const DECODER = new TextDecoder();

interface Fields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  nanos: number;
  offset: number;
}

/** The outcome of one layout element: the rest of the input, and a syntax or range failure if any. */
interface Step {
  readonly rest: Uint8Array;
  readonly bad?: boolean;
  readonly range?: string;
}

type ElementParser = (value: Uint8Array, f: Fields) => Step;

const CHUNKS: readonly { prefix: string; elem: string; parse: ElementParser }[] = [
  { prefix: "", elem: "2006", parse: parseYear },
  { prefix: "-", elem: "01", parse: parseMonth },
  { prefix: "-", elem: "02", parse: parseDay },
  { prefix: "T", elem: "15", parse: parseHour },
  { prefix: ":", elem: "04", parse: parseMinute },
  { prefix: ":", elem: "05", parse: parseSecond },
  { prefix: "", elem: "Z07:00", parse: parseOffset },
];

/** Parses as Go's time.Parse(time.RFC3339, value) does, error details included. */
export function goParseRFC3339(value: Uint8Array): Instant | TimeParseError {
  const f: Fields = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0, nanos: 0, offset: 0 };
  let rest = value;
  for (const chunk of CHUNKS) {
    const afterPrefix = skip(rest, chunk.prefix);
    if (!afterPrefix) return parseError(chunk.prefix, rest);
    const step = chunk.parse(afterPrefix, f);
    if (step.range) return parseError(chunk.elem, step.rest, `: ${step.range} out of range`);
    if (step.bad) return parseError(chunk.elem, afterPrefix);
    rest = step.rest;
  }
  if (rest.length > 0) return parseError("", rest, ": extra text");
  if (f.day < 1 || f.day > daysIn(f.month, f.year)) return parseError("", rest, ": day out of range");
  return instantOf(f, f.nanos, f.offset);
}

function skip(value: Uint8Array, prefix: string): Uint8Array | undefined {
  for (let i = 0; i < prefix.length; i++) {
    if (i >= value.length || value[i] !== prefix.charCodeAt(i)) return undefined;
  }
  return value.subarray(prefix.length);
}

/** True when byte `i` of `s` exists and is an ASCII digit. */
export function isDigitAt(s: Uint8Array, i: number): boolean {
  return i < s.length && s[i]! >= 0x30 && s[i]! <= 0x39;
}

/** Go's getnum: one or two leading digits (exactly two when `fixed`). */
function getnum(s: Uint8Array, fixed: boolean): { n: number; rest: Uint8Array } | undefined {
  if (!isDigitAt(s, 0)) return undefined;
  if (!isDigitAt(s, 1)) return fixed ? undefined : { n: s[0]! - 0x30, rest: s.subarray(1) };
  return { n: (s[0]! - 0x30) * 10 + (s[1]! - 0x30), rest: s.subarray(2) };
}

function parseYear(value: Uint8Array, f: Fields): Step {
  if (value.length < 4 || !isDigitAt(value, 0)) return { rest: value, bad: true };
  for (let i = 1; i < 4; i++) if (!isDigitAt(value, i)) return { rest: value, bad: true };
  f.year = Number(DECODER.decode(value.subarray(0, 4)));
  return { rest: value.subarray(4) };
}

function parseMonth(value: Uint8Array, f: Fields): Step {
  const r = getnum(value, true);
  if (!r) return { rest: value, bad: true };
  f.month = r.n;
  return r.n <= 0 || r.n > 12 ? { rest: r.rest, range: "month" } : { rest: r.rest };
}

function parseDay(value: Uint8Array, f: Fields): Step {
  const r = getnum(value, true);
  if (!r) return { rest: value, bad: true };
  f.day = r.n;
  return { rest: r.rest };
}

function parseHour(value: Uint8Array, f: Fields): Step {
  const r = getnum(value, false);
  if (!r) return { rest: value, bad: true };
  f.hour = r.n;
  return r.n >= 24 ? { rest: r.rest, range: "hour" } : { rest: r.rest };
}

function parseMinute(value: Uint8Array, f: Fields): Step {
  const r = getnum(value, true);
  if (!r) return { rest: value, bad: true };
  f.minute = r.n;
  return r.n >= 60 ? { rest: r.rest, range: "minute" } : { rest: r.rest };
}

function parseSecond(value: Uint8Array, f: Fields): Step {
  const r = getnum(value, true);
  if (!r) return { rest: value, bad: true };
  f.second = r.n;
  if (r.n >= 60) return { rest: r.rest, range: "second" };
  const s = r.rest;
  if (s.length < 2 || (s[0] !== 0x2e && s[0] !== 0x2c) || !isDigitAt(s, 1)) return { rest: s };
  let n = 2;
  while (isDigitAt(s, n)) n++;
  f.nanos = fractionNanos(s.subarray(1, n));
  return { rest: s.subarray(n) };
}

/** Nanoseconds of a run of fraction digits; digits past the ninth are ignored, as Go does. */
export function fractionNanos(digits: Uint8Array): number {
  const text = DECODER.decode(digits.subarray(0, 9));
  return Number(text.padEnd(9, "0"));
}

function parseOffset(value: Uint8Array, f: Fields): Step {
  if (value.length >= 1 && value[0] === 0x5a) return { rest: value.subarray(1) };
  if (value.length < 6 || value[3] !== 0x3a) return { rest: value, bad: true };
  const hr = getnum(value.subarray(1, 3), true);
  const mm = hr ? getnum(value.subarray(4, 6), true) : undefined;
  const rest = value.subarray(6);
  const h = hr?.n ?? 0;
  const m = mm?.n ?? 0;
  const range = m > 60 ? "time zone offset minute" : h > 24 ? "time zone offset hour" : undefined;
  if (range) return { rest, range };
  const sign = value[0] === 0x2b ? 1 : value[0] === 0x2d ? -1 : 0;
  if (!hr || !mm || sign === 0) return { rest, bad: true };
  f.offset = sign * (h * 60 + m) * 60;
  return { rest };
}
