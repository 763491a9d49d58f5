import { StringType } from "../../types/type.js";
import { Value } from "../../values/value.js";
import { FuncError, staticReturnType, type FunctionSpec } from "../function.js";
import { parseDuration } from "./duration.js";
import { addNanos, formatRFC3339 } from "./instant.js";
import { parseStrictTimestamp } from "./rfc3339.js";

/** timeadd(timestamp, duration): adds a Go duration to an RFC 3339 timestamp, keeping its UTC offset. */
export const timeaddFunction: FunctionSpec = {
  description:
    "Adds a duration to a timestamp, returning a new timestamp in RFC 3339 format.",
  params: [
    { name: "timestamp", type: StringType },
    { name: "duration", type: StringType },
  ],
  returnType: staticReturnType(StringType),
  impl: ([timestamp, duration]) => {
    const t = parseStrictTimestamp(timestamp!.asString());
    if (typeof t === "string") return new FuncError(t);
    const d = parseDuration(duration!.asString());
    if (typeof d === "string") return new FuncError(d);
    return Value.string(formatRFC3339(addNanos(t, d)));
  },
};
