import { convert, ConversionError } from "../../types/convert.js";
import { unifyTypes } from "../../types/unify.js";
import { DynamicPseudoType, listOf, type ListType, type Type } from "../../types/type.js";
import { Value } from "../../values/value.js";
import { FuncError, type FuncResult } from "../function.js";
import { ctyFunction } from "./cty-function.js";
import { valueEquals } from "../../values/equality.js";

// matchkeys(values, keys, searchset): Terraform's MatchkeysFunc. keys and searchset are converted to
// one common list type; each value whose key is in the searchset is kept. As in Terraform, an
// undecidable comparison (an unknown in the searchset) ends the search with an empty list.

/** matchkeys(values, keys, searchset): the values whose corresponding key is in searchset. */
export const matchkeys = ctyFunction({
  description:
    "Constructs a new list by taking a subset of elements from one list whose indexes match the corresponding indexes of values in another list.",
  params: [
    { name: "values", type: listOf(DynamicPseudoType) },
    { name: "keys", type: listOf(DynamicPseudoType) },
    { name: "searchset", type: listOf(DynamicPseudoType) },
  ],
  notNull: true,
  returnType: ([values, keys, searchset]) => {
    const unified = unifyTypes([keys!.type, searchset!.type], true);
    return unified ? values!.type : new FuncError("keys and searchset must be of the same type");
  },
  impl: matchkeysImpl,
});

function matchkeysImpl([values, keysArg, searchArg]: readonly Value[], retType: Type): FuncResult<Value> {
  const ety = (retType as ListType).element;
  if (values!.length !== keysArg!.length) return new FuncError("length of keys and values should be equal");
  const common = unifyTypes([keysArg!.type, searchArg!.type], true)!.type;
  const keys = convert(keysArg!, common);
  const searchset = convert(searchArg!, common);
  if (keys instanceof ConversionError) return new FuncError(keys.message);
  if (searchset instanceof ConversionError) return new FuncError(searchset.message);
  const search = searchset.elements();
  if (search.length === 0) return Value.list([], ety);
  if (!values!.isWhollyKnown || !keys.isWhollyKnown) return Value.unknown(retType);
  const out: Value[] = [];
  const keyList = keys.elements();
  for (let i = 0; i < keyList.length; i++) {
    for (const s of search) {
      const eq = valueEquals(keyList[i]!, s);
      if (eq === undefined) return Value.list([], ety);
      if (eq) {
        out.push(values!.elements()[i]!);
        break;
      }
    }
  }
  return Value.list(out, ety);
}
