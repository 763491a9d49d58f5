import { daysIn, goDate, type GoTime } from "./go-time.js";

// Go's time.Parse(time.RFC3339, s), with its leniency (one-digit hours, "," or "." fractions, offsets
// up to 24:60) and its exact error texts, such as
// `parsing time "2020-13-01T00:00:00Z": month out of range` or
// `parsing time "x" as "2006-01-02T15:04:05Z07:00": cannot parse "x" as "2006"`.

const LAYOUT = "2006-01-02T15:04:05Z07:00";

/** A failed parse: Go's error text. */
export interface ParseFailure {
  readonly error: string;
}

/** Parses an RFC 3339 timestamp as Go's time.Parse does. */
export function parseRFC3339(value: string): GoTime | ParseFailure {
  const p = new Parser(value);
  try {
    return p.parse();
  } catch (e) {
    if (e instanceof Failure) return { error: e.message };
    throw e;
  }
}

class Failure extends Error {}

class Parser {
  private rest: string;

  constructor(private readonly value: string) {
    this.rest = value;
  }

  parse(): GoTime {
    const year = this.longYear();
    this.skip("-");
    const month = this.num("01", true, (m) => (m <= 0 || m > 12 ? "month" : undefined));
    this.skip("-");
    const day = this.num("02", true, () => undefined);
    this.skip("T");
    const hour = this.num("15", false, (h) => (h < 0 || h >= 24 ? "hour" : undefined));
    this.skip(":");
    const minute = this.num("04", true, (m) => (m < 0 || m >= 60 ? "minute" : undefined));
    this.skip(":");
    const second = this.num("05", true, (s) => (s < 0 || s >= 60 ? "second" : undefined));
    const nsec = this.fraction();
    const offset = this.zone();
    if (this.rest.length > 0) throw this.fail(`: extra text: ${goQuote(this.rest)}`);
    if (day < 1 || day > daysIn(month, year)) throw this.fail(": day out of range");
    return goDate({ year, month, day, hour, minute, second }, nsec, offset);
  }

  private longYear(): number {
    const hold = this.rest;
    if (hold.length < 4 || !isDigit(hold, 0) || !/^[0-9]{4}$/.test(hold.slice(0, 4))) throw this.cannot(hold, "2006");
    this.rest = hold.slice(4);
    return Number(hold.slice(0, 4));
  }

  private skip(prefix: string): void {
    if (!this.rest.startsWith(prefix)) throw this.cannot(this.rest, prefix);
    this.rest = this.rest.slice(prefix.length);
  }

  /** getnum: one or two digits (exactly two when `fixed`), then the range check. */
  private num(elem: string, fixed: boolean, range: (n: number) => string | undefined): number {
    const hold = this.rest;
    if (!isDigit(hold, 0) || (fixed && !isDigit(hold, 1))) throw this.cannot(hold, elem);
    const width = isDigit(hold, 1) ? 2 : 1;
    const n = Number(hold.slice(0, width));
    this.rest = hold.slice(width);
    const what = range(n);
    if (what !== undefined) throw this.fail(`: ${what} out of range`);
    return n;
  }

  /** A fraction after the seconds, which Go accepts though the layout has none. */
  private fraction(): number {
    const v = this.rest;
    if (v.length < 2 || (v[0] !== "." && v[0] !== ",") || !isDigit(v, 1)) return 0;
    let n = 2;
    while (n < v.length && isDigit(v, n)) n++;
    const digits = v.slice(1, Math.min(n, 10));
    this.rest = v.slice(n);
    return Number(digits) * 10 ** (9 - digits.length);
  }

  /** "Z", or a signed hh:mm offset. */
  private zone(): number {
    const hold = this.rest;
    if (hold.startsWith("Z")) {
      this.rest = hold.slice(1);
      return 0;
    }
    if (hold.length < 6 || hold[3] !== ":") throw this.cannot(hold, "Z07:00");
    const [sign, hh, mm] = [hold[0], hold.slice(1, 3), hold.slice(4, 6)];
    this.rest = hold.slice(6);
    // As Go: the minutes are read only when the hours were, and a range error wins over a bad sign.
    const h = twoDigits(hh);
    const m = h === undefined ? 0 : twoDigits(mm);
    let range: string | undefined;
    if ((h ?? 0) > 24) range = "time zone offset hour";
    if ((m ?? 0) > 60) range = "time zone offset minute";
    if (range !== undefined) throw this.fail(`: ${range} out of range`);
    if (h === undefined || m === undefined || (sign !== "+" && sign !== "-")) throw this.cannot(hold, "Z07:00");
    const offset = (h * 60 + m) * 60;
    return sign === "-" ? -offset : offset;
  }

  private cannot(valueElem: string, layoutElem: string): Failure {
    return this.fail(` as ${goQuote(LAYOUT)}: cannot parse ${goQuote(valueElem)} as ${goQuote(layoutElem)}`);
  }

  private fail(message: string): Failure {
    return new Failure(`parsing time ${goQuote(this.value)}${message}`);
  }
}

function twoDigits(s: string): number | undefined {
  return /^[0-9]{2}$/.test(s) ? Number(s) : undefined;
}

function isDigit(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
}

/** The time package's quote(): double quotes, `"` and `\` escaped, other bytes outside ASCII print as \xNN. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x80 || c < 0x20) {
      for (const b of Buffer.from(ch, "utf8")) out += `\\x${b.toString(16).padStart(2, "0")}`;
    } else {
      out += ch === '"' || ch === "\\" ? `\\${ch}` : ch;
    }
  }
  return out + '"';
}
