import { DynamicPseudoType, EmptyTupleType, StringType, listOf, tupleOf, type Type } from "../../types/type.js";
import { Value } from "../../values/value.js";
import { FuncError, type FuncResult } from "../function.js";
import { ctyFunction } from "./cty-function.js";
import { sortedGoEntries } from "./go-strings.js";
import { compareCodePoints } from "../../text/code-point-order.js";

// keys(inputMap) and values(mapping): cty's KeysFunc and ValuesFunc, in key order. For an object the
// result is a tuple (its length and, for keys, its content come from the type alone, so keys of an
// object with unknown attributes is known); for a map it is a list.

/** keys(inputMap): the keys of a map or attribute names of an object, sorted. */
export const keys = ctyFunction({
  description: "Returns a list of the keys of the given map in lexicographical order.",
  params: [{ name: "inputMap", type: DynamicPseudoType, allowUnknown: true, allowMarked: true }],
  notNull: true,
  returnType: ([m]) => {
    const t = m!.type;
    if (t.kind === "map") return listOf(StringType);
    if (t.kind === "object") return tupleOf([...t.attributes.keys()].map(() => StringType));
    return new FuncError("must have map or object type", 0);
  },
  impl: ([arg], retType) => {
    const m = arg!.unmark();
    if (m.type.kind === "object") {
      const names = [...m.type.attributes.keys()].sort(compareCodePoints);
      return Value.tuple(names.map((n) => Value.string(n))).mark(arg!.marks);
    }
    if (!m.isKnown) return Value.unknown(retType).mark(arg!.marks);
    const names = sortedGoEntries(m.entries()).map(([k]) => Value.string(k));
    return Value.list(names, StringType).mark(arg!.marks);
  },
});

/** values(mapping): the values of a map or object, in key order. */
export const values = ctyFunction({
  description:
    "Returns the values of elements of a given map, or the values of attributes of a given object, in lexicographic order by key or attribute name.",
  params: [{ name: "mapping", type: DynamicPseudoType, allowMarked: true }],
  notNull: true,
  returnType: valuesType,
  impl: ([arg], retType) => {
    const vals = sortedGoEntries(arg!.unmark().entries()).map(([, v]) => v);
    const out = retType.kind === "tuple" ? Value.tuple(vals) : Value.list(vals, (retType as { element: Type }).element);
    return out.mark(arg!.marks);
  },
});

function valuesType([m]: readonly Value[]): FuncResult<Type> {
  const t = m!.type;
  if (t.kind === "map") return listOf(t.element);
  if (t.kind !== "object") return new FuncError("values() requires a map as the first argument");
  if (t.attributes.size === 0) return EmptyTupleType;
  const names = [...t.attributes.keys()].sort(compareCodePoints);
  return tupleOf(names.map((n) => t.attributes.get(n)!));
}
