import { describe } from "vitest";
import { datetimeFunctions } from "../../../../lang/funcs/datetime/index.js";
import { StringType } from "../../../../lang/types/type.js";
import { Mark } from "../../../../lang/values/marks.js";
import { Value } from "../../../../lang/values/value.js";
import { js, UNKNOWN } from "../../../helpers/values.js";
import { runTable, type FuncRow } from "./func-table.js";

// Expected values and messages were printed by Terraform v1.11.4 (`terraform console`). timecmp
// reads timestamps with Go's lenient time.Parse, unlike formatdate and timeadd.

const Z = "2018-01-02T03:04:05Z";
const cmp = (a: string, b: string, want: number): FuncRow => ({ args: [a, b], want });
const bad = (argIndex: number, stamp: string, message: string): FuncRow => ({
  args: argIndex === 0 ? [stamp, Z] : [Z, stamp],
  error: `not a valid RFC3339 timestamp: ${message}`,
  argIndex,
});

const rows: FuncRow[] = [
  cmp(Z, "2018-01-02T03:04:06Z", -1),
  cmp("2018-01-02T05:04:05+02:00", Z, 0),
  cmp("2018-01-02T03:04:05+01:00", Z, -1),
  cmp("2018-01-02T03:04:05.000000001Z", Z, 1),
  cmp("2018-01-02T03:04:05.0000000001Z", Z, 0),
  cmp(Z, "2018-01-02T03:04:05.123456789123Z", -1),
  cmp("2018-01-02T3:04:05Z", Z, 0),
  cmp("2018-01-02T03:04:05,5Z", Z, 1),
  cmp("2018-01-02T03:04:05-24:00", Z, 1),
  cmp("2018-01-02T03:04:05-24:00", "2018-01-03T03:04:05Z", 0),
  cmp(Z, "2018-01-02T03:04:05+24:60", 1),
  cmp("2018-01-02T03:04:05-23:60", Z, 1),
  cmp("0000-01-01T00:00:00Z", Z, -1),
  cmp("9999-12-31T23:59:59-23:59", Z, 1),
  { args: [Value.unknown(StringType), Z], want: UNKNOWN },
  { args: [js(Z).mark(Mark.Sensitive), Z], want: { sensitive: 0 } },
  { args: [null, Z], error: "argument must not be null", argIndex: 0 },
  { args: ["x", "y"], error: 'not a valid RFC3339 timestamp: cannot use "x" as year', argIndex: 0 },
  bad(1, "x", 'cannot use "x" as year'),
  bad(0, "", "end of string before year"),
  bad(0, "2018-01-02T24:04:05Z", 'cannot use ":04:05Z" as hour'),
  bad(0, "2018-01-02T23:60:05Z", 'cannot use ":05Z" as minute'),
  bad(0, "2018-01-02T23:5:05Z", 'cannot use "5:05Z" as minute'),
  bad(0, "2018-13-02T03:04:05Z", 'cannot use "-02T03:04:05Z" as month'),
  bad(0, "2018-1-02T03:04:05Z", 'cannot use "1-02T03:04:05Z" as month'),
  bad(0, "2018-01-02T03:04:5Z", 'cannot use "5Z" as second'),
  bad(0, "2018-01-0\u00e9T03:04:05Z", 'cannot use "0éT03:04:05Z" as day of month'),
  bad(1, "2018-02-30T03:04:05Z", "day out of range"),
  bad(1, "2018-01-02T03:04:05+25:00", "end of string before UTC offset"),
  bad(1, "2018-01-02T03:04:05+00:61", "end of string before UTC offset"),
  bad(1, "2018-01-02T03:04:05", "end of string before UTC offset"),
  bad(0, "2018-01-02T03:04:05.5", "end of string before UTC offset"),
  bad(0, "2018-01-02T03:04:05.Z", 'cannot use ".Z" as UTC offset'),
  bad(1, "2018-01-02T03:04:05Zjunk", 'cannot use "junk" as timestamp segment'),
  bad(1, "2018-01-02t03:04:05Z", "missing required time introducer 'T'"),
];

describe("timecmp", () => runTable(datetimeFunctions, "timecmp", rows));
