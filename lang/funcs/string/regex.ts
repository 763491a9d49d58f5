import { DynamicPseudoType, StringType, listOf, objectOf, tupleOf, type Type } from "../../types/type.js";
import { DynamicVal, Value } from "../../values/value.js";
import { FuncError, type FuncResult, type FunctionSpec } from "../function.js";
import { compileRE2, type CompiledRegex } from "./regex-compile.js";
import { matchAll, matchAt, type Match } from "./regex-match.js";
import { RegexSyntaxError } from "./regex-syntax.js";

// regex and regexall: RE2 matching whose result shape follows the pattern's capture groups (a
// string without groups, a tuple for unnamed groups, an object for named ones).

/** The pattern compiled, or the error cty reports for it (against the pattern argument). */
function compilePattern(pattern: string): CompiledRegex | FuncError {
  const c = compileRE2(pattern);
  if (c instanceof RegexSyntaxError) return new FuncError(`invalid regexp pattern: ${c.code} in ${c.expr}`, 0);
  return c;
}

/** The type of one match's result for a compiled pattern. */
function resultType(c: CompiledRegex): FuncResult<Type> {
  const names = c.groupNames;
  const named = names.filter((n) => n !== "");
  if (names.length === 0) return StringType;
  if (named.length === 0) return tupleOf(names.map(() => StringType));
  if (named.length < names.length) {
    return new FuncError("invalid regexp pattern: cannot mix both named and unnamed capture groups", 0);
  }
  return objectOf(new Map(named.map((n) => [n, StringType])));
}

/** The result type for a known pattern, or undefined when the pattern is not known yet. */
function patternResultType(pattern: Value): FuncResult<Type> | undefined {
  if (!pattern.isKnown) return undefined;
  const c = compilePattern(pattern.asString());
  return c instanceof FuncError ? c : resultType(c);
}

/** One match as a value of the result type: groups that did not take part are null strings. */
function matchValue(c: CompiledRegex, m: Match, type: Type): Value {
  const group = (i: number): Value => {
    const text = m.groups[i];
    return text === undefined ? Value.null(StringType) : Value.string(text);
  };
  if (type.kind === "string") return group(0);
  if (type.kind === "tuple") return Value.tuple(c.groupNames.map((_, i) => group(i + 1)));
  const attrs = new Map<string, Value>();
  c.groupNames.forEach((name, i) => attrs.set(name, group(i + 1)));
  return Value.object(attrs);
}

const PARAMS = [
  { name: "pattern", type: StringType },
  { name: "string", type: StringType },
];

/** regex(pattern, string): the first match. */
export const regexSpec: FunctionSpec = {
  description:
    "`regex` applies a [regular expression](https://en.wikipedia.org/wiki/Regular_expression) to a string and returns the matching substrings.",
  params: PARAMS,
  returnType: (args) => patternResultType(args[0]!) ?? DynamicPseudoType,
  impl: (args, retType) => {
    if (retType.kind === "dynamic") return DynamicVal;
    const c = compilePattern(args[0]!.asString());
    if (c instanceof FuncError) return c;
    const m = matchAt(c, args[1]!.asString(), 0);
    if (!m) return new FuncError("pattern did not match any part of the given string");
    return matchValue(c, m, retType);
  },
};

/** regexall(pattern, string): every non-overlapping match, in order. */
export const regexallSpec: FunctionSpec = {
  description:
    "`regexall` applies a [regular expression](https://en.wikipedia.org/wiki/Regular_expression) to a string and returns a list of all matches.",
  params: PARAMS,
  returnType: (args) => {
    const t = patternResultType(args[0]!) ?? DynamicPseudoType;
    return t instanceof FuncError ? t : listOf(t);
  },
  impl: (args, retType) => {
    const ety = retType.kind === "list" ? retType.element : DynamicPseudoType;
    if (ety.kind === "dynamic") return DynamicVal;
    const c = compilePattern(args[0]!.asString());
    if (c instanceof FuncError) return c;
    const matches = matchAll(c, args[1]!.asString());
    return Value.list(
      matches.map((m) => matchValue(c, m, ety)),
      ety,
    );
  },
};
