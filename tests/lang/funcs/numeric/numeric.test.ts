import { describe } from "vitest";
import { numericFunctions } from "../../../../lang/funcs/numeric/index.js";
import { DynamicPseudoType, NumberType, StringType } from "../../../../lang/types/type.js";
import { BigNum } from "../../../../lang/values/number.js";
import { Value } from "../../../../lang/values/value.js";
import { UNKNOWN } from "../../../helpers/values.js";
import { runTable, sensitive, type FuncRow } from "../string/func-table.js";

// abs, ceil, floor, log, max, min, parseint, pow and signum. Numbers are built as Terraform builds
// its literals (512-bit parse); expected values and messages were printed by Terraform v1.11.4.

const n = (text: string): Value => Value.number(BigNum.parse(text)!);
const negZero = Value.number(BigNum.parse("0")!.neg());
const inf = Value.number(BigNum.POS_INF);
const negInf = Value.number(BigNum.NEG_INF);
const third = Value.number(BigNum.parse("1")!.quo(BigNum.parse("3")!) as BigNum);
const INT64 = "value must be a whole number, between -9223372036854775808 and 9223372036854775807";
const MAX_FLOAT =
  "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000000";
const NAN = "panic in function implementation: Float.SetFloat64(NaN)";
const call = (fn: string, args: unknown[], want: unknown): FuncRow => ({ fn, args, want });
const fail = (fn: string, args: unknown[], error: string, argIndex?: number): FuncRow => ({ fn, args, error, argIndex });

