import { describe, expect, it } from "vitest";
import { callFunction } from "../../../../lang/funcs/call.js";
import { stringFunctions } from "../../../../lang/funcs/string/index.js";
import { StringType, tupleOf, listOf } from "../../../../lang/types/type.js";
import { BigNum } from "../../../../lang/values/number.js";
import { Value } from "../../../../lang/values/value.js";
import { UNKNOWN } from "../../../helpers/values.js";
import { runTable, sensitive, type FuncRow } from "./func-table.js";

// format and formatlist. Expected values and messages were printed by Terraform v1.11.4
// (`terraform console`); 1/3 and pow(2, 1024) are built with BigNum as Terraform computes them.

const num = (text: string): Value => Value.number(BigNum.parse(text)!);
const third = Value.number(BigNum.parse("1")!.quo(BigNum.parse("3")!) as BigNum);
const inf = Value.number(BigNum.POS_INF);
const negInf = Value.number(BigNum.NEG_INF);
const nullString = Value.null(StringType);
/** Numbers in the rows stand for HCL literals, which Terraform parses at 512 bits. */
const literals = (args: unknown[]): unknown[] => args.map((a) => (typeof a === "number" ? num(String(a)) : a));
const f = (args: unknown[], want: unknown): FuncRow => ({ fn: "format", args: literals(args), want });
const fErr = (args: unknown[], error: string, argIndex?: number): FuncRow => ({
  fn: "format",
  args: literals(args),
  error,
  argIndex,
});
const bad = (verb: string, offset: number, why: string): string => `unsupported value for "${verb}" at ${offset}: ${why}`;

