// The parts of Go's time.Time the time provider relies on: an instant with the fixed UTC offset it
// was written with, its calendar fields in that offset, AddDate and Add with Go's normalisation
// (Jan 31 plus one month is Mar 3, or Mar 2 in a leap year), and Format(time.RFC3339).

import { civilFromDays, daysFromCivil } from "../../../lang/funcs/datetime/instant.js";

/** An instant (Unix seconds and nanoseconds) and the UTC offset its fields are read in. */
export interface GoTime {
  readonly sec: number;
  readonly nsec: number;
  /** Seconds east of UTC. */
  readonly offset: number;
}

/** The calendar and clock fields of a time, in its own offset. */
export interface GoFields {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

const DAY = 86400;

/** Go's zero Time: January 1, year 1, 00:00:00 UTC. */
export const ZERO_TIME: GoTime = { sec: daysFromCivil(1, 1, 1) * DAY, nsec: 0, offset: 0 };

/** A JS Date as a UTC time (time.Now().UTC()). */
export function fromDate(d: Date): GoTime {
  const ms = d.getTime();
  const sec = Math.floor(ms / 1000);
  return { sec, nsec: (ms - sec * 1000) * 1e6, offset: 0 };
}

/** time.Date: fields that may overflow (month 13, day 0, ...) normalised into an instant. */
export function goDate(f: GoFields, nsec: number, offset: number): GoTime {
  const m0 = f.month - 1;
  const year = f.year + Math.floor(m0 / 12);
  const month = m0 - Math.floor(m0 / 12) * 12 + 1;
  const days = daysFromCivil(year, month, 1) + f.day - 1;
  const sec = days * DAY + f.hour * 3600 + f.minute * 60 + f.second - offset;
  return { sec, nsec, offset };
}

/** The calendar fields of `t` in its offset. */
export function fieldsOf(t: GoTime): GoFields {
  const local = t.sec + t.offset;
  const days = Math.floor(local / DAY);
  const secOfDay = local - days * DAY;
  const { year: y, month: m, day: d } = civilFromDays(days);
  return { year: y, month: m, day: d, hour: Math.floor(secOfDay / 3600), minute: Math.floor(secOfDay / 60) % 60, second: secOfDay % 60 };
}

/** t.AddDate(years, months, days). */
export function addDate(t: GoTime, years: number, months: number, days: number): GoTime {
  const f = fieldsOf(t);
  return goDate({ ...f, year: f.year + years, month: f.month + months, day: f.day + days }, t.nsec, t.offset);
}

/** t.Add(d) for a whole number of seconds. */
export function addSeconds(t: GoTime, seconds: number): GoTime {
  return { ...t, sec: t.sec + seconds };
}

/** True when `a` is after `b` (t.After). */
export function isAfter(a: GoTime, b: GoTime): boolean {
  return a.sec > b.sec || (a.sec === b.sec && a.nsec > b.nsec);
}

/** t.Format(time.RFC3339): seconds precision, "Z" for a zero offset, else "+hh:mm". */
export function formatRFC3339(t: GoTime): string {
  const f = fieldsOf(t);
  const year = f.year < 0 ? `-${pad(-f.year, 4)}` : pad(f.year, 4);
  const date = `${year}-${pad(f.month, 2)}-${pad(f.day, 2)}T${pad(f.hour, 2)}:${pad(f.minute, 2)}:${pad(f.second, 2)}`;
  return date + formatOffset(t.offset);
}

function formatOffset(offset: number): string {
  if (offset === 0) return "Z";
  const zone = Math.trunc(offset / 60);
  const abs = Math.abs(zone);
  return `${zone < 0 ? "-" : "+"}${pad(Math.floor(abs / 60), 2)}:${pad(abs % 60, 2)}`;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}



/** The number of days in a month of a year (Go's daysIn). */
export function daysIn(month: number, year: number): number {
  return daysFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - daysFromCivil(year, month, 1);
}
