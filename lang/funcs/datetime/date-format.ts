import { civilFields, formatOffset, type CivilFields, type Instant } from "./instant.js";

// formatdate's own format language (cty's): runs of one repeated ASCII letter are verbs ("YYYY",
// "MMM", "hh", "ZZZZZ"), text between single quotes is literal ('' is a quote), and anything else
// is copied through. Errors name the offending verb as Terraform does.

const QUOTE = "'";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** Renders `t` in the given format; a `{ error }` result is the message for the format argument. */
export function formatDate(format: string, t: Instant): string | { readonly error: string } {
  const f = civilFields(t);
  let out = "";
  for (const tok of tokenize(format)) {
    const piece = tok.startsWith(QUOTE) ? literal(tok) : isLetter(tok) ? verb(tok, f, t.offset) : tok;
    if (typeof piece !== "string") return piece;
    out += piece;
  }
  return out;
}

/** Splits a format as cty's scanner does: quoted literals, letter runs, and other text runs. */
export function tokenize(format: string): string[] {
  const tokens: string[] = [];
  for (let i = 0; i < format.length; ) {
    const end = tokenEnd(format, i);
    tokens.push(format.slice(i, end));
    i = end;
  }
  return tokens;
}

function tokenEnd(s: string, i: number): number {
  const c = s[i]!;
  if (c === QUOTE) return quotedEnd(s, i);
  let j = i + 1;
  if (isLetter(c)) {
    while (j < s.length && s[j] === c) j++;
  } else {
    while (j < s.length && s[j] !== QUOTE && !isLetter(s[j]!)) j++;
  }
  return j;
}

function quotedEnd(s: string, i: number): number {
  if (s[i + 1] === QUOTE) return i + 2;
  for (let j = i + 1; j < s.length; j++) {
    if (s[j] !== QUOTE) continue;
    if (j + 1 === s.length) return s.length;
    if (s[j + 1] === QUOTE) {
      j++;
      continue;
    }
    return j + 1;
  }
  return s.length;
}

function isLetter(c: string): boolean {
  const code = c.charCodeAt(0);
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function literal(tok: string): string | { error: string } {
  if (tok.length === 1 || !tok.endsWith(QUOTE)) return { error: "unterminated literal '" };
  if (tok.length === 2) return QUOTE;
  const raw = tok.slice(1, -1);
  let out = "";
  for (let i = 0; i < raw.length; i++) {
    out += raw[i];
    if (raw[i] === QUOTE) i++;
  }
  return out;
}

type VerbRenderer = (n: number, f: CivilFields, offset: number) => string | undefined;

const pad2 = (n: number) => String(n).padStart(2, "0");
const numeric = (value: (f: CivilFields) => number): VerbRenderer => (n, f) =>
  n === 1 ? String(value(f)) : n === 2 ? pad2(value(f)) : undefined;
const hour12 = (f: CivilFields) => f.hour % 12 || 12;
const meridiem = (upper: boolean): VerbRenderer => (n, f) =>
  n !== 2 ? undefined : f.hour < 12 ? (upper ? "AM" : "am") : upper ? "PM" : "pm";

const VERBS: ReadonlyMap<string, { render: VerbRenderer; rule: string }> = new Map([
  ["Y", { render: renderYear, rule: 'year must either be "YY" or "YYYY"' }],
  ["M", { render: renderMonth, rule: 'month must be "M", "MM", "MMM", or "MMMM"' }],
  ["D", { render: numeric((f) => f.day), rule: 'day of month must either be "D" or "DD"' }],
  ["E", { render: renderWeekday, rule: 'day of week must either be "EEE" or "EEEE"' }],
  ["h", { render: numeric((f) => f.hour), rule: '24-hour must either be "h" or "hh"' }],
  ["H", { render: numeric(hour12), rule: '12-hour must either be "H" or "HH"' }],
  ["A", { render: meridiem(true), rule: 'must be "AA"' }],
  ["a", { render: meridiem(false), rule: 'must be "aa"' }],
  ["m", { render: numeric((f) => f.minute), rule: 'minute must either be "m" or "mm"' }],
  ["s", { render: numeric((f) => f.second), rule: 'second must either be "s" or "ss"' }],
  ["Z", { render: renderZone, rule: "timezone must be Z, ZZZZ, or ZZZZZ" }],
]);

function verb(tok: string, f: CivilFields, offset: number): string | { error: string } {
  const spec = VERBS.get(tok[0]!);
  if (!spec) return { error: `invalid date format verb "${tok}"` };
  return spec.render(tok.length, f, offset) ?? { error: `invalid date format verb "${tok}": ${spec.rule}` };
}

function renderYear(n: number, f: CivilFields): string | undefined {
  if (n === 2) return pad2(f.year % 100);
  return n === 4 ? String(f.year).padStart(4, "0") : undefined;
}

function renderMonth(n: number, f: CivilFields): string | undefined {
  const name = MONTHS[f.month - 1]!;
  return [String(f.month), pad2(f.month), name.slice(0, 3), name][n - 1];
}

function renderWeekday(n: number, f: CivilFields): string | undefined {
  const name = WEEKDAYS[f.weekday]!;
  return n === 3 ? name.slice(0, 3) : n === 4 ? name : undefined;
}

function renderZone(n: number, _f: CivilFields, offset: number): string | undefined {
  if (n === 1) return formatOffset(offset, true, true);
  if (n === 3) return offset === 0 ? "UTC" : formatOffset(offset, false, false);
  if (n === 4) return formatOffset(offset, false, false);
  return n === 5 ? formatOffset(offset, true, false) : undefined;
}
