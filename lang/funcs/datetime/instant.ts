// A point in time with nanosecond precision and the UTC offset it was written with: the part of Go's
// time.Time (with a fixed zone) that Terraform's date/time functions use. JS Date keeps only
// milliseconds, so instants are whole seconds since the Unix epoch plus a nanosecond remainder.

/** An instant: `seconds` since 1970-01-01T00:00:00Z, `nanos` in [0, 1e9), `offset` in seconds east of UTC. */
export interface Instant {
  readonly seconds: number;
  readonly nanos: number;
  readonly offset: number;
}

/** Calendar and clock fields of an instant in its own offset. */
export interface CivilFields {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** 0 for Sunday through 6 for Saturday, as Go's time.Weekday. */
  readonly weekday: number;
}

const NANOS_PER_SECOND = 1_000_000_000n;

/** Days from 1970-01-01 to the given proleptic Gregorian date (any year, month 1-12). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The proleptic Gregorian date that is `days` after 1970-01-01. */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Days in a month of a year, leap years included. */
export function daysIn(month: number, year: number): number {
  if (month === 2) return isLeap(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeap(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** The instant written as the given (valid) local date and time at `offset` seconds east of UTC. */
export function instantOf(f: Omit<CivilFields, "weekday">, nanos: number, offset: number): Instant {
  const days = daysFromCivil(f.year, f.month, f.day);
  return { seconds: days * 86400 + f.hour * 3600 + f.minute * 60 + f.second - offset, nanos, offset };
}

/** Go's zero time.Time, 0001-01-01T00:00:00Z. */
export const ZERO_INSTANT: Instant = instantOf({ year: 1, month: 1, day: 1, hour: 0, minute: 0, second: 0 }, 0, 0);

/** The calendar and clock fields of an instant in its own offset. */
export function civilFields(t: Instant): CivilFields {
  const local = t.seconds + t.offset;
  const days = Math.floor(local / 86400);
  const secOfDay = local - days * 86400;
  return {
    ...civilFromDays(days),
    hour: Math.floor(secOfDay / 3600),
    minute: Math.floor((secOfDay % 3600) / 60),
    second: secOfDay % 60,
    weekday: (((days + 4) % 7) + 7) % 7,
  };
}

/** The instant `ns` nanoseconds later (earlier when negative), keeping the offset (Go's Time.Add). */
export function addNanos(t: Instant, ns: bigint): Instant {
  const total = BigInt(t.seconds) * NANOS_PER_SECOND + BigInt(t.nanos) + ns;
  let seconds = total / NANOS_PER_SECOND;
  let nanos = total % NANOS_PER_SECOND;
  if (nanos < 0n) {
    nanos += NANOS_PER_SECOND;
    seconds -= 1n;
  }
  return { seconds: Number(seconds), nanos: Number(nanos), offset: t.offset };
}

/** -1, 0 or 1 as `a` is before, at or after `b` (offsets do not matter). */
export function compareInstants(a: Instant, b: Instant): -1 | 0 | 1 {
  if (a.seconds !== b.seconds) return a.seconds < b.seconds ? -1 : 1;
  if (a.nanos !== b.nanos) return a.nanos < b.nanos ? -1 : 1;
  return 0;
}

/** Go's appendInt for a year: at least four digits, a leading minus sign for years before 1 BC's 0. */
export function formatYear(year: number): string {
  const digits = String(Math.abs(year)).padStart(4, "0");
  return year < 0 ? `-${digits}` : digits;
}

/**
 * The UTC offset as Go formats it: "+hh:mm" (colon) or "+hhmm", and "Z" for a zero offset when
 * `zulu` is set (the Z07:00 layout element).
 */
export function formatOffset(offset: number, colon: boolean, zulu: boolean): string {
  if (zulu && offset === 0) return "Z";
  let zone = Math.trunc(offset / 60);
  const sign = zone < 0 ? "-" : "+";
  zone = Math.abs(zone);
  const hh = String(Math.floor(zone / 60)).padStart(2, "0");
  const mm = String(zone % 60).padStart(2, "0");
  return colon ? `${sign}${hh}:${mm}` : `${sign}${hh}${mm}`;
}

/** Go's t.Format(time.RFC3339): whole seconds, the instant's own offset, "Z" for UTC. */
export function formatRFC3339(t: Instant): string {
  const f = civilFields(t);
  const two = (n: number) => String(n).padStart(2, "0");
  const date = `${formatYear(f.year)}-${two(f.month)}-${two(f.day)}`;
  return `${date}T${two(f.hour)}:${two(f.minute)}:${two(f.second)}${formatOffset(t.offset, true, true)}`;
}
