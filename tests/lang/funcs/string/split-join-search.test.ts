import { describe } from "vitest";
import { stringFunctions } from "../../../../lang/funcs/string/index.js";
import { DynamicPseudoType, NumberType, StringType, listOf } from "../../../../lang/types/type.js";
import { Value } from "../../../../lang/values/value.js";
import { UNKNOWN } from "../../../helpers/values.js";
import { runTable, sensitive, type FuncRow } from "./func-table.js";

// split, join, startswith, endswith, strcontains, substr and strrev.
// Expected values and messages were printed by Terraform v1.11.4 (`terraform console`).

const unknownString = Value.unknown(StringType);
const strings = (...xs: string[]): Value => Value.list(xs.map(Value.string), StringType);

const rows: FuncRow[] = [
  { fn: "split", args: [",", "foo,bar,baz"], want: ["foo", "bar", "baz"], type: "list(string)" },
  { fn: "split", args: [",", "a,,b"], want: ["a", "", "b"] },
  { fn: "split", args: ["::", "a::b::"], want: ["a", "b", ""] },
  { fn: "split", args: [",", ""], want: [""] },
  // An empty separator splits between code points; nothing to split gives an empty list.
  { fn: "split", args: ["", "héllo"], want: ["h", "é", "l", "l", "o"] },
  { fn: "split", args: ["", ""], want: [], type: "list(string)" },
  { fn: "split", args: [",", unknownString], want: UNKNOWN },
  { fn: "split", args: [",", sensitive("a,b")], want: { sensitive: ["a", "b"] } },
  { fn: "split", args: [",", ["a"]], error: "string required", argIndex: 1 },
  { fn: "join", args: [", ", ["foo", "bar", "baz"]], want: "foo, bar, baz" },
  { fn: "join", args: ["", ["a", "b"]], want: "ab" },
  { fn: "join", args: [",", []], want: "" },
  { fn: "join", args: ["-", ["a"], ["b", "c"]], want: "a-b-c" },
  { fn: "join", args: [",", Value.set([Value.string("b"), Value.string("a")])], want: "a,b" },
  { fn: "join", args: [",", [1, true]], want: "1,true" },
  { fn: "join", args: [",", Value.list([Value.string("a"), Value.unknown(StringType)])], want: UNKNOWN },
  { fn: "join", args: [",", Value.unknown(listOf(StringType))], want: UNKNOWN },
  { fn: "join", args: [",", ["a", sensitive("b")]], want: { sensitive: "a,b" } },
  { fn: "join", args: [","], error: "at least one list is required" },
  { fn: "join", args: [",", "a"], error: "list of string required", argIndex: 1 },
  {
    fn: "join",
    args: [",", Value.list([Value.string("a"), Value.null(StringType)])],
    error: "element 1 is null; cannot concatenate null values",
    argIndex: 1,
  },
  {
    fn: "join",
    args: [",", strings("a"), Value.list([Value.string("b"), Value.null(StringType)])],
    error: "element 1 of list 2 is null; cannot concatenate null values",
    argIndex: 2,
  },
  { fn: "startswith", args: ["hello", "he"], want: true },
  { fn: "startswith", args: ["hello", ""], want: true },
  { fn: "startswith", args: ["hello", "hello world"], want: false },
  { fn: "startswith", args: [unknownString, "x"], want: UNKNOWN },
  // An unknown string with a known prefix can still answer.
  { fn: "startswith", args: [Value.unknown(StringType, { stringPrefix: "https://" }), "https:"], want: true },
  { fn: "startswith", args: [Value.unknown(StringType, { stringPrefix: "https://" }), "http:"], want: false },
  { fn: "startswith", args: [Value.unknown(StringType, { stringPrefix: "ht" }), "https:"], want: UNKNOWN },
  { fn: "startswith", args: [unknownString, ""], want: true },
  { fn: "startswith", args: ["hello", unknownString], want: UNKNOWN },
  { fn: "startswith", args: [sensitive("hello"), "he"], want: { sensitive: true } },
  { fn: "startswith", args: [["a"], "a"], error: "string required", argIndex: 0 },
  { fn: "endswith", args: ["hello", "lo"], want: true },
  { fn: "endswith", args: ["hello", ""], want: true },
  { fn: "endswith", args: ["hello", "hello world"], want: false },
  { fn: "endswith", args: [unknownString, "lo"], want: UNKNOWN },
  { fn: "endswith", args: ["hello", sensitive("lo")], want: { sensitive: true } },
  { fn: "strcontains", args: ["hello", "ell"], want: true },
  { fn: "strcontains", args: ["hello", "x"], want: false },
  { fn: "strcontains", args: ["", ""], want: true },
  { fn: "strcontains", args: ["héllo", "é"], want: true },
  { fn: "strcontains", args: [unknownString, "x"], want: UNKNOWN },
  { fn: "strcontains", args: [sensitive("abc"), "b"], want: { sensitive: true } },
  { fn: "strcontains", args: ["abc", Value.null(StringType)], error: "argument must not be null", argIndex: 1 },
  { fn: "substr", args: ["hello world", 1, 4], want: "ello" },
  { fn: "substr", args: ["hello", -3, -1], want: "llo" },
  { fn: "substr", args: ["hello", -3, 2], want: "ll" },
  { fn: "substr", args: ["hello", 10, 2], want: "" },
  { fn: "substr", args: ["hello", -10, 2], want: "he" },
  { fn: "substr", args: ["hello", 0, 0], want: "" },
  { fn: "substr", args: ["hello", 1, 0], want: "" },
  // cty quirk: with a negative offset a length of 0 means "to the end".
  { fn: "substr", args: ["hello", -5, 0], want: "hello" },
  { fn: "substr", args: ["hello", 1, -5], want: "ello" },
  { fn: "substr", args: ["hello", 5, 1], want: "" },
  { fn: "substr", args: ["hello", 4, 1], want: "o" },
  { fn: "substr", args: ["", 0, 1], want: "" },
  { fn: "substr", args: ["", -1, 1], want: "" },
  { fn: "substr", args: ["noël", 2, 2], want: "ël" },
  { fn: "substr", args: ["🇫🇷🇩🇪🇮🇹", 1, 1], want: "🇩🇪" },
  { fn: "substr", args: [unknownString, 0, 1], want: UNKNOWN },
  { fn: "substr", args: ["abc", Value.unknown(NumberType), 1], want: UNKNOWN },
  { fn: "substr", args: ["abc", Value.unknown(DynamicPseudoType), 1], want: UNKNOWN },
  { fn: "substr", args: [sensitive("hello"), 1, 3], want: { sensitive: "ell" } },
  { fn: "substr", args: ["hello", sensitive(1), 3], want: { sensitive: "ell" } },
  {
    fn: "substr",
    args: ["abc", 1.5, 1],
    error: "value must be a whole number, between -9223372036854775808 and 9223372036854775807",
  },
  {
    fn: "substr",
    args: ["abc", 0, 1e30],
    error: "value must be a whole number, between -9223372036854775808 and 9223372036854775807",
  },
  { fn: "substr", args: ["abc", "x", 1], error: "a number is required", argIndex: 1 },
  { fn: "strrev", args: ["abc"], want: "cba" },
  { fn: "strrev", args: [""], want: "" },
  { fn: "strrev", args: ["noël 👨‍👩‍👧 abc"], want: "cba 👨‍👩‍👧 lëon" },
  { fn: "strrev", args: ["🇫🇷🇩🇪"], want: "🇩🇪🇫🇷" },
  { fn: "strrev", args: [unknownString], want: UNKNOWN },
  { fn: "strrev", args: [sensitive("ab")], want: { sensitive: "ba" } },
  { fn: "strrev", args: [["a"]], error: "string required", argIndex: 0 },
];

describe("split, join, search and substring functions", () => runTable(stringFunctions, rows));
