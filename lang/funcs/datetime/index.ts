// Terraform's date and time functions: formatdate, timeadd, timecmp, timestamp and plantimestamp.
// Timestamps are RFC 3339 strings read with nanosecond precision (instant.ts) by ports of Go's and
// cty's parsers (go-time-parse.ts, rfc3339.ts), so results and error texts match Terraform 1.11.

import type { FunctionSpec } from "../function.js";
import { formatdateFunction } from "./formatdate.js";
import { timeaddFunction } from "./timeadd.js";
import { timecmpFunction } from "./timecmp.js";
import { plantimestampFunction, timestampFunction } from "./timestamp.js";

/** The date/time functions by name, for the function registry. */
export const datetimeFunctions: ReadonlyMap<string, FunctionSpec> = new Map([
  ["formatdate", formatdateFunction],
  ["plantimestamp", plantimestampFunction],
  ["timeadd", timeaddFunction],
  ["timecmp", timecmpFunction],
  ["timestamp", timestampFunction],
]);
