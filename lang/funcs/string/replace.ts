import { StringType } from "../../types/type.js";
import { Value } from "../../values/value.js";
import { FuncError, staticReturnType, type FunctionSpec } from "../function.js";
import { compileRE2 } from "./regex-compile.js";
import { replaceAll } from "./regex-match.js";
import { RegexSyntaxError } from "./regex-syntax.js";

// replace: plain substring replacement, or RE2 replacement when the search text is `/.../`.

/** Go's strings.Replace(s, old, new, -1): an empty `old` matches before each code point and at the end. */
export function goReplaceAll(s: string, old: string, replacement: string): string {
  if (old !== "") return s.split(old).join(replacement);
  const chars = Array.from(s);
  return replacement + chars.join(replacement) + (chars.length > 0 ? replacement : "");
}

/** True when the search text is a `/regexp/` (Terraform requires more than one byte). */
function isRegexSearch(substr: string): boolean {
  return substr.length > 1 && substr.startsWith("/") && substr.endsWith("/");
}

/** replace(str, substr, replace). */
export const replaceSpec: FunctionSpec = {
  description:
    "`replace` searches a given string for another given substring, and replaces each occurrence with a given replacement string.",
  params: [
    { name: "str", type: StringType },
    { name: "substr", type: StringType },
    { name: "replace", type: StringType },
  ],
  returnType: staticReturnType(StringType),
  impl: (args) => {
    const [str, substr, replacement] = args.map((a) => a.asString()) as [string, string, string];
    if (!isRegexSearch(substr)) return Value.string(goReplaceAll(str, substr, replacement));
    const c = compileRE2(substr.slice(1, -1));
    if (c instanceof RegexSyntaxError) return new FuncError(`error parsing regexp: ${c.code}: \`${c.expr}\``);
    return Value.string(replaceAll(c, str, replacement));
  },
};
