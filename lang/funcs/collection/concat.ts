import { convert, ConversionError } from "../../types/convert.js";
import { friendlyName } from "../../types/type-string.js";
import { unifyTypes } from "../../types/unify.js";
import { DynamicPseudoType, tupleOf, type ListType, type Type } from "../../types/type.js";
import { Mark, type Marks } from "../../values/marks.js";
import { Value } from "../../values/value.js";
import { FuncError, type FuncResult } from "../function.js";
import { ctyFunction } from "./cty-function.js";

// concat(seqs...): cty's ConcatFunc. All lists whose element types unify give a list; any tuple (or
// lists that do not unify) give a tuple whose element types are laid out one per element, which needs
// every list argument's length.

/** concat(seqs...): the lists or tuples joined end to end. */
export const concat = ctyFunction({
  description: "Concatenates together all of the given lists or tuples into a single sequence, preserving the input order.",
  params: [],
  varParam: { name: "seqs", type: DynamicPseudoType, allowMarked: true },
  notNull: true,
  returnType: concatType,
  impl: (args, retType) => (retType.kind === "list" ? concatLists(args, retType) : concatTuple(args)),
});

function concatType(args: readonly Value[]): FuncResult<Type> {
  if (args.length === 0) return new FuncError("at least one argument is required");
  if (args.every((a) => a.type.kind === "list")) {
    const unified = unifyTypes(
      args.map((a) => a.type),
      true,
    );
    if (unified) return unified.type;
  }
  const elements: Type[] = [];
  for (let i = 0; i < args.length; i++) {
    const t = args[i]!.type;
    if (t.kind === "tuple") elements.push(...t.elements);
    else if (t.kind === "list") {
      // A tuple result needs one element type per element, so an unknown list cannot be typed yet.
      if (!args[i]!.isKnown) return DynamicPseudoType;
      for (let j = 0; j < args[i]!.length; j++) elements.push(t.element);
    } else {
      return new FuncError(`all arguments must be lists or tuples; got ${friendlyName(t)}`, i);
    }
  }
  return tupleOf(elements);
}

function concatLists(args: readonly Value[], retType: ListType): FuncResult<Value> {
  const out: Value[] = [];
  let marks: Marks = Mark.None;
  for (let i = 0; i < args.length; i++) {
    const list = convert(args[i]!.unmark(), retType);
    if (list instanceof ConversionError) return new FuncError(list.message, i);
    marks |= args[i]!.marks;
    out.push(...list.elements());
  }
  return Value.list(out, retType.element).mark(marks);
}

function concatTuple(args: readonly Value[]): Value {
  const out: Value[] = [];
  let marks: Marks = Mark.None;
  for (const seq of args) {
    marks |= seq.marks;
    out.push(...seq.unmark().elements());
  }
  return Value.tuple(out).mark(marks);
}