const rows: FuncRow[] = [
  call("abs", [n("-1.5")], 1.5),
  call("abs", [n("0")], 0),
  call("abs", [negZero], 0),
  call("abs", [n("-12345678901234567890.5")], "12345678901234567890.5"),
  call("abs", [negInf], Infinity),
  call("abs", [Value.unknown(NumberType)], UNKNOWN),
  call("abs", [Value.unknown(DynamicPseudoType)], UNKNOWN),
  call("abs", [sensitive(-3)], { sensitive: 3 }),
  call("abs", ["-2"], 2),
  fail("abs", ["x"], "a number is required", 0),
  fail("abs", [Value.null(NumberType)], "argument must not be null", 0),
  call("ceil", [n("1.1")], 2),
  call("ceil", [n("-1.1")], -1),
  call("ceil", [n("5")], 5),
  // The zero from ceil(-0.5) and ceil(-0) is a positive zero.
  call("ceil", [n("-0.5")], 0),
  call("ceil", [negZero], 0),
  call("ceil", [inf], Infinity),
  call("ceil", [Value.unknown(NumberType)], UNKNOWN),
  call("ceil", [sensitive(1.5)], { sensitive: 2 }),
  fail("ceil", [[1]], "number required", 0),
  call("floor", [n("-1.5")], -2),
  call("floor", [n("1.5")], 1),
  call("floor", [negZero], 0),
  call("floor", [n("1e400")], `1${"0".repeat(400)}`),
  call("floor", [negInf], -Infinity),
  call("floor", [Value.unknown(NumberType)], UNKNOWN),
  call("floor", [sensitive(2.5)], { sensitive: 2 }),
  call("log", [n("16"), n("2")], 4),
  call("log", [n("10"), n("10")], 1),
  call("log", [n("0"), n("10")], -Infinity),
  call("log", [n("8"), n("1")], Infinity),
  call("log", [n("100"), n("0")], -0),
  call("log", [inf, n("2")], Infinity),
  call("log", [Value.unknown(NumberType), n("2")], UNKNOWN),
  call("log", [sensitive(16), n("2")], { sensitive: 4 }),
  fail("log", [n("-1"), n("10")], NAN),
  fail("log", [n("1"), n("1")], NAN),
  fail("log", [n("1e400"), n("10")], `value must be between -${MAX_FLOAT} and ${MAX_FLOAT} inclusive`),
  call("pow", [n("3"), n("2")], 9),
  call("pow", [n("2"), n("-1")], 0.5),
  call("pow", [n("2"), n("0.5")], 1.4142135623730951),
  call("pow", [n("0"), n("0")], 1),
  call("pow", [n("10"), n("400")], Infinity),
  call("pow", [n("2"), n("1024")], Infinity),
  call("pow", [inf, n("0")], 1),
  call("pow", [n("2"), Value.unknown(NumberType)], UNKNOWN),
  call("pow", [n("2"), sensitive(3)], { sensitive: 8 }),
  fail("pow", [n("-8"), third], NAN),
  fail("pow", [n("2"), "x"], "a number is required", 1),
  call("max", [n("1"), n("2.5")], 2.5),
  call("max", [n("12"), n("54"), n("3")], 54),
  // The first of equal numbers wins, so the sign of zero is kept.
  call("max", [negZero, n("0")], -0),
  call("max", ["3", n("2")], 3),
  call("max", [inf, n("1")], Infinity),
  call("max", [n("1"), Value.unknown(NumberType)], UNKNOWN),
  call("max", [n("1"), sensitive(5)], { sensitive: 5 }),
  fail("max", [], "must pass at least one number"),
  fail("max", [n("2"), "a"], "a number is required", 1),
  call("min", [n("3"), n("-1"), n("2")], -1),
  call("min", [n("12"), n("54"), n("3")], 3),
  call("min", [n("0.5")], 0.5),
  call("min", [negInf, n("1")], -Infinity),
  call("min", [Value.unknown(DynamicPseudoType), n("1")], UNKNOWN),
  call("min", [sensitive(1), n("2")], { sensitive: 1 }),
  fail("min", [], "must pass at least one number"),
  call("signum", [n("-3")], -1),
  call("signum", [n("0")], 0),
  call("signum", [negZero], 0),
  call("signum", [n("5")], 1),
  call("signum", [Value.unknown(NumberType)], UNKNOWN),
  call("signum", [sensitive(-2)], { sensitive: -1 }),
  fail("signum", [n("0.5")], INT64),
  fail("signum", [n("1e30")], INT64),
  fail("signum", [inf], INT64),
  call("parseint", ["100", n("10")], 100),
  call("parseint", ["FF", n("16")], 255),
  call("parseint", ["ff", n("16")], 255),
  call("parseint", ["-10", n("16")], -16),
  call("parseint", ["+10", n("2")], 2),
  call("parseint", ["zZ", n("62")], 2231),
  call("parseint", ["Zz", n("36")], 1295),
  call("parseint", ["9999999999999999999999999", n("10")], "9999999999999999999999999"),
  call("parseint", [Value.unknown(StringType), n("10")], UNKNOWN),
  call("parseint", ["12", Value.unknown(NumberType)], UNKNOWN),
  call("parseint", [sensitive("12"), n("10")], { sensitive: 12 }),
  call("parseint", ["12", sensitive(10)], { sensitive: 12 }),
  fail("parseint", ["xyz", n("10")], 'cannot parse "xyz" as a base 10 integer', 0),
  fail("parseint", ["", n("10")], 'cannot parse "" as a base 10 integer', 0),
  fail("parseint", ["1_000", n("10")], 'cannot parse "1_000" as a base 10 integer', 0),
  fail("parseint", ["0x10", n("16")], 'cannot parse "0x10" as a base 16 integer', 0),
  fail("parseint", [" 1", n("10")], 'cannot parse " 1" as a base 10 integer', 0),
  fail("parseint", ["-", n("10")], 'cannot parse "-" as a base 10 integer', 0),
  // Terraform 1.11 does not redact sensitive text in this message.
  fail("parseint", [sensitive("x"), n("10")], 'cannot parse "x" as a base 10 integer', 0),
  fail("parseint", ["12", n("1")], "base must be a whole number between 2 and 62 inclusive", 1),
  fail("parseint", ["12", n("63")], "base must be a whole number between 2 and 62 inclusive", 1),
  fail("parseint", ["1", n("-1")], "base must be a whole number between 2 and 62 inclusive", 1),
  fail("parseint", ["12", n("2.5")], INT64, 1),
  fail("parseint", ["1", n("1e30")], INT64, 1),
  fail("parseint", [n("12"), n("10")], "first argument must be a string, not number", 0),
  fail("parseint", [["1"], n("10")], "first argument must be a string, not tuple", 0),
  fail("parseint", [Value.unknown(NumberType), n("10")], "first argument must be a string, not number", 0),
];

describe("numeric functions", () => runTable(numericFunctions, rows));
