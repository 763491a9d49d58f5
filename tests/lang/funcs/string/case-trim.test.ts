import { describe } from "vitest";
import { stringFunctions } from "../../../../lang/funcs/string/index.js";
import { DynamicPseudoType, NumberType, StringType } from "../../../../lang/types/type.js";
import { Value } from "../../../../lang/values/value.js";
import { UNKNOWN } from "../../../helpers/values.js";
import { runTable, sensitive, type FuncRow } from "./func-table.js";

// upper, lower, title, trim, trimprefix, trimsuffix, trimspace, chomp and indent.
// Expected values and messages were printed by Terraform v1.11.4 (`terraform console`).

const unknownString = Value.unknown(StringType);
const nullString = Value.null(StringType);

const rows: FuncRow[] = [
  { fn: "upper", args: ["hello"], want: "HELLO" },
  { fn: "upper", args: ["héllo wörld"], want: "HÉLLO WÖRLD" },
  // Go maps each code point with the simple mapping: ß has no single-letter uppercase.
  { fn: "upper", args: ["straße ᾀ ǆ ΑΣ İ"], want: "STRAßE ᾈ Ǆ ΑΣ İ" },
  { fn: "upper", args: ["ǆ"], want: "Ǆ" },
  { fn: "upper", args: [1], want: "1" },
  { fn: "upper", args: [""], want: "" },
  { fn: "upper", args: [unknownString], want: UNKNOWN },
  { fn: "upper", args: [Value.unknown(DynamicPseudoType)], want: UNKNOWN },
  { fn: "upper", args: [sensitive("abc")], want: { sensitive: "ABC" } },
  { fn: "upper", args: [["a"]], error: "string required", argIndex: 0 },
  { fn: "upper", args: [nullString], error: "argument must not be null", argIndex: 0 },
  { fn: "lower", args: ["HÉLLO"], want: "héllo" },
  // No final-sigma rule, and İ lowers to plain i (simple mapping).
  { fn: "lower", args: ["ΑΣ İ ǅ"], want: "ασ i ǆ" },
  { fn: "lower", args: [unknownString], want: UNKNOWN },
  { fn: "lower", args: [sensitive("ABC")], want: { sensitive: "abc" } },
  { fn: "lower", args: [true], want: "true" },
  { fn: "title", args: ["hello world-foo_bar ǆx 1abc ébc a.b"], want: "Hello World-Foo_bar ǅx 1abc Ébc A.B" },
  { fn: "title", args: ["o'neil mc-donald"], want: "O'Neil Mc-Donald" },
  { fn: "title", args: ["ა ᾳ ß"], want: "ა ᾼ ß" },
  { fn: "title", args: ["ǅungla"], want: "ǅungla" },
  { fn: "title", args: [""], want: "" },
  { fn: "title", args: [unknownString], want: UNKNOWN },
  { fn: "title", args: [sensitive("ab cd")], want: { sensitive: "Ab Cd" } },
  { fn: "trim", args: ["?!hello?!", "!?"], want: "hello" },
  { fn: "trim", args: ["  hi  ", " "], want: "hi" },
  { fn: "trim", args: ["ééaéé", "é"], want: "a" },
  { fn: "trim", args: ["abc", ""], want: "abc" },
  { fn: "trim", args: ["a", 1], want: "a" },
  { fn: "trim", args: ["xx", "x"], want: "" },
  { fn: "trim", args: [unknownString, "x"], want: UNKNOWN },
  { fn: "trim", args: [sensitive("xax"), "x"], want: { sensitive: "a" } },
  { fn: "trim", args: ["a", nullString], error: "argument must not be null", argIndex: 1 },
  { fn: "trimprefix", args: ["helloworld", "hello"], want: "world" },
  { fn: "trimprefix", args: ["hello", ""], want: "hello" },
  { fn: "trimprefix", args: ["hello", "hellox"], want: "hello" },
  { fn: "trimprefix", args: ["hellohello", "hello"], want: "hello" },
  { fn: "trimprefix", args: ["hello", unknownString], want: UNKNOWN },
  { fn: "trimprefix", args: ["hello", sensitive("he")], want: { sensitive: "llo" } },
  { fn: "trimsuffix", args: ["helloworld", "world"], want: "hello" },
  { fn: "trimsuffix", args: ["hello", ""], want: "hello" },
  { fn: "trimsuffix", args: ["a.txt.txt", ".txt"], want: "a.txt" },
  { fn: "trimsuffix", args: [unknownString, ".txt"], want: UNKNOWN },
  { fn: "trimsuffix", args: [sensitive("a.txt"), ".txt"], want: { sensitive: "a" } },
  { fn: "trimsuffix", args: [["a"], "x"], error: "string required", argIndex: 0 },
  { fn: "trimspace", args: ["  \n\thello\t "], want: "hello" },
  { fn: "trimspace", args: ["\u00a0 a\t\n"], want: "a" },
  // Go's White_Space includes U+0085 but not U+FEFF (JavaScript's trim is the other way round).
  { fn: "trimspace", args: ["\u0085 a \ufeff"], want: "a \ufeff" },
  { fn: "trimspace", args: [unknownString], want: UNKNOWN },
  { fn: "trimspace", args: [sensitive(" a ")], want: { sensitive: "a" } },
  { fn: "chomp", args: ["hello\n"], want: "hello" },
  { fn: "chomp", args: ["hello\r\n"], want: "hello" },
  { fn: "chomp", args: ["a\n\r\n\r"], want: "a" },
  { fn: "chomp", args: ["a\nb\n"], want: "a\nb" },
  { fn: "chomp", args: ["\r"], want: "" },
  { fn: "chomp", args: [""], want: "" },
  { fn: "chomp", args: [unknownString], want: UNKNOWN },
  { fn: "chomp", args: [sensitive("a\n")], want: { sensitive: "a" } },
  { fn: "indent", args: [2, "a\nb\n"], want: "a\n  b\n  " },
  { fn: "indent", args: [0, "a\nb"], want: "a\nb" },
  { fn: "indent", args: [4, ""], want: "" },
  { fn: "indent", args: ["3", "a\nb"], want: "a\n   b" },
  { fn: "indent", args: [Value.unknown(NumberType), "a"], want: UNKNOWN },
  { fn: "indent", args: [2, sensitive("a\nb")], want: { sensitive: "a\n  b" } },
  {
    fn: "indent",
    args: [1.5, "a\nb"],
    error: "value must be a whole number, between -9223372036854775808 and 9223372036854775807",
  },
  { fn: "indent", args: [-1, "a\nb"], error: "panic in function implementation: strings: negative Repeat count" },
  { fn: "indent", args: ["x", "a"], error: "a number is required", argIndex: 0 },
];

describe("case and trimming functions", () => runTable(stringFunctions, rows));
