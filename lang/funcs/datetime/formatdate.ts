import { StringType } from "../../types/type.js";
import { Value } from "../../values/value.js";
import { FuncError, staticReturnType, type FunctionSpec } from "../function.js";
import { formatDate } from "./date-format.js";
import { parseStrictTimestamp } from "./rfc3339.js";

/** formatdate(format, time): renders an RFC 3339 timestamp in formatdate's own format language. */
export const formatdateFunction: FunctionSpec = {
  description:
    "Converts a timestamp into a different time format, as described by a format specification string.",
  params: [
    { name: "format", type: StringType },
    { name: "time", type: StringType },
  ],
  returnType: staticReturnType(StringType),
  impl: ([format, time]) => {
    const t = parseStrictTimestamp(time!.asString());
    if (typeof t === "string") return new FuncError(t, 1);
    const out = formatDate(format!.asString(), t);
    return typeof out === "string" ? Value.string(out) : new FuncError(out.error, 0);
  },
};
