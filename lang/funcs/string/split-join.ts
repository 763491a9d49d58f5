import { StringType, listOf } from "../../types/type.js";
import { Value } from "../../values/value.js";
import { FuncError, staticReturnType, type FunctionSpec } from "../function.js";

// split and join: between a string and a list of its parts.

/** Go's strings.Split: an empty separator splits after each code point; "" split by "" is []. */
export function goSplit(s: string, sep: string): string[] {
  return sep === "" ? Array.from(s) : s.split(sep);
}

/** split(separator, str). */
export const splitSpec: FunctionSpec = {
  description: "`split` produces a list by dividing a given string at all occurrences of a given separator.",
  params: [
    { name: "separator", type: StringType },
    { name: "str", type: StringType },
  ],
  returnType: staticReturnType(listOf(StringType)),
  impl: (args) => {
    const parts = goSplit(args[1]!.asString(), args[0]!.asString());
    return Value.list(parts.map(Value.string), StringType);
  },
};

/** join(separator, lists...): the elements of every list, in order, separated by the separator. */
export const joinSpec: FunctionSpec = {
  description:
    "`join` produces a string by concatenating together all elements of a given list of strings with the given delimiter.",
  params: [{ name: "separator", type: StringType }],
  varParam: { name: "lists", type: listOf(StringType) },
  returnType: staticReturnType(StringType),
  impl: (args) => {
    const lists = args.slice(1);
    if (lists.length === 0) return new FuncError("at least one list is required");
    const items: string[] = [];
    for (let li = 0; li < lists.length; li++) {
      const elements = lists[li]!.elements();
      for (let ei = 0; ei < elements.length; ei++) {
        const e = elements[ei]!;
        if (e.isNull) return nullElementError(lists.length, li, ei);
        items.push(e.asString());
      }
    }
    return Value.string(items.join(args[0]!.asString()));
  },
};

function nullElementError(listCount: number, li: number, ei: number): FuncError {
  const where = listCount > 1 ? `element ${ei} of list ${li + 1}` : `element ${ei}`;
  return new FuncError(`${where} is null; cannot concatenate null values`, li + 1);
}
