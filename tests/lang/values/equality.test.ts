import { describe, expect, it } from "vitest";
import { valueEquals } from "../../../lang/values/equality.js";
import { BigNum } from "../../../lang/values/number.js";
import { Value } from "../../../lang/values/value.js";
import { BoolType, DynamicPseudoType, listOf, NumberType, StringType } from "../../../lang/types/type.js";
import { js } from "../../helpers/values.js";

const n = (x: number) => BigNum.fromInt(x);

describe("valueEquals (cty's Equals)", () => {
  it.each<[string, Value, Value, boolean | undefined]>([
    ["equal strings", js("a"), js("a"), true],
    ["different strings", js("a"), js("b"), false],
    ["numbers by value", Value.numberFrom(1), Value.number(BigNum.parse("1.0")!), true],
    ["different types", js("1"), js(1), false],
    ["nulls of different types", Value.null(StringType), Value.null(NumberType), true],
    ["null and a value", Value.null(StringType), js("a"), false],
    ["equal tuples", js([1, "a"]), js([1, "a"]), true],
    ["tuples of different length", js([1]), js([1, 2]), false],
    ["objects", js({ a: 1, b: [true] }), js({ a: 1, b: [true] }), true],
    ["sets regardless of order", Value.set([js("b"), js("a")]), Value.set([js("a"), js("b")]), true],
    ["two unknowns", Value.unknown(StringType), Value.unknown(StringType), undefined],
    ["unknown and a value of its type", Value.unknown(StringType), js("a"), undefined],
    ["unknown and a value of another type", Value.unknown(StringType), js(1), false],
    ["unknown of unknown type", Value.unknown(DynamicPseudoType), js(1), undefined],
    ["null and a plain unknown", Value.null(StringType), Value.unknown(StringType), undefined],
    ["null and an unknown refined not-null", Value.null(StringType), Value.unknown(StringType, { notNull: true }), false],
    ["a string outside an unknown's known prefix", js("xy"), Value.unknown(StringType, { stringPrefix: "ab" }), false],
    ["a string inside an unknown's known prefix", js("abc"), Value.unknown(StringType, { stringPrefix: "ab" }), undefined],
    ["a number below an unknown's lower bound", js(3), Value.unknown(NumberType, { numberLower: { value: n(5), inclusive: true } }), false],
    ["a number on an exclusive upper bound", js(5), Value.unknown(NumberType, { numberUpper: { value: n(5), inclusive: false } }), false],
    ["a number within bounds", js(5), Value.unknown(NumberType, { numberLower: { value: n(5), inclusive: true } }), undefined],
    ["a list longer than an unknown's length bound", Value.list([js("a"), js("b")]), Value.unknown(listOf(StringType), { lengthUpper: 1 }), false],
    ["an unknown element decides", js([Value.unknown(BoolType), 1]), js([true, 2]), undefined],
  ])("%s", (_name, a, b, want) => {
    expect(valueEquals(a, b)).toBe(want);
    expect(valueEquals(b, a)).toBe(want);
  });
});
