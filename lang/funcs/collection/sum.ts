import { convert, ConversionError } from "../../types/convert.js";
import { friendlyName } from "../../types/type-string.js";
import { DynamicPseudoType, NumberType } from "../../types/type.js";
import { NumError } from "../../values/number.js";
import { Value } from "../../values/value.js";
import { FuncError, staticReturnType, type FuncResult } from "../function.js";
import { ctyFunction } from "./cty-function.js";

// sum(list): Terraform's SumFunc. Elements are converted to numbers one by one (so "1" counts as 1),
// and the checks come in Terraform's order: iterable, non-empty, a sequence, known, then each element.

const NOT_NUMBERS = "argument must be list, set, or tuple of number values";

/** sum(list): the total of a list, set or tuple of numbers. */
export const sum = ctyFunction({
  description: "Returns the total sum of the elements of the list.",
  params: [{ name: "list", type: DynamicPseudoType }],
  notNull: true,
  returnType: staticReturnType(NumberType),
  impl: ([list]) => {
    const kind = list!.type.kind;
    if (kind !== "list" && kind !== "set" && kind !== "tuple" && kind !== "map" && kind !== "object") {
      return new FuncError("cannot sum noniterable", 0);
    }
    if (list!.length === 0) return new FuncError("cannot sum an empty list", 0);
    if (kind === "map" || kind === "object") {
      return new FuncError(`argument must be list, set, or tuple. Received ${friendlyName(list!.type)}`, 0);
    }
    if (!list!.isWhollyKnown) return Value.unknown(NumberType);
    return total(list!.elements());
  },
});

function total(elements: readonly Value[]): FuncResult<Value> {
  let acc: Value | undefined;
  for (const el of elements) {
    const n = el.isNull ? el : convert(el, NumberType);
    if (n instanceof ConversionError || n.isNull) return new FuncError(NOT_NUMBERS, 0);
    if (acc === undefined) {
      acc = n;
      continue;
    }
    const s = acc.asNumber().add(n.asNumber());
    if (s instanceof NumError) return new FuncError(s.message);
    acc = Value.number(s);
  }
  return acc!;
}
