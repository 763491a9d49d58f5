import { describe } from "vitest";
import { stringFunctions } from "../../../../lang/funcs/string/index.js";
import { StringType } from "../../../../lang/types/type.js";
import { Value } from "../../../../lang/values/value.js";
import { UNKNOWN } from "../../../helpers/values.js";
import { runTable, sensitive, type FuncRow } from "./func-table.js";

// replace: plain substrings, and /regexp/ searches with Go's ReplaceAllString and $-expansion.
// Expected values and messages were printed by Terraform v1.11.4 (`terraform console`; the
// templates there are written with `$${...}` to escape HCL interpolation).

const rep = (str: string, substr: string, replacement: string, want: string): FuncRow => ({
  fn: "replace",
  args: [str, substr, replacement],
  want,
});

const rows: FuncRow[] = [
  rep("hello world", "o", "0", "hell0 w0rld"),
  rep("1 + 2 + 3", "+", "-", "1 - 2 - 3"),
  rep("hello", "", "-", "-h-e-l-l-o-"),
  rep("", "", "-", "-"),
  rep("héllo", "é", "e", "hello"),
  // A replacement is never a template outside /regexp/ searches.
  rep("abc", "b", "$1$$", "a$1$$c"),
  rep("hello", "/", "x", "hello"),
  rep("hello", "/l+/", "L", "heLo"),
  rep("a/b", "//", "x", "xax/xbx"),
  rep("abc", "/(a)(b)/", "$2$1", "bac"),
  rep("abc", "/(?P<x>a)/", "${x}!", "a!bc"),
  rep("xay", "/(?P<l>a)/", "[$l]", "x[a]y"),
  // `$1x` names a group "1x", which does not exist.
  rep("abc", "/(a)/", "$1x", "bc"),
  rep("xay", "/(a)/", "$1_", "xy"),
  rep("xay", "/(a)/", "${1}_", "xa_y"),
  rep("abc", "/(a)/", "${1}x", "axbc"),
  rep("abc", "/(a)/", "${1x", "${1xbc"),
  rep("abc", "/(a)/", "$$", "$bc"),
  rep("abc", "/(a)/", "$", "$bc"),
  rep("abc", "/(a)/", "$0$0", "aabc"),
  rep("abc", "/(a)/", "$01", "bc"),
  rep("aaa", "/a/", "$$1", "$1$1$1"),
  // Go's ReplaceAll skips an empty match right after a match (JavaScript would give "-a--c-").
  rep("abc", "/b*/", "-", "-a-c-"),
  rep("aaa", "/a*?/", "-", "-a-a-a-"),
  rep("héllo", "/x*/", "-", "-h-é-l-l-o-"),
  rep("abc", "/(?i)B/", "X", "aXc"),
  rep("a.b", "/./", "", ""),
  rep("a-b_c", "/[-_]/", " ", "a b c"),
  { fn: "replace", args: [Value.unknown(StringType), "a", "b"], want: UNKNOWN },
  { fn: "replace", args: ["abc", Value.unknown(StringType), "b"], want: UNKNOWN },
  { fn: "replace", args: [sensitive("secret"), "e", "3"], want: { sensitive: "s3cr3t" } },
  { fn: "replace", args: ["abc", "/(a/", "x"], error: "error parsing regexp: missing closing ): `(a`" },
  { fn: "replace", args: ["abc", "/a**/", "x"], error: "error parsing regexp: invalid nested repetition operator: `**`" },
  { fn: "replace", args: ["abc", "/(?=a)/", "x"], error: "error parsing regexp: invalid or unsupported Perl syntax: `(?=`" },
  { fn: "replace", args: ["abc", Value.null(StringType), "x"], error: "argument must not be null", argIndex: 1 },
];

describe("replace", () => runTable(stringFunctions, rows));
