// Terraform's string functions: case mapping, trimming, splitting and joining, substrings by
// grapheme cluster, printf-style format/formatlist (cty's verbs), and the RE2 regular expression
// functions regex, regexall and replace (RE2 patterns translated to JavaScript RegExps).
import type { FunctionSpec } from "../function.js";
import { lowerSpec, titleSpec, upperSpec } from "./case.js";
import { formatSpec, formatlistSpec } from "./format.js";
import { indentSpec } from "./indent.js";
import { regexSpec, regexallSpec } from "./regex.js";
import { replaceSpec } from "./replace.js";
import { endswithSpec, startswithSpec, strcontainsSpec } from "./search.js";
import { joinSpec, splitSpec } from "./split-join.js";
import { strrevSpec, substrSpec } from "./substr.js";
import { chompSpec, trimSpec, trimprefixSpec, trimspaceSpec, trimsuffixSpec } from "./trim.js";

/** The string functions by Terraform name. */
export const stringFunctions: ReadonlyMap<string, FunctionSpec> = new Map([
  ["chomp", chompSpec],
  ["endswith", endswithSpec],
  ["format", formatSpec],
  ["formatlist", formatlistSpec],
  ["indent", indentSpec],
  ["join", joinSpec],
  ["lower", lowerSpec],
  ["regex", regexSpec],
  ["regexall", regexallSpec],
  ["replace", replaceSpec],
  ["split", splitSpec],
  ["startswith", startswithSpec],
  ["strcontains", strcontainsSpec],
  ["strrev", strrevSpec],
  ["substr", substrSpec],
  ["title", titleSpec],
  ["trim", trimSpec],
  ["trimprefix", trimprefixSpec],
  ["trimsuffix", trimsuffixSpec],
  ["trimspace", trimspaceSpec],
  ["upper", upperSpec],
]);
