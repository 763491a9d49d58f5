import { describe, expect, test } from "vitest";
import { js, toJS, UNKNOWN } from "../../helpers/values.js";
import { convert } from "../../../lang/types/convert.js";
import { setHashString } from "../../../lang/values/set-order.js";
import { compareCodePoints } from "../../../lang/text/code-point-order.js";
import { BigNum } from "../../../lang/values/number.js";
import { Value } from "../../../lang/values/value.js";
import { ty } from "./type-syntax.js";

// Orders are those Terraform v1.11's console printed for toset([...]).

function toset(elements: unknown[], type = "set(any)"): unknown {
  return toJS(convert(js(elements), ty(type)) as Value);
}

function num(text: string): Value {
  return Value.number(BigNum.parse(text)!);
}

describe("set element order", () => {
  const rows: [input: unknown[], want: unknown[], type?: string][] = [
    [["b", "a", "c"], ["a", "b", "c"]],
    [[3, 1, 2, -1, 1.5], [-1, 1, 1.5, 2, 3]],
    [[true, false], [false, true]],
    [[{ a: 1 }, { a: 2 }, { a: 0 }], [{ a: 0 }, { a: 1 }, { a: 2 }]],
    [[[2], [1]], [[1], [2]]],
    [["b", null, "a"], ["a", "b", null]],
    [[[10], [9], [100]], [[100], [10], [9]]],
    [["é", "z", "𝒳", "\uffff", "Z"], ["Z", "z", "é", "\uffff", "𝒳"]],
    [[["\n"], ["a"], ["é"], ["\u0001"], ['"']], [['"'], ["\n"], ["\u0001"], ["a"], ["é"]]],
    [[[12345678902], [12345678901]], [[12345678902], [12345678901]]],
    [[[12345678901], [12345678902]], [[12345678901], [12345678902]]],
    [[[num("1e-5")], [num("0.0001")], [-1]], [[-1], ["0.0001"], ["0.00001"]]],
    [[{ a: null }, { a: 1 }], [{ a: 1 }, { a: null }]],
    [[{ b: 1, a: 2 }, { a: 1, b: 3 }], [{ a: 1, b: 3 }, { a: 2, b: 1 }]],
    [[{ b: 1 }, { a: 2 }], [{ a: 2 }, { b: 1 }], "set(map(number))"],
    [[[true], [false]], [[false], [true]]],
    [[[1.5], [1.25]], [[1.25], [1.5]]],
  ];
  test.each(rows)("row %#", (input, want, type) => {
    expect(toset(input, type)).toEqual(want);
  });

  test("unknown elements come after known ones and before null, in insertion order", () => {
    const u1 = Value.unknown(ty("string"));
    const u2 = Value.unknown(ty("string"));
    const s = Value.set([Value.null(ty("string")), u1, Value.string("b"), u2, Value.string("a")], ty("string"));
    expect(s.elements().map(toJS)).toEqual(["a", "b", UNKNOWN, UNKNOWN, null]);
    expect(s.elements()[2]).toBe(u1);
  });
});

describe("set hash strings", () => {
  const rows: [value: Value, want: string][] = [
    [js("a\nb"), '"a\\nb"'],
    [js(12345678901), "1.23456789e+10"],
    [js(100), "100"],
    [num("1e10"), "1e+10"],
    [num("0.00001"), "1e-05"],
    [num("0.0001"), "0.0001"],
    [js([1, "x", true, null]), '<1;"x";T;~;>'],
    [js({ b: 1, a: [2] }), "<<2;>;1;>"],
    [convert(js({ k: "v" }), ty("map(string)")) as Value, '{"k":"v";}'],
    [convert(js([1]), ty("list(number)")) as Value, "[1;]"],
    [Value.tuple([Value.unknown(ty("string"))]), "<?;>"],
  ];
  test.each(rows)("%#: %s", (v, want) => {
    expect(setHashString(v)).toBe(want);
  });
});

describe("compareCodePoints", () => {
  test("orders by UTF-8 bytes, so astral characters sort after all others", () => {
    expect(compareCodePoints("𝒳", "\uffff")).toBe(1);
    expect(compareCodePoints("a", "b")).toBe(-1);
    expect(compareCodePoints("ab", "a")).toBe(1);
    expect(compareCodePoints("é", "é")).toBe(0);
  });
});