const formatRows: FuncRow[] = [
  f(["Hello, %s!", "Ander"], "Hello, Ander!"),
  f(["There are %d lights", 4], "There are 4 lights"),
  f(["x"], "x"),
  f(["%%d"], "%d"),
  f(["%s", "%"], "%"),
  f(["%[2]s %s", "a", "b", "c"], "b c"),
  f(["%[2]s %[1]s", "a", "b"], "b a"),
  f(["%.s", "abc"], "abc"),
  f(["%.2s|%5s|%-5s|%05s", "abcdef", "ab", "ab", "ab"], "ab|   ab|ab   |000ab"),
  f(["%-05s|", "ab"], "ab000|"),
  f(["%5.1s|", "héllo"], "    h|"),
  f(["%3s|", "👨‍👩‍👧"], "  👨‍👩‍👧|"),
  f(["%q", 'a"b<>&\u2028'], '"a\\"b\\u003c\\u003e\\u0026\\u2028"'),
  f(["%q", "a\nb\u0001\t"], '"a\\nb\\u0001\\t"'),
  f(["%q", 5], '"5"'),
  f(["%10.4q|", "abcdef"], '    "abcd"|'),
  f(["%v %v %v", "s", 1.5, true], "s 1.5 true"),
  f(["%v", [1, "a", true]], '[1,"a",true]'),
  f(["%v", { a: 1, b: "x" }], '{"a":1,"b":"x"}'),
  f(["%v", { a: [1.5, { b: Value.null(StringType) }] }], '{"a":[1.5,{"b":null}]}'),
  f(["%v", Value.map({ a: Value.numberFrom(1) })], '{"a":1}'),
  f(["%v", Value.set([Value.string("b"), Value.string("a")])], '["a","b"]'),
  f(["%v", []], "[]"),
  f(["%v", {}], "{}"),
  f(["%5v|%-8v|", [1], { a: 1 }], '  [1]|{"a":1} |'),
  f(["%#v", "s"], '"s"'),
  f(["%#v", 1], "1"),
  f(["%#v", { a: "<" }], '{"a":"\\u003c"}'),
  f(["%v", nullString], "null"),
  f(["%#v", Value.list([nullString])], "[null]"),
  f(["%5t|%-7v|%05v", true, "ab", 12], "true|ab     |00012"),
  f(["%5v|", true], " true|"),
  f(["%5.2v|", 3.14159], "3.14159|"),
  f(["%t", "true"], "true"),
  f(["%s %s", true, 1.5], "true 1.5"),
  f(["%d %x %X %o %b", 255, 255, 255, 255, 5], "255 ff FF 377 101"),
  f(["%#x %#o %#b %#X", 255, 8, 5, 255], "0xff 010 0b101 0XFF"),
  f(["%#x %#o %x", 0, 0, 0], "0x0 00 0"),
  f(["%+d % d %05d %-5d| %.5d %8.3d %08.3d", 5, 5, -5, 5, 42, 7, 7], "+5  5 -0005 5    | 00042      007      007"),
  f(["%.0d|%5.0d|", 0, 0], "||"),
  f(["%-+ #0d", 5], "+5"),
  f(["%0-5d|", 3], "3    |"),
  f(["%+08d|% 8d|%.3d", 42, 42, -7], "+0000042|      42|-007"),
  f(["%10d|%-10x|", -42, 255], "       -42|ff        |"),
  f(["%x", -255], "-ff"),
  f(["%b", 1.0], "1"),
  f(["%d", num("12345678901234567890123")], "12345678901234567890123"),
  f(["%f %e %g %E %G", 3.14159, 314159, 0.00001234, 1.5, 1e21], "3.141590 3.141590e+05 1.234e-05 1.500000E+00 1E+21"),
  f(["%.2f %10.3f %-10.1f| %+f %08.2f % f", 1.005, 2.5, 3.25, 1, -1.5, 2], "1.00      2.500 3.2       | +1.000000 -0001.50  2.000000"),
  // Go 1.23+ fmt keeps the 0 flag with -, and big.Float pads with zeros first.
  f(["%-08.2f|", 1.5], "00001.50|"),
  f(["%08.3f|%+.2e|% .2e|%08.2e", -3.14159, 12345, 12345, -12345], "-003.142|+1.23e+04| 1.23e+04|-1.23e+04"),
  f(["%e|%e|%E|%.0e", 0, 0.1, 123456789, 5.5], "0.000000e+00|1.000000e-01|1.234568E+08|6e+00"),
  f(["%.20f|%.30f", 0.1, 0.1], "0.10000000000000000000|0.100000000000000000000000000000"),
  f(["%.0f %.0f %.0f %.1f", 0.5, 1.5, 2.5, 0.05], "0 2 2 0.1"),
  f(["%g %g %g %G", 1e-5, 123456789, 0, 1e-7], "1e-05 1.23456789e+08 0 1E-07"),
  f(["%g|%g|%G", 1e20, 1e21, 1e-10], "1e+20|1e+21|1E-10"),
  f(["%.3g %.10g %g %#.3g", 1234567, third, 100000, 1], "1.23e+06 0.3333333333 100000 1"),
  f(["%v %v %v %v", 1000000, 100000, 1e21, 0.0001], "1e+06 100000 1e+21 0.0001"),
  f(["%v|%v|%v|%v", num("100000000000000000000000"), 123456.7, 1234567.5, 1e100], "1e+23|123456.7|1.2345675e+06|1e+100"),
  f(["%v|%v|%v", num("12345678901234567890"), -0.5, 0.1], "1.234567890123456789e+19|-0.5|0.1"),
  f(["%f", num("12345678901234567890.125")], "12345678901234567890.125000"),
  f(["%v", third], "0." + "3".repeat(154) + "5"),
  f(["%.60e", third], `3.${"3".repeat(60)}e-01`),
  f(["%v|%f|%+g|% g", inf, negInf, inf, inf], "+Inf|-Inf|+Inf| Inf"),
  f(["%010f|%-10e|", inf, negInf], "      +Inf|-Inf      |"),
  { fn: "format", args: ["Hello %s", Value.unknown(StringType)], want: UNKNOWN },
  { fn: "format", args: ["%v", Value.list([Value.unknown(StringType)])], want: UNKNOWN },
  // The literal null has no type yet, so the result is unknown, as in Terraform.
  { fn: "format", args: ["%v", null], want: UNKNOWN },
  { fn: "format", args: ["%s!", sensitive("x")], want: { sensitive: "x!" } },
  { fn: "format", args: ["%v", [sensitive("a")]], want: { sensitive: '["a"]' } },
  { fn: "format", args: [sensitive("%s"), "a"], want: { sensitive: "a" } },
  fErr(["%d", 1.5], bad("%d", 0, "an integer is required")),
  fErr(["%x", 1.5], bad("%x", 0, "an integer is required")),
  fErr(["%d", inf], bad("%d", 0, "an integer is required")),
  fErr(["%d", "x"], bad("%d", 0, "a number is required")),
  fErr(["%d", [1]], bad("%d", 0, "number required")),
  fErr(["%s", [1]], bad("%s", 0, "string required")),
  fErr(["%t", 1], bad("%t", 0, "bool required")),
  fErr(["%t", "x"], bad("%t", 0, "a bool is required")),
  fErr(["%s", nullString], bad("%s", 0, "null value cannot be formatted")),
  fErr(["%v", [inf]], bad("%v", 0, "cannot serialize infinity as JSON")),
  fErr(["%s"], 'not enough arguments for "%s" at 0: need index 1 but have 0 total'),
  fErr(["%s %s", "a"], 'not enough arguments for "%s" at 3: need index 2 but have 1 total'),
  fErr(["%[3]s", "a"], 'not enough arguments for "%[3]s" at 0: need index 3 but have 1 total'),
  fErr(["%z", 1], "unsupported format verb 'z' in \"%z\" at offset 0"),
  fErr(["é%z", 1], "unsupported format verb 'z' in \"%z\" at offset 2"),
  fErr(["%", 1], "invalid format string starting at offset 1"),
  fErr(["abc%"], "invalid format string starting at offset 4"),
  fErr(["%5", 1], "invalid format string starting at offset 2"),
  fErr(["%.", 1], "invalid format string starting at offset 2"),
  fErr(["%[1]", 1], "invalid format string starting at offset 4"),
  fErr(["%[0]d", 1], "unrecognized format character '0' at offset 2"),
  fErr(["%[x]d", 1], "unrecognized format character 'x' at offset 2"),
  fErr(["%*d", 1], "unrecognized format character '*' at offset 1"),
  fErr(["%.*d", 1], "unrecognized format character '*' at offset 2"),
  fErr(["%é", 1], "unrecognized format character 'é' at offset 1"),
  fErr(["%s", "a", "b"], "too many arguments; only 1 used by format string", 2),
  fErr(["%[1]s", "a", "b", "c"], "too many arguments; only 1 used by format string", 2),
  fErr(["x", 1], "too many arguments; no verbs in format string", 1),
  fErr(["%%", 1], "too many arguments; no verbs in format string", 1),
];

