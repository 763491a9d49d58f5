import { parseRE2 } from "./regex-parse.js";
import { RegexSyntaxError } from "./regex-syntax.js";
import { translate } from "./regex-translate.js";

// Compiling RE2 patterns to JavaScript RegExps, with a small cache since templates and for
// expressions call regex functions with the same pattern over and over.

/** A compiled pattern: the JavaScript RegExp (flags `gu`) and the names of groups 1..n ("" if unnamed). */
export interface CompiledRegex {
  readonly re: RegExp;
  readonly groupNames: readonly string[];
}

const CACHE_LIMIT = 256;
const cache = new Map<string, CompiledRegex | RegexSyntaxError>();

/** Compiles an RE2 pattern, or returns Go's syntax error for it. */
export function compileRE2(pattern: string): CompiledRegex | RegexSyntaxError {
  const hit = cache.get(pattern);
  if (hit) return hit;
  const compiled = compileUncached(pattern);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(pattern, compiled);
  return compiled;
}

function compileUncached(pattern: string): CompiledRegex | RegexSyntaxError {
  const parsed = parseRE2(pattern);
  if (parsed instanceof RegexSyntaxError) return parsed;
  const source = translate(parsed.root);
  // A translation JavaScript rejects is a bug here, not a user error: let it throw.
  return { re: new RegExp(source, "gu"), groupNames: parsed.groupNames };
}
