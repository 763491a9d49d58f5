import { StringType, listOf, mapOf } from "../../types/type.js";
import { Value } from "../../values/value.js";
import { FuncError, staticReturnType } from "../function.js";
import { ctyFunction } from "./cty-function.js";
import { sortedGoEntries } from "./go-strings.js";
import { compareCodePoints } from "../../text/code-point-order.js";

// transpose(values): Terraform's TransposeFunc. Each string in each list becomes a key whose value is
// the sorted list of the keys whose lists held it.

const RESULT = mapOf(listOf(StringType));

/** transpose(values): a map of lists of strings with keys and values swapped. */
export const transpose = ctyFunction({
  description: "Takes a map of lists of strings and swaps the keys and values to produce a new map of lists of strings.",
  params: [{ name: "values", type: RESULT }],
  notNull: true,
  returnType: staticReturnType(RESULT),
  impl: ([input]) => {
    if (!input!.isWhollyKnown) return Value.unknown(RESULT);
    const swapped = new Map<string, string[]>();
    for (const [key, list] of sortedGoEntries(input!.entries())) {
      if (list.isNull) return new FuncError("input must not contain null list");
      for (const v of list.elements()) {
        if (v.isNull) return new FuncError("input list must not contain null string");
        const keys = swapped.get(v.asString()) ?? [];
        keys.push(key);
        swapped.set(v.asString(), keys);
      }
    }
    const out = new Map<string, Value>();
    for (const [k, keys] of swapped) {
      out.set(k, Value.list(keys.sort(compareCodePoints).map((s) => Value.string(s)), StringType));
    }
    return Value.map(out, listOf(StringType));
  },
});
