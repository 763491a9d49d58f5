import { StringType, listOf } from "../../types/type.js";
import { Value } from "../../values/value.js";
import { FuncError, staticReturnType } from "../function.js";
import { ctyFunction } from "./cty-function.js";
import { compareCodePoints } from "../../text/code-point-order.js";
import { lengthBounds, refinedUnknown } from "./refine.js";

// sort(list): cty's SortFunc, a byte-wise (Go sort.Strings) sort of a list of strings: numbers are
// converted to strings first, so 20 sorts before 3. With unknown elements the order is unknown but
// the length is not, so the result is a list of that many unknown strings.

/** sort(list): the strings in lexicographic order. */
export const sort = ctyFunction({
  description: "Applies a lexicographic sort to the elements of the given list.",
  params: [{ name: "list", type: listOf(StringType), allowUnknown: true }],
  notNull: true,
  returnType: staticReturnType(listOf(StringType)),
  impl: ([list], retType) => {
    if (!list!.isWhollyKnown) {
      const { lower, upper } = lengthBounds(list!);
      return refinedUnknown(retType, { lengthLower: lower, lengthUpper: upper });
    }
    const elements = list!.elements();
    const nullAt = elements.findIndex((v) => v.isNull);
    if (nullAt >= 0) return new FuncError(`given list element ${nullAt} is null; a null string cannot be sorted`);
    const strings = elements.map((v) => v.asString()).sort(compareCodePoints);
    return Value.list(
      strings.map((s) => Value.string(s)),
      StringType,
    );
  },
});
