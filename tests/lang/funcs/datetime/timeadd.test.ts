import { describe } from "vitest";
import { datetimeFunctions } from "../../../../lang/funcs/datetime/index.js";
import { StringType } from "../../../../lang/types/type.js";
import { Mark } from "../../../../lang/values/marks.js";
import { Value } from "../../../../lang/values/value.js";
import { js, UNKNOWN } from "../../../helpers/values.js";
import { runTable, type FuncRow } from "./func-table.js";

// Expected values and messages were printed by Terraform v1.11.4 (`terraform console`).

const BASE = "2017-11-22T00:00:00Z";
const T = "2018-01-02T03:04:05Z";
const add = (duration: string, want: string, from = BASE): FuncRow => ({ args: [from, duration], want });
const durationError = (duration: string, error: string): FuncRow => ({ args: [BASE, duration], error });
const stampError = (stamp: string, message: string): FuncRow => ({
  args: [stamp, "0s"],
  error: `not a valid RFC3339 timestamp: ${message}`,
});

const rows: FuncRow[] = [
  add("10m", "2017-11-22T00:10:00Z"),
  add("1h", "2017-11-22T01:00:00Z"),
  add("1h30m", "2017-11-22T01:30:00Z"),
  add("-10s", "2017-11-21T23:59:50Z"),
  add("1.5h", "2017-11-22T01:30:00Z"),
  add("-1.5h", "2017-11-21T22:30:00Z"),
  add("300ms", "2017-11-22T00:00:00Z"),
  add("1us", "2017-11-22T00:00:00Z"),
  add("1µs", "2017-11-22T00:00:00Z"),
  add("1μs", "2017-11-22T00:00:00Z"),
  add("1ns", "2017-11-22T00:00:00Z"),
  add("0", "2017-11-22T00:00:00Z"),
  add("-0", "2017-11-22T00:00:00Z"),
  add("+5m", "2017-11-22T00:05:00Z"),
  add(".5h", "2017-11-22T00:30:00Z"),
  add("5.h", "2017-11-22T05:00:00Z"),
  add("-.5m", "2017-11-21T23:59:30Z"),
  add("1h1h1h", "2017-11-22T03:00:00Z"),
  add("8760h", "2018-11-22T00:00:00Z"),
  add("9223372036854775807ns", "2310-03-03T23:47:16Z"),
  add("2562047h", "2310-03-03T23:00:00Z"),
  add("1.0000000001s", "2017-11-22T00:00:01Z"),
  add("0.1h0.1h", "2018-01-02T03:16:05Z", T),
  add("1.00000000000000000000000001h", "2018-01-02T04:04:05Z", T),
  add("-9223372036854775808ns", "1725-09-23T03:16:48Z", T),
  add("9223372036854775808ns9223372036854775808ns", T, T),
  add("-1h", "-0001-12-31T23:00:00Z", "0000-01-01T00:00:00Z"),
  add("8760h", "10000-12-30T23:00:00Z", "9999-12-31T23:00:00Z"),
  add("1h", "2018-01-02T04:04:05+05:30", "2018-01-02T03:04:05+05:30"),
  add("1h", "2018-01-02T04:04:05Z", "2018-01-02T03:04:05-00:00"),
  add("0s", "2018-01-02T03:04:05-23:59", "2018-01-02T03:04:05-23:59"),
  add("1ns", "2018-01-02T03:04:06Z", "2018-01-02T03:04:05.999999999Z"),
  add("100ms", "2018-01-02T03:04:06Z", "2018-01-02T03:04:05.9Z"),
  add("-1.9s", "2018-01-02T03:04:04Z", "2018-01-02T03:04:05.9Z"),
  add("0s", "2018-01-02T03:04:05Z", "2018-01-02T03:04:05.123456789Z"),
  add("24h", "2016-02-29T12:00:00Z", "2016-02-28T12:00:00Z"),
  { args: [Value.unknown(StringType), "1h"], want: UNKNOWN },
  { args: [BASE, Value.unknown(StringType)], want: UNKNOWN },
  { args: [js(BASE).mark(Mark.Sensitive), "1h"], want: { sensitive: "2017-11-22T01:00:00Z" } },
  durationError("", 'time: invalid duration ""'),
  durationError("5", 'time: missing unit in duration "5"'),
  durationError("abc", 'time: invalid duration "abc"'),
  durationError("1d", 'time: unknown unit "d" in duration "1d"'),
  durationError("1h-5m", 'time: unknown unit "h-" in duration "1h-5m"'),
  durationError(".", 'time: invalid duration "."'),
  durationError("-", 'time: invalid duration "-"'),
  durationError("+", 'time: invalid duration "+"'),
  durationError("1..5h", 'time: missing unit in duration "1..5h"'),
  durationError("0.5.5s", 'time: missing unit in duration "0.5.5s"'),
  durationError("1h.", 'time: invalid duration "1h."'),
  durationError("1e3s", 'time: unknown unit "e" in duration "1e3s"'),
  durationError("1h 30m", 'time: unknown unit "h " in duration "1h 30m"'),
  durationError("1H", 'time: unknown unit "H" in duration "1H"'),
  durationError("9223372036854775808ns", 'time: invalid duration "9223372036854775808ns"'),
  durationError("2562048h", 'time: invalid duration "2562048h"'),
  durationError("100000000000000000000ns", 'time: invalid duration "100000000000000000000ns"'),
  durationError("1d€", 'time: unknown unit "d\\xe2\\x82\\xac" in duration "1d\\xe2\\x82\\xac"'),
  durationError("€", 'time: invalid duration "\\xe2\\x82\\xac"'),
  { args: [BASE, 1], error: 'time: missing unit in duration "1"' },
  { args: ["x", "bad"], error: 'not a valid RFC3339 timestamp: cannot use "x" as year' },
  stampError("", "end of string before year"),
  stampError("18-01-02T23:59:59Z", 'cannot use "18-01-02T23:59:59Z" as year'),
  stampError("2018/01/02T23:59:59Z", 'found "/01/02T23:59:59Z" where "-" is expected'),
  stampError("2018-1-02T23:59:59Z", 'cannot use "1-02T23:59:59Z" as month'),
  stampError("2018-13-02T03:04:05Z", 'cannot use "-02T03:04:05Z" as month'),
  stampError("2018-01-2T23:59:59Z", 'cannot use "2T23:59:59Z" as day of month'),
  stampError("2018-02-30T03:04:05Z", "day out of range"),
  stampError("2018-02-29T03:04:05Z", "day out of range"),
  stampError("2018-01-02t23:59:59Z", "missing required time introducer 'T'"),
  stampError("2018-01-02T24:04:05Z", "hour must be between 0 and 23 inclusive"),
  stampError("2018-01-02T3:04:05Z", "hour must have exactly two digits"),
  stampError("2018-01-02T23-59:59Z", 'found "-59:59Z" where ":" is expected'),
  stampError("2018-01-02T23:60:05Z", "minute must have exactly two digits"),
  stampError("2018-01-02T23:5:59Z", "minute must have exactly two digits"),
  stampError("2018-01-02T23:59:60Z", 'cannot use "Z" as second'),
  stampError("2018-01-02T23:59:59", "end of string before UTC offset"),
  stampError("2018-01-02T23:59:59.Z", 'cannot use ".Z" as UTC offset'),
  stampError("2018-01-02T23:59:59z", 'cannot use "z" as UTC offset'),
  stampError("2018-01-02T03:04:05\n", 'cannot use "\\n" as UTC offset'),
  stampError("2018-01-02T23:59:59Zx", 'cannot use "x" as timestamp segment'),
  stampError("2018-01-02T03:04:05Zé", 'cannot use "é" as timestamp segment'),
  stampError("2018-01-02T03:04:05+24:00", 'cannot use "+24:00" as UTC offset'),
];

describe("timeadd", () => runTable(datetimeFunctions, "timeadd", rows));
