import { StringType, listOf } from "../../types/type.js";
import { Value } from "../../values/value.js";
import { staticReturnType } from "../function.js";
import { ctyFunction } from "./cty-function.js";

// compact(list): cty's CompactFunc. Which elements survive depends on every element, so any unknown
// element makes the whole result unknown.

/** compact(list): the list of strings without its null and empty-string elements. */
export const compact = ctyFunction({
  description: "Removes all empty string elements from the given list of strings.",
  params: [{ name: "list", type: listOf(StringType) }],
  notNull: true,
  returnType: staticReturnType(listOf(StringType)),
  impl: ([list], retType) => {
    if (!list!.isWhollyKnown) return Value.unknown(retType);
    const kept = list!.elements().filter((v) => !v.isNull && v.asString() !== "");
    return Value.list(kept, StringType);
  },
});
