import { NumberType, StringType } from "../../types/type.js";
import { Value } from "../../values/value.js";
import { FuncError, staticReturnType, type FunctionSpec } from "../function.js";
import { compareInstants } from "./instant.js";
import { parseLenientTimestamp } from "./rfc3339.js";

/** timecmp(a, b): -1, 0 or 1 as instant `a` is before, equal to or after `b`, offsets considered. */
export const timecmpFunction: FunctionSpec = {
  description:
    "Compares two timestamps and returns a number that represents the ordering of the instants those timestamps represent.",
  params: [
    { name: "timestamp_a", type: StringType },
    { name: "timestamp_b", type: StringType },
  ],
  returnType: staticReturnType(NumberType),
  impl: ([a, b]) => {
    const ta = parseLenientTimestamp(a!.asString());
    if (typeof ta === "string") return new FuncError(ta, 0);
    const tb = parseLenientTimestamp(b!.asString());
    if (typeof tb === "string") return new FuncError(tb, 1);
    return Value.numberFrom(compareInstants(ta, tb));
  },
};
