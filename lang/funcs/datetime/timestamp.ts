import { StringType } from "../../types/type.js";
import { Value } from "../../values/value.js";
import { staticReturnType, type FunctionSpec } from "../function.js";
import { formatRFC3339, type Instant } from "./instant.js";

// The functions that read a clock: timestamp() reads the current time (and so is impure: the caller
// makes it unknown while planning), plantimestamp() the time the plan was made, fixed for a whole plan.

/** timestamp(): the current time as an RFC 3339 string in UTC, to whole seconds. */
export const timestampFunction: FunctionSpec = {
  description: "Returns a UTC timestamp string in RFC 3339 format.",
  params: [],
  returnType: staticReturnType(StringType),
  impl: () => Value.string(formatRFC3339(instantFromDate(new Date()))),
  impure: true,
};

/** plantimestamp(): the plan's timestamp (ctx.planTimestamp) in RFC 3339, unknown when there is none. */
export const plantimestampFunction: FunctionSpec = {
  description:
    "Returns a UTC timestamp string in RFC 3339 format, fixed to a constant time representing the time of the plan.",
  params: [],
  returnType: staticReturnType(StringType),
  impl: (_args, _ret, ctx) =>
    ctx.planTimestamp ? Value.string(formatRFC3339(instantFromDate(ctx.planTimestamp))) : Value.unknown(StringType),
};

/** A JS Date as a UTC instant (its milliseconds become nanoseconds). */
export function instantFromDate(d: Date): Instant {
  const ms = d.getTime();
  const seconds = Math.floor(ms / 1000);
  return { seconds, nanos: (ms - seconds * 1000) * 1_000_000, offset: 0 };
}
