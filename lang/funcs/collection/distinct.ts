import { DynamicPseudoType, listOf, type ListType } from "../../types/type.js";
import { Value } from "../../values/value.js";
import { ctyFunction } from "./cty-function.js";
import { valueEquals } from "../../values/equality.js";

// distinct(list): cty's DistinctFunc. The first occurrence of each value is kept, in order; a tuple
// argument arrives already converted to a list of one element type.

/** distinct(list): the list without repeated elements. */
export const distinct = ctyFunction({
  description: "Removes any duplicate values from the given list, preserving the order of remaining elements.",
  params: [{ name: "list", type: listOf(DynamicPseudoType) }],
  notNull: true,
  returnType: ([list]) => list!.type,
  impl: ([list], retType) => {
    if (!list!.isWhollyKnown) return Value.unknown(retType);
    const kept: Value[] = [];
    for (const v of list!.elements()) {
      if (!kept.some((k) => valueEquals(k, v) === true)) kept.push(v);
    }
    return Value.list(kept, (retType as ListType).element);
  },
});
