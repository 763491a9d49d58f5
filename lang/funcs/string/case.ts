import { StringType } from "../../types/type.js";
import { Value } from "../../values/value.js";
import { staticReturnType, type FunctionSpec } from "../function.js";
import { goTitle, goToLower, goToUpper } from "./go-case.js";

// upper, lower and title: per-code-point case mapping as Go's strings package does it.

/** A one-string-in, one-string-out function. */
function stringMapper(description: string, f: (s: string) => string, allowDynamicType: boolean): FunctionSpec {
  return {
    description,
    params: [{ name: "str", type: StringType, allowDynamicType }],
    returnType: staticReturnType(StringType),
    impl: (args) => Value.string(f(args[0]!.asString())),
  };
}

/** upper(str): every cased letter to uppercase (Go's simple case mapping, so ß stays ß). */
export const upperSpec = stringMapper("`upper` converts all cased letters in the given string to uppercase.", goToUpper, true);

/** lower(str): every cased letter to lowercase (Go's simple case mapping, no final-sigma rule). */
export const lowerSpec = stringMapper("`lower` converts all cased letters in the given string to lowercase.", goToLower, true);

/** title(str): the first letter of each word to title case, as Go's strings.Title. */
export const titleSpec = stringMapper(
  "`title` converts the first letter of each word in the given string to uppercase.",
  goTitle,
  false,
);
