import { DynamicPseudoType, NumberType, tupleOf, type ListType, type Type } from "../../types/type.js";
import { Value } from "../../values/value.js";
import { FuncError, type FuncResult } from "../function.js";
import { ctyFunction } from "./cty-function.js";
import { lengthBounds } from "./refine.js";
import { wholeNumber } from "./whole-number.js";

// slice(list, start_index, end_index): cty's SliceFunc. The indexes are checked while typing the call
// against whatever length is known then (a tuple's from its type, a list's when known or refined), so
// out-of-range indexes fail even for an unknown tuple.

/** slice(list, start_index, end_index): the elements from start (inclusive) to end (exclusive). */
export const slice = ctyFunction({
  description: "Extracts a subslice of the given list or tuple value.",
  params: [
    { name: "list", type: DynamicPseudoType, allowMarked: true },
    { name: "start_index", type: NumberType },
    { name: "end_index", type: NumberType },
  ],
  notNull: true,
  returnType: sliceType,
  impl: (args, retType) => {
    const idx = sliceIndexes(args);
    if (idx instanceof FuncError) return idx;
    const list = args[0]!.unmark();
    const out = list.elements().slice(idx.start ?? 0, idx.end ?? 0);
    const v = retType.kind === "tuple" ? Value.tuple(out) : Value.list(out, (retType as ListType).element);
    return v.mark(args[0]!.marks);
  },
});

function sliceType(args: readonly Value[]): FuncResult<Type> {
  const t = args[0]!.type;
  if (t.kind === "set") {
    return new FuncError(
      "cannot slice a set, because its elements do not have indices; explicitly convert to a list if the ordering of the result is not important",
      0,
    );
  }
  if (t.kind !== "list" && t.kind !== "tuple") return new FuncError("must be a list or tuple value", 0);
  const idx = sliceIndexes(args);
  if (idx instanceof FuncError) return idx;
  if (t.kind === "list") return t;
  if (idx.start === undefined || idx.end === undefined) return DynamicPseudoType;
  return tupleOf(t.elements.slice(idx.start, idx.end));
}

interface Indexes {
  readonly start: number | undefined;
  readonly end: number | undefined;
}

function sliceIndexes(args: readonly Value[]): FuncResult<Indexes> {
  const { lower, upper } = lengthBounds(args[0]!.unmark());
  const length = lower === upper ? lower : undefined;
  const start = index(args[1]!, 1, "start", length);
  if (start instanceof FuncError) return start;
  const end = index(args[2]!, 2, "end", length);
  if (end instanceof FuncError) return end;
  if (start !== undefined && end !== undefined && start > end) {
    return new FuncError("start index must not be greater than end index", 1);
  }
  return { start, end };
}

function index(v: Value, argIndex: number, which: string, length: number | undefined): FuncResult<number | undefined> {
  if (!v.isKnown) return undefined;
  const n = wholeNumber(v);
  if (typeof n === "string") return new FuncError(`invalid ${which} index: ${n}`, argIndex);
  if (n < 0n) return new FuncError(`${which} index must not be less than zero`, argIndex);
  if (length !== undefined && n > BigInt(length)) {
    return new FuncError(`${which} index must not be greater than the length of the list`, argIndex);
  }
  return Number(n);
}
