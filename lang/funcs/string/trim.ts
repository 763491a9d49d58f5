import { StringType } from "../../types/type.js";
import { Value } from "../../values/value.js";
import { staticReturnType, type FunctionSpec } from "../function.js";
import { isGoSpace } from "./go-case.js";

// trim, trimprefix, trimsuffix, trimspace and chomp: removing characters from the ends of a string.

/** A function of two strings returning a string. */
function twoStrings(description: string, second: string, f: (a: string, b: string) => string): FunctionSpec {
  return {
    description,
    params: [
      { name: "str", type: StringType },
      { name: second, type: StringType },
    ],
    returnType: staticReturnType(StringType),
    impl: (args) => Value.string(f(args[0]!.asString(), args[1]!.asString())),
  };
}

/** A function of one string returning a string. */
function oneString(description: string, f: (s: string) => string): FunctionSpec {
  return {
    description,
    params: [{ name: "str", type: StringType }],
    returnType: staticReturnType(StringType),
    impl: (args) => Value.string(f(args[0]!.asString())),
  };
}

/** Go's strings.Trim: drops leading and trailing code points that occur in cutset. */
export function goTrim(s: string, cutset: string): string {
  if (s === "" || cutset === "") return s;
  const cut = new Set(cutset);
  return trimWhile(s, (ch) => cut.has(ch));
}

/** Go's strings.TrimSpace: drops leading and trailing Unicode white space (not U+FEFF, unlike JS trim). */
export function goTrimSpace(s: string): string {
  return trimWhile(s, isGoSpace);
}

function trimWhile(s: string, drop: (ch: string) => boolean): string {
  const chars = Array.from(s);
  let start = 0;
  let end = chars.length;
  while (start < end && drop(chars[start]!)) start++;
  while (end > start && drop(chars[end - 1]!)) end--;
  return start === 0 && end === chars.length ? s : chars.slice(start, end).join("");
}

/** trim(str, cutset): removes the given characters from both ends. */
export const trimSpec = twoStrings(
  "`trim` removes the specified set of characters from the start and end of the given string.",
  "cutset",
  goTrim,
);

/** trimprefix(str, prefix): removes the prefix once if present. */
export const trimprefixSpec = twoStrings(
  "`trimprefix` removes the specified prefix from the start of the given string. If the string does not start with the prefix, the string is returned unchanged.",
  "prefix",
  (s, p) => (s.startsWith(p) ? s.slice(p.length) : s),
);

/** trimsuffix(str, suffix): removes the suffix once if present. */
export const trimsuffixSpec = twoStrings(
  "`trimsuffix` removes the specified suffix from the end of the given string.",
  "suffix",
  (s, x) => (x !== "" && s.endsWith(x) ? s.slice(0, s.length - x.length) : s),
);

/** trimspace(str): removes white space from both ends. */
export const trimspaceSpec = oneString(
  "`trimspace` removes any space characters from the start and end of the given string.",
  goTrimSpace,
);

/** chomp(str): removes all trailing newlines (`\n`, `\r\n` and lone `\r`). */
export const chompSpec = oneString("`chomp` removes newline characters at the end of a string.", (s) =>
  s.replace(/[\r\n]+$/, ""),
);
