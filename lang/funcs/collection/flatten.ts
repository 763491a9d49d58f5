import { DynamicPseudoType, isSequence, tupleOf, type Type } from "../../types/type.js";
import type { Marks } from "../../values/marks.js";
import { Value } from "../../values/value.js";
import { FuncError, type FuncResult } from "../function.js";
import { ctyFunction } from "./cty-function.js";

// flatten(list): cty's FlattenFunc. Nested lists, sets and tuples (not null ones) are spliced into one
// tuple; marks on the nested sequences move onto the result, marks on leaf elements stay on them. A
// nested sequence that is unknown, or whose length is unknown, makes the result unknown.

/** flatten(list): a tuple of all the leaf elements of nested lists, sets and tuples. */
export const flatten = ctyFunction({
  description:
    "Transforms a list, set, or tuple value into a tuple by replacing any given elements that are themselves sequences with a flattened tuple of all of the nested elements concatenated together.",
  params: [{ name: "list", type: DynamicPseudoType, allowMarked: true }],
  notNull: true,
  returnType: flattenType,
  impl: ([list], retType) => {
    const top = list!.unmark();
    if (top.length === 0) return Value.tuple([]).mark(list!.marks);
    const r = flattener(list!);
    return (r.known ? Value.tuple(r.out) : Value.unknown(retType)).mark(r.marks);
  },
});

function flattenType([list]: readonly Value[]): FuncResult<Type> {
  if (!list!.isWhollyKnown) return DynamicPseudoType;
  if (!isSequence(list!.type)) return new FuncError("can only flatten lists, sets and tuples");
  const r = flattener(list!);
  return r.known ? tupleOf(r.out.map((v) => v.type)) : DynamicPseudoType;
}

interface Flattened {
  readonly out: Value[];
  marks: Marks;
  known: boolean;
}

function flattener(seq: Value): Flattened {
  const r: Flattened = { out: [], marks: seq.marks, known: true };
  const list = seq.unmark();
  if (!lengthKnown(list)) return { ...r, known: false };
  for (const v of list.elements()) {
    if (!v.isKnown && v.type.kind === "dynamic") r.known = false;
    if (v.isNull || !isSequence(v.type)) {
      r.out.push(v);
    } else if (!v.isKnown) {
      r.known = false;
      r.marks |= v.marks;
    } else {
      const inner = flattener(v);
      r.marks |= inner.marks;
      if (inner.known) r.out.push(...inner.out);
      else r.known = false;
    }
  }
  return r;
}

// cty's Length().IsKnown() for a known sequence: only a set holding unknown elements that may still
// coalesce has no known length.
function lengthKnown(v: Value): boolean {
  return v.type.kind !== "set" || v.length <= 1 || v.isWhollyKnown;
}
