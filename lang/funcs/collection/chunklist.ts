import { DynamicPseudoType, NumberType, listOf, type ListType } from "../../types/type.js";
import { Value } from "../../values/value.js";
import { FuncError } from "../function.js";
import { ctyFunction } from "./cty-function.js";
import { wholeNumber } from "./whole-number.js";

// chunklist(list, size): cty's ChunklistFunc. Both parameters see their marks; the top-level marks go
// on the result, marks inside the list stay on its elements.

/** chunklist(list, size): the list split into lists of at most `size` elements (size 0: one chunk). */
export const chunklist = ctyFunction({
  description: "Splits a single list into multiple lists where each has at most the given number of elements.",
  params: [
    { name: "list", type: listOf(DynamicPseudoType), allowMarked: true },
    { name: "size", type: NumberType, allowMarked: true },
  ],
  notNull: true,
  returnType: ([list]) => listOf(list!.type),
  impl: ([listArg, sizeArg]) => {
    const list = listArg!.unmark();
    const marks = listArg!.marks | sizeArg!.marks;
    const size = wholeNumber(sizeArg!.unmark());
    if (typeof size === "string") return new FuncError(`invalid size: ${size}`);
    if (size < 0n) return new FuncError("the size argument must be positive");
    return chunks(list, Number(size)).mark(marks);
  },
});

function chunks(list: Value, size: number): Value {
  const type = list.type as ListType;
  const elements = list.elements();
  if (elements.length === 0) return Value.list([], type);
  if (size === 0) return Value.list([list], type);
  const out: Value[] = [];
  for (let i = 0; i < elements.length; i += size) {
    out.push(Value.list(elements.slice(i, i + size), type.element));
  }
  return Value.list(out, type);
}
