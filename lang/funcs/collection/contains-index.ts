import { BoolType, DynamicPseudoType, NumberType } from "../../types/type.js";
import { Value } from "../../values/value.js";
import { FuncError, staticReturnType } from "../function.js";
import { ctyFunction } from "./cty-function.js";
import { valueEquals } from "../../values/equality.js";

// contains(list, value) is cty's ContainsFunc, index(list, value) Terraform's IndexFunc. Both compare
// with cty's Equals, so values of different types never match (contains(["1"], 1) is false). contains
// keeps looking past an undecidable comparison for a definite match; index gives up at the first one.

/** contains(list, value): whether the list, tuple or set has an element equal to value. */
export const contains = ctyFunction({
  description: "Returns true if the given value is a value in the given list, tuple, or set, or false otherwise.",
  params: [
    { name: "list", type: DynamicPseudoType },
    { name: "value", type: DynamicPseudoType },
  ],
  notNull: true,
  returnType: staticReturnType(BoolType),
  impl: ([list, value]) => {
    const kind = list!.type.kind;
    if (kind !== "list" && kind !== "tuple" && kind !== "set") return new FuncError("argument must be list, tuple, or set");
    let undecided = false;
    for (const el of list!.elements()) {
      const eq = valueEquals(value!, el);
      if (eq === true) return Value.bool(true);
      if (eq === undefined) undecided = true;
    }
    return undecided ? Value.unknown(BoolType) : Value.bool(false);
  },
});

/** index(list, value): the index of the first element equal to value. */
export const index = ctyFunction({
  description: "Finds the element index for a given value in a list.",
  params: [
    { name: "list", type: DynamicPseudoType },
    { name: "value", type: DynamicPseudoType },
  ],
  notNull: true,
  returnType: staticReturnType(NumberType),
  impl: ([list, value]) => {
    const kind = list!.type.kind;
    if (kind !== "list" && kind !== "tuple") return new FuncError("argument must be a list or tuple");
    const elements = list!.elements();
    if (elements.length === 0) return new FuncError("cannot search an empty list");
    for (let i = 0; i < elements.length; i++) {
      const eq = valueEquals(elements[i]!, value!);
      if (eq === undefined) return Value.unknown(NumberType);
      if (eq) return Value.numberFrom(i);
    }
    return new FuncError("item not found");
  },
});
