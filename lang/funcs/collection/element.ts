import { friendlyName } from "../../types/type-string.js";
import { DynamicPseudoType, NumberType, type Type } from "../../types/type.js";
import { Value } from "../../values/value.js";
import { FuncError, type FuncResult } from "../function.js";
import { ctyFunction } from "./cty-function.js";
import { wholeNumber } from "./whole-number.js";

// element(list, index): cty's ElementFunc as of Terraform 1.10+, where the index wraps around in both
// directions (element(l, -1) is the last element). Terraform 1.11's cty (v1.16.0) only applies the
// negative wrap to lists and crashes on a tuple with a negative index; here tuples wrap the same way,
// as cty's later fix does.

/** element(list, index): the element at index modulo the length. */
export const element = ctyFunction({
  description:
    "Returns the element with the given index from the given list or tuple, applying the modulo operation to the given index if it's greater than the number of elements.",
  params: [
    { name: "list", type: DynamicPseudoType, allowMarked: true },
    { name: "index", type: NumberType },
  ],
  returnType: elementType,
  impl: ([listArg, indexArg]) => {
    const index = wholeNumber(indexArg!);
    if (typeof index === "string") return new FuncError(`invalid index: ${index}`);
    const list = listArg!.unmark();
    const elements = list.elements();
    if (elements.length === 0) return new FuncError("cannot use element function with an empty list");
    return elements[wrap(index, elements.length)]!.mark(listArg!.marks);
  },
});

function elementType([list, index]: readonly Value[]): FuncResult<Type> {
  const t = list!.type;
  if (t.kind === "list") return t.element;
  if (t.kind !== "tuple") return new FuncError(`cannot read elements from ${friendlyName(t)}`);
  if (!index!.isKnown) return DynamicPseudoType;
  const i = wholeNumber(index!);
  if (typeof i === "string") return new FuncError(`invalid index: ${i}`);
  if (t.elements.length === 0) return new FuncError("cannot use element function with an empty list");
  return t.elements[wrap(i, t.elements.length)]!;
}

function wrap(index: bigint, length: number): number {
  const n = BigInt(length);
  return Number(((index % n) + n) % n);
}
