import { setValue } from "../../types/collection-build.js";
import { convert, ConversionError } from "../../types/convert.js";
import { unifyTypes } from "../../types/unify.js";
import { DynamicPseudoType, listOf, setOf, tupleOf, type Type } from "../../types/type.js";
import { Mark, type Marks } from "../../values/marks.js";
import { Value, type Refinement } from "../../values/value.js";
import { FuncError, type FuncResult } from "../function.js";
import { ctyFunction } from "./cty-function.js";
import { lengthBounds, refinedUnknown } from "./refine.js";

// setproduct(sets...): cty's SetProductFunc. All lists or tuples give a list of tuples in input order;
// any set gives a set of tuples. An argument of unknown length makes the result unknown, with the
// length bounds cty derives when they stay small.

/** setproduct(sets...): the Cartesian product of the given sets, lists or tuples. */
export const setproduct = ctyFunction({
  description: "Calculates the cartesian product of two or more sets.",
  params: [],
  varParam: { name: "sets", type: DynamicPseudoType, allowMarked: true, allowUnknown: true },
  notNull: true,
  returnType: setproductType,
  impl: (args, retType) => {
    let marks: Marks = Mark.None;
    for (const a of args) marks |= a.marks;
    const seqs = args.map((a) => a.unmark());
    if (seqs.some((s) => !lengthKnown(s))) return unknownProduct(seqs, retType).mark(marks);
    const result = product(seqs, retType);
    return result instanceof FuncError ? result : result.mark(marks);
  },
});

function setproductType(args: readonly Value[]): FuncResult<Type> {
  if (args.length < 2) return new FuncError("at least two arguments are required");
  let lists = 0;
  const etys: Type[] = [];
  for (let i = 0; i < args.length; i++) {
    const t = args[i]!.type;
    if (t.kind === "set" || t.kind === "list") etys.push(t.element);
    else if (t.kind === "tuple" && t.elements.length === 0) etys.push(DynamicPseudoType);
    else if (t.kind === "tuple") {
      const unified = unifyTypes(t.elements, true);
      if (!unified) return new FuncError("all elements must be of the same type", i);
      etys.push(unified.type);
    } else return new FuncError("a set or a list is required", i);
    if (t.kind !== "set") lists++;
  }
  return lists === args.length ? listOf(tupleOf(etys)) : setOf(tupleOf(etys));
}

function lengthKnown(v: Value): boolean {
  if (!v.isKnown) return false;
  return v.type.kind !== "set" || v.length <= 1 || v.isWhollyKnown;
}

// cty bounds the length only while the product stays small (1024 per argument, 2048 in all).
function unknownProduct(seqs: readonly Value[], retType: Type): Value {
  let max = 1;
  for (const s of seqs) {
    const upper = lengthBounds(s).upper;
    if (upper === undefined || upper > 1024) return Value.unknown(retType);
    max *= upper;
    if (max > 2048) return Value.unknown(retType);
  }
  const r: Refinement = max === 0 ? { lengthLower: 0, lengthUpper: 0 } : { lengthLower: 1, lengthUpper: max };
  return refinedUnknown(retType, r);
}

function product(seqs: readonly Value[], retType: Type): FuncResult<Value> {
  const tupleType = (retType as { element: Type }).element;
  if (tupleType.kind !== "tuple") return Value.unknown(retType);
  let rows: Value[][] = [[]];
  for (let j = 0; j < seqs.length; j++) {
    const ety = tupleType.elements[j]!;
    const next: Value[][] = [];
    for (const row of rows) {
      for (const el of seqs[j]!.elements()) {
        const v = convert(el, ety);
        if (v instanceof ConversionError) return new FuncError(v.message);
        next.push([...row, v]);
      }
    }
    rows = next;
  }
  const tuples = rows.map((r) => Value.tuple(r));
  if (tuples.length === 0) return retType.kind === "list" ? Value.list([], tupleType) : Value.set([], tupleType);
  return retType.kind === "list" ? Value.list(tuples) : setValue(tuples);
}
