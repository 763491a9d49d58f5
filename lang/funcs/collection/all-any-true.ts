import { BoolType, listOf } from "../../types/type.js";
import { Value } from "../../values/value.js";
import { staticReturnType } from "../function.js";
import { ctyFunction } from "./cty-function.js";

// alltrue(list) and anytrue(list): Terraform's own functions over a list of bools. Both walk the list
// in order and stop as soon as the answer is decided, so an unknown element only makes the result
// unknown when it is reached before a deciding element (alltrue([false, unknown]) is false).

/** alltrue(list): true when every element is true (null counts as false); true for an empty list. */
export const alltrue = ctyFunction({
  description: "Returns true if all elements in a given collection are true or \"true\". It also returns true if the collection is empty.",
  params: [{ name: "list", type: listOf(BoolType) }],
  notNull: true,
  returnType: staticReturnType(BoolType),
  impl: ([list]) => {
    for (const v of list!.elements()) {
      if (!v.isKnown) return Value.unknown(BoolType);
      if (v.isNull || !v.asBool()) return Value.bool(false);
    }
    return Value.bool(true);
  },
});

/** anytrue(list): true when any element is true; false for an empty list. */
export const anytrue = ctyFunction({
  description: "Returns true if any element in a given collection is true or \"true\". It also returns false if the collection is empty.",
  params: [{ name: "list", type: listOf(BoolType) }],
  notNull: true,
  returnType: staticReturnType(BoolType),
  impl: ([list]) => {
    let sawUnknown = false;
    for (const v of list!.elements()) {
      if (!v.isKnown) sawUnknown = true;
      else if (!v.isNull && v.asBool()) return Value.bool(true);
    }
    return sawUnknown ? Value.unknown(BoolType) : Value.bool(false);
  },
});
