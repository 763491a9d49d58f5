import { describe } from "vitest";
import { datetimeFunctions } from "../../../../lang/funcs/datetime/index.js";
import { StringType } from "../../../../lang/types/type.js";
import { Mark } from "../../../../lang/values/marks.js";
import { Value } from "../../../../lang/values/value.js";
import { js, UNKNOWN } from "../../../helpers/values.js";
import { runTable, type FuncRow } from "./func-table.js";

// Expected values and messages were printed by Terraform v1.11.4 (`terraform console`).

const T = "2018-01-02T23:12:01Z";
const T2 = "2018-01-02T03:04:05Z";
const verbError = (tok: string, rule: string): FuncRow => ({
  args: [tok, T],
  error: `invalid date format verb "${tok}": ${rule}`,
  argIndex: 0,
});
const timeError = (time: unknown, message: string): FuncRow => ({
  args: ["YYYY", time],
  error: `not a valid RFC3339 timestamp: ${message}`,
  argIndex: 1,
});

const rows: FuncRow[] = [
  { args: ["DD MMM YYYY hh:mm ZZZ", T], want: "02 Jan 2018 23:12 UTC" },
  { args: ["EEEE, DD-MMM-YY hh:mm:ss ZZZ", T], want: "Tuesday, 02-Jan-18 23:12:01 UTC" },
  { args: ["EEE, DD MMM YYYY hh:mm:ss ZZZ", "2018-01-02T23:12:01-08:00"], want: "Tue, 02 Jan 2018 23:12:01 -0800" },
  { args: ["MMM DD, YYYY", T], want: "Jan 02, 2018" },
  { args: ["HH:mmaa", T], want: "11:12pm" },
  { args: ["h'h'mm", "2018-01-02T23:12:01-08:00"], want: "23h12" },
  { args: ["'abc'", T], want: "abc" },
  { args: ["DD 'o''clock'", T], want: "02 o'clock" },
  { args: ["''", T], want: "'" },
  { args: ["''''", T2], want: "''" },
  { args: ["'it''s' YYYY", T], want: "it's 2018" },
  { args: ["'abc''", T2], want: "abc'" },
  { args: ["M/D/YY h:m:s H HH AA aa", T2], want: "1/2/18 3:4:5 3 03 AM am" },
  { args: ["MMMM EEEE", "2018-09-30T12:00:00Z"], want: "September Sunday" },
  { args: ["H AA", "2018-09-30T00:00:00Z"], want: "12 AM" },
  { args: ["H AA", "2018-09-30T12:00:00Z"], want: "12 PM" },
  { args: ["YYYY-MM-DD", "0005-01-01T00:00:00Z"], want: "0005-01-01" },
  { args: ["YY", "2005-01-01T00:00:00Z"], want: "05" },
  { args: ["EEE EEEE", "0000-01-01T00:00:00Z"], want: "Sat Saturday" },
  { args: ["é YYYY 日本", T2], want: "é 2018 日本" },
  { args: ["", T2], want: "" },
  { args: ["12:34 - .,", T2], want: "12:34 - .," },
  { args: ["ss", "2018-01-02T03:04:05.999999999Z"], want: "05" },
  { args: ["Z ZZZ ZZZZ ZZZZZ", T], want: "Z UTC +0000 +00:00" },
  { args: ["Z ZZZ ZZZZ ZZZZZ", "2018-01-02T23:12:01+05:30"], want: "+05:30 +0530 +0530 +05:30" },
  { args: ["Z ZZZ ZZZZ ZZZZZ", "2018-01-02T23:12:01-00:00"], want: "Z UTC +0000 +00:00" },
  { args: ["Z", "2018-01-02T03:04:05-23:59"], want: "-23:59" },
  { args: [Value.unknown(StringType), T], want: UNKNOWN },
  { args: ["YYYY", Value.unknown(StringType)], want: UNKNOWN },
  { args: ["YYYY", js(T2).mark(Mark.Sensitive)], want: { sensitive: "2018" } },
  { args: ["'abc", T], error: "unterminated literal '", argIndex: 0 },
  { args: ["'", T], error: "unterminated literal '", argIndex: 0 },
  { args: ["YYYY'", T2], error: "unterminated literal '", argIndex: 0 },
  { args: ["'''", T2], error: "unterminated literal '", argIndex: 0 },
  { args: ["'a'b'", T2], error: 'invalid date format verb "b"', argIndex: 0 },
  { args: ["x", T], error: 'invalid date format verb "x"', argIndex: 0 },
  { args: ["Q", T], error: 'invalid date format verb "Q"', argIndex: 0 },
  verbError("YYY", 'year must either be "YY" or "YYYY"'),
  verbError("YYYYY", 'year must either be "YY" or "YYYY"'),
  verbError("MMMMM", 'month must be "M", "MM", "MMM", or "MMMM"'),
  verbError("DDD", 'day of month must either be "D" or "DD"'),
  verbError("EE", 'day of week must either be "EEE" or "EEEE"'),
  verbError("hhh", '24-hour must either be "h" or "hh"'),
  verbError("HHH", '12-hour must either be "H" or "HH"'),
  verbError("A", 'must be "AA"'),
  verbError("aaa", 'must be "aa"'),
  verbError("mmm", 'minute must either be "m" or "mm"'),
  verbError("sss", 'second must either be "s" or "ss"'),
  verbError("ZZ", "timezone must be Z, ZZZZ, or ZZZZZ"),
  verbError("ZZZZZZ", "timezone must be Z, ZZZZ, or ZZZZZ"),
  { args: ["YYY", "x"], error: 'not a valid RFC3339 timestamp: cannot use "x" as year', argIndex: 1 },
  timeError("2018-01-02", "missing required time introducer 'T'"),
  timeError("2018-01-02T3:04:05Z", "hour must have exactly two digits"),
  timeError("2018-01-02T03:04:05,5Z", 'cannot use "," as timestamp segment'),
  timeError("2018-01-02T03:04:05-24:00", 'cannot use "-24:00" as UTC offset'),
  timeError("2018-01-02T03:04:05+24:60", 'cannot use "+24:60" as UTC offset'),
  timeError("2018-01-02T03:04:05+00:60", 'cannot use "+00:60" as UTC offset'),
  timeError("2018-01-02T03:04:05+25:00", "end of string before UTC offset"),
  timeError("2018-01-02T03:04:05+00:61", "end of string before UTC offset"),
  timeError('2018-01-02T03:04:05"Z', 'cannot use "\\"Z" as UTC offset'),
  timeError("2018-01-02T03:04:05Z\t", 'cannot use "\\t" as timestamp segment'),
  timeError(2018, 'end of string where "-" is expected'),
];

describe("formatdate", () => runTable(datetimeFunctions, "formatdate", rows));