const fl = (args: unknown[], want: unknown): FuncRow => ({ fn: "formatlist", args, want });
const flErr = (args: unknown[], error: string, argIndex?: number): FuncRow => ({ fn: "formatlist", args, error, argIndex });
const iteration0 = (why: string): string => `error on format iteration 0: ${why}`;

const formatlistRows: FuncRow[] = [
  { fn: "formatlist", args: ["%s-%s", ["a", "b"], "x"], want: ["a-x", "b-x"], type: "list(string)" },
  fl(["Hello, %s!", ["Valentina", "Ander"]], ["Hello, Valentina!", "Hello, Ander!"]),
  fl(["%s=%d", ["a", "b"], [1, 2]], ["a=1", "b=2"]),
  { fn: "formatlist", args: ["%s", []], want: [], type: "list(string)" },
  fl(["hi"], ["hi"]),
  fl(["%s", "x"], ["x"]),
  fl(["%s", Value.set([Value.string("b"), Value.string("a")])], ["a", "b"]),
  fl(["%v", { a: 1 }], ['{"a":1}']),
  fl(["%v", [[1], [2]]], ["[1]", "[2]"]),
  fl(["%s!", Value.list([Value.string("a"), Value.unknown(StringType)])], ["a!", UNKNOWN]),
  fl(["%s", Value.unknown(listOf(StringType))], UNKNOWN),
  fl(["%s", null], UNKNOWN),
  fl(["%s", [sensitive("a"), "b"]], { sensitive: ["a", "b"] }),
  flErr(["%s-%s", ["a", "b"], ["c"]], "argument 2 has length 1, which is inconsistent with argument 1 of length 2", 2),
  flErr(["%s %s", ["a"], ["b"], ["c", "d"]], "argument 3 has length 2, which is inconsistent with argument 1 of length 1", 3),
  // An unknown tuple still has a known length.
  flErr(
    ["%s %s", ["a"], Value.unknown(tupleOf([StringType, StringType]))],
    "argument 2 has length 2, which is inconsistent with argument 1 of length 1",
    2,
  ),
  flErr(["%s"], 'not enough arguments for "%s" at 0: need index 1 but have 0 total'),
  flErr(["%d", ["a"]], iteration0(bad("%d", 0, "a number is required"))),
  flErr(["%s %s", ["a", "b"]], iteration0('not enough arguments for "%s" at 3: need index 2 but have 1 total')),
  flErr(["%s", Value.list([nullString])], iteration0(bad("%s", 0, "null value cannot be formatted"))),
  flErr(["%s", Value.null(listOf(StringType))], iteration0(bad("%s", 0, "null value cannot be formatted"))),
  flErr(["%s", ["a"], ["b"]], iteration0("too many arguments; only 1 used by format string")),
];

describe("format", () => runTable(stringFunctions, formatRows));
describe("formatlist", () => runTable(stringFunctions, formatlistRows));

describe("format of unknown values", () => {
  const call = (format: string): Value => {
    const r = callFunction("format", stringFunctions.get("format")!, [Value.string(format), Value.unknown(StringType)], {
      baseDir: ".",
    });
    if (!("value" in r)) throw new Error(r.failure.message);
    return r.value;
  };

  it("is known to start with the text before the first verb", () => {
    expect(call("Hello, %s!").refinement).toEqual({ notNull: true, stringPrefix: "Hello, " });
  });

  it("has no prefix when the format starts with a verb", () => {
    expect(call("%s!").refinement).toEqual({ notNull: true });
  });
});
