import { goQuote, utf8Bytes } from "./go-quote.js";
import { goParseRFC3339, isDigitAt, parseError, type TimeParseError } from "./go-time-parse.js";
import { ZERO_INSTANT, type Instant } from "./instant.js";

// Reading RFC 3339 timestamps with Terraform's exact error texts. Two readers exist in Terraform 1.11:
// cty's strict one (formatdate, timeadd), which rejects what RFC 3339 forbids but Go's parser lets
// through, and Terraform's own (timecmp), which is Go's time.Parse as is. Both turn Go's parse errors
// into "not a valid RFC3339 timestamp: ..." messages; cty's adds clearer texts for hour and minute.

/** Parses with cty's strict RFC 3339 reader; a string result is the error message. */
export function parseStrictTimestamp(s: string): Instant | string {
  const bytes = utf8Bytes(s);
  const parsed = goParseRFC3339(bytes);
  if ("kind" in parsed) return describe(parsed, true);
  if (isStrictRFC3339(bytes)) return parsed;
  const strictError = strictViolation(bytes);
  return strictError ? describe(strictError, true) : ZERO_INSTANT;
}

/** Parses with Go's time.Parse as Terraform's timecmp does; a string result is the error message. */
export function parseLenientTimestamp(s: string): Instant | string {
  const parsed = goParseRFC3339(utf8Bytes(s));
  return "kind" in parsed ? describe(parsed, false) : parsed;
}

/** Date and clock fields of cty's parseRFC3339: [offset, width, min, max]. */
const STRICT_FIELDS: readonly (readonly [number, number, number, number])[] = [
  [0, 4, 0, 9999],
  [5, 2, 1, 12],
  [8, 2, 1, 31],
  [11, 2, 0, 23],
  [14, 2, 0, 59],
  [17, 2, 0, 59],
];

/** cty's parseRFC3339: fixed positions, two-digit fields in range, "." fraction, "Z" or "±hh:mm". */
function isStrictRFC3339(s: Uint8Array): boolean {
  if (s.length < 19) return false;
  if (!STRICT_FIELDS.every(([at, width, lo, hi]) => inRange(s, at, width, lo, hi))) return false;
  if (!hasSeparators(s, [4, 0x2d], [7, 0x2d], [10, 0x54], [13, 0x3a], [16, 0x3a])) return false;
  return strictZone(afterFraction(s.subarray(19)));
}

function inRange(s: Uint8Array, at: number, width: number, lo: number, hi: number): boolean {
  let n = 0;
  for (let i = at; i < at + width; i++) {
    if (!isDigitAt(s, i)) return false;
    n = n * 10 + s[i]! - 0x30;
  }
  return n >= lo && n <= hi;
}

function hasSeparators(s: Uint8Array, ...seps: [number, number][]): boolean {
  return seps.every(([at, ch]) => s[at] === ch);
}

function afterFraction(s: Uint8Array): Uint8Array {
  if (s.length < 2 || s[0] !== 0x2e || !isDigitAt(s, 1)) return s;
  let n = 2;
  while (isDigitAt(s, n)) n++;
  return s.subarray(n);
}

function strictZone(s: Uint8Array): boolean {
  if (s.length === 1 && s[0] === 0x5a) return true;
  if (s.length !== 6 || (s[0] !== 0x2b && s[0] !== 0x2d) || s[3] !== 0x3a) return false;
  return inRange(s, 1, 2, 0, 23) && inRange(s, 4, 2, 0, 59);
}

/** cty's explanation of why Go accepted a timestamp that strict RFC 3339 does not. */
function strictViolation(s: Uint8Array): TimeParseError | undefined {
  const num2 = (at: number) => 10 * (s[at]! - 0x30) + (s[at + 1]! - 0x30);
  if (s[12] === 0x3a) return parseError("15", s.subarray(11, 12), ": hour must have two digits");
  if (s[19] === 0x2c) return parseError(".", utf8Bytes(","), ": sub-second separator must be a period");
  if (s[s.length - 1] !== 0x5a) {
    const zone = s.subarray(s.length - 6);
    if (num2(s.length - 5) >= 24) return parseError("Z07:00", zone, ": timezone hour out of range");
    if (num2(s.length - 2) >= 60) return parseError("Z07:00", zone, ": timezone minute out of range");
    return undefined;
  }
  return parseError("2006-01-02T15:04:05Z07:00", s);
}

const ELEMENT_NAMES: ReadonlyMap<string, string> = new Map([
  ["2006", "year"],
  ["01", "month"],
  ["02", "day of month"],
  ["15", "hour"],
  ["04", "minute"],
  ["05", "second"],
  ["Z07:00", "UTC offset"],
]);

const PREFIX = "not a valid RFC3339 timestamp";

/** Terraform's (and cty's, when `clock` is set) wording for a Go parse error. */
function describe(e: TimeParseError, clock: boolean): string {
  if (e.layoutElem === "" && e.valueElem.length === 0 && e.message !== "") return `${PREFIX}${e.message}`;
  if (e.layoutElem === "T") return `${PREFIX}: missing required time introducer 'T'`;
  if (e.layoutElem === ":" || e.layoutElem === "-") {
    return e.valueElem.length === 0
      ? `${PREFIX}: end of string where "${e.layoutElem}" is expected`
      : `${PREFIX}: found ${goQuote(e.valueElem)} where "${e.layoutElem}" is expected`;
  }
  const what = ELEMENT_NAMES.get(e.layoutElem) ?? "timestamp segment";
  if (e.valueElem.length === 0) return `${PREFIX}: end of string before ${what}`;
  return (clock && clockMessage(what, e.valueElem)) || `${PREFIX}: cannot use ${goQuote(e.valueElem)} as ${what}`;
}

function clockMessage(what: string, valueElem: Uint8Array): string | undefined {
  if (what === "hour" && valueElem.includes(0x3a)) return `${PREFIX}: hour must be between 0 and 23 inclusive`;
  if (what === "hour" && valueElem.length !== 2) return `${PREFIX}: hour must have exactly two digits`;
  if (what === "minute" && valueElem.length !== 2) return `${PREFIX}: minute must have exactly two digits`;
  return undefined;
}
