import { friendlyName } from "../../types/type-string.js";
import { DynamicPseudoType, listOf, tupleOf, type ListType } from "../../types/type.js";
import { Value } from "../../values/value.js";
import { FuncError } from "../function.js";
import { ctyFunction } from "./cty-function.js";

// reverse(list): cty's ReverseListFunc. A tuple stays a tuple with its element types reversed; a list
// stays a list; a set becomes a list of its elements in reverse set order.

/** reverse(list): the sequence with its elements in the opposite order. */
export const reverse = ctyFunction({
  description: "Returns the given list with its elements in reverse order.",
  params: [{ name: "list", type: DynamicPseudoType, allowMarked: true }],
  notNull: true,
  returnType: ([list]) => {
    const t = list!.type;
    if (t.kind === "tuple") return tupleOf([...t.elements].reverse());
    if (t.kind === "list" || t.kind === "set") return listOf(t.element);
    return new FuncError(`can only reverse list or tuple values, not ${friendlyName(t)}`, 0);
  },
  impl: ([list], retType) => {
    const out = [...list!.unmark().elements()].reverse();
    const v = retType.kind === "tuple" ? Value.tuple(out) : Value.list(out, (retType as ListType).element);
    return v.mark(list!.marks);
  },
});
