import { DynamicPseudoType, StringType, listOf, mapOf, objectOf, type Type } from "../../types/type.js";
import type { Marks } from "../../values/marks.js";
import { Value } from "../../values/value.js";
import { FuncError, type FuncResult } from "../function.js";
import { ctyFunction } from "./cty-function.js";

// zipmap(keys, values): cty's ZipmapFunc. A list of values gives a map; a tuple gives an object, whose
// type needs every key, so unknown keys leave the type unknown. Marks on the keys list, on individual
// keys (which cannot carry marks in a map) and on the values list all go on the result.

/** zipmap(keys, values): a map or object pairing each key with the value at the same index. */
export const zipmap = ctyFunction({
  description:
    "Constructs a map from a list of keys and a corresponding list of values, which must both be of the same length.",
  params: [
    { name: "keys", type: listOf(StringType), allowMarked: true },
    { name: "values", type: DynamicPseudoType, allowMarked: true },
  ],
  notNull: true,
  returnType: zipmapType,
  impl: ([keysArg, valuesArg], retType) => {
    const keys = keysArg!.unmark();
    const vals = valuesArg!.unmark();
    let marks: Marks = keysArg!.marks | valuesArg!.marks;
    if (!keys.isWhollyKnown) return Value.unknown(retType).mark(marks);
    if (keys.length !== vals.length) return countMismatch(keys.length, vals.length);
    const out = new Map<string, Value>();
    const valueList = vals.elements();
    for (const [i, k] of keys.elements().entries()) {
      if (k.isNull) return new FuncError(`keys list has null value at index ${i}`);
      marks |= k.marks;
      out.set(k.unmark().asString(), valueList[i]!);
    }
    const result = retType.kind === "map" ? Value.map(out, retType.element) : Value.object(out);
    return result.mark(marks);
  },
});

function zipmapType([keys, values]: readonly Value[]): FuncResult<Type> {
  const t = values!.type;
  if (t.kind === "list") return mapOf(t.element);
  if (t.kind !== "tuple") return new FuncError("values argument must be a list or tuple value");
  if (!keys!.isWhollyKnown) return DynamicPseudoType;
  const keyList = keys!.unmark().elements();
  if (keyList.length !== t.elements.length) return countMismatch(keyList.length, t.elements.length);
  const attrs = new Map<string, Type>();
  for (const [i, k] of keyList.entries()) {
    if (k.isNull) return new FuncError(`keys list has null value at index ${i}`);
    attrs.set(k.unmark().asString(), t.elements[i]!);
  }
  return objectOf(attrs);
}

function countMismatch(keys: number, values: number): FuncError {
  return new FuncError(`number of keys (${keys}) does not match number of values (${values})`);
}
