import { NumberType, StringType } from "../../types/type.js";
import { Value } from "../../values/value.js";
import { FuncError, staticReturnType, type FunctionSpec } from "../function.js";
import { goInt } from "../numeric/go-int.js";
import { graphemes } from "./graphemes.js";

// substr and strrev: operations that count "characters" as grapheme clusters, as cty does.

/**
 * cty's Substr over grapheme clusters, quirks included: a negative offset counts from the end (and
 * then a length of 0 means "to the end"), a length of -1 (any negative) means "to the end".
 */
export function substr(s: string, offset: number, length: number): string {
  const chars = graphemes(s);
  if (offset < 0) offset = Math.max(offset + chars.length, 0);
  else if (length === 0) return "";
  if (offset >= chars.length) return "";
  const rest = chars.slice(offset);
  return (length < 0 || length === 0 ? rest : rest.slice(0, length)).join("");
}

/** substr(str, offset, length). */
export const substrSpec: FunctionSpec = {
  description: "`substr` extracts a substring from a given string by offset and (maximum) length.",
  params: [
    { name: "str", type: StringType, allowDynamicType: true },
    { name: "offset", type: NumberType, allowDynamicType: true },
    { name: "length", type: NumberType, allowDynamicType: true },
  ],
  returnType: staticReturnType(StringType),
  impl: (args) => {
    const offset = goInt(args[1]!);
    if (offset instanceof FuncError) return offset;
    const length = goInt(args[2]!);
    if (length instanceof FuncError) return length;
    return Value.string(substr(args[0]!.asString(), offset, length));
  },
};

/** strrev(str): the grapheme clusters in reverse order. */
export const strrevSpec: FunctionSpec = {
  description:
    "`strrev` reverses the characters in a string. Note that the characters are treated as _Unicode characters_ (in technical terms, Unicode [grapheme cluster boundaries](https://unicode.org/reports/tr29/#Grapheme_Cluster_Boundaries) are respected).",
  params: [{ name: "str", type: StringType, allowDynamicType: true }],
  returnType: staticReturnType(StringType),
  impl: (args) => Value.string(graphemes(args[0]!.asString()).reverse().join("")),
};
