import { describe, expect, test } from "vitest";
import { js, toJS, UNKNOWN } from "../../helpers/values.js";
import { canConvert, canConvertSafe, convert, ConversionError, formatConversionError } from "../../../lang/types/convert.js";
import { typeExprString } from "../../../lang/types/type.js";
import { Mark } from "../../../lang/values/marks.js";
import { BigNum } from "../../../lang/values/number.js";
import { Value } from "../../../lang/values/value.js";
import { ty } from "./type-syntax.js";

// Expectations are what Terraform v1.11 printed for `variable "x" { type = T, default = V }`
// (terraform console `var.x`, or the "not compatible with the variable's type constraint: ..." text).

function conv(v: unknown, t: string): Value {
  const r = convert(js(v), ty(t));
  if (r instanceof ConversionError) throw new Error(formatConversionError(r));
  return r;
}

describe("convert: successful conversions", () => {
  const rows: [value: unknown, type: string, want: unknown, wantType: string][] = [
    [1, "string", "1", "string"],
    [1.5, "string", "1.5", "string"],
    [true, "string", "true", "string"],
    [Value.number(BigNum.parse("1e30")!), "string", "1000000000000000000000000000000", "string"],
    ["1", "number", 1, "number"],
    ["1e3", "number", 1000, "number"],
    ["1p3", "number", 8, "number"],
    [".5", "number", 0.5, "number"],
    ["5.", "number", 5, "number"],
    ["+5", "number", 5, "number"],
    ["true", "bool", true, "bool"],
    ["1", "bool", true, "bool"],
    ["0", "bool", false, "bool"],
    [[1, true, "a"], "list(string)", ["1", "true", "a"], "list(string)"],
    [["b", "a", "b"], "set(string)", ["a", "b"], "set(string)"],
    [[3, 1, 2, 1], "set(number)", [1, 2, 3], "set(number)"],
    [{ a: 1, b: true }, "map(string)", { a: "1", b: "true" }, "map(string)"],
    [{ a: 1, b: "2" }, "map(number)", { a: 1, b: 2 }, "map(number)"],
    [[1, "a"], "list(any)", ["1", "a"], "list(string)"],
    [[{ a: 1 }, { a: "x" }], "list(any)", [{ a: "1" }, { a: "x" }], "list(object({a=string}))"],
    [[{ a: 1 }, { b: 1 }], "list(any)", [{ a: 1 }, { b: 1 }], "list(map(number))"],
    [{ a: 1, b: "x" }, "map(any)", { a: "1", b: "x" }, "map(string)"],
    [{ a: { x: 1 }, b: { y: "s" } }, "map(any)", { a: { x: "1" }, b: { y: "s" } }, "map(map(string))"],
    [{ a: [1], b: ["x", 2] }, "map(any)", { a: ["1"], b: ["x", "2"] }, "map(list(string))"],
    [[[1], ["x", 2]], "list(any)", [["1"], ["x", "2"]], "list(list(string))"],
    [[["a"], [1]], "set(list(string))", [["1"], ["a"]], "set(list(string))"],
    [[{ a: 1 }, { b: "x" }], "list(map(string))", [{ a: "1" }, { b: "x" }], "list(map(string))"],
    [[{ a: 1 }, { b: "x" }], "list(map(any))", [{ a: "1" }, { b: "x" }], "list(map(string))"],
    [[{ a: 1 }, { a: "x" }], "list(object({a=any}))", [{ a: "1" }, { a: "x" }], "list(object({a=string}))"],
    [{ a: [1, "x"] }, "object({a=list(any)})", { a: ["1", "x"] }, "object({a=list(string)})"],
    [{ a: 1, b: "2", c: true }, "object({a=string, b=number})", { a: "1", b: 2 }, "object({a=string,b=number})"],
    [{ a: "x" }, "object({a=string, b=optional(number)})", { a: "x", b: null }, "object({a=string,b=number})"],
    [{ a: {} }, "object({a=object({b=optional(string)})})", { a: { b: null } }, "object({a=object({b=string})})"],
    [{ a: 1 }, "object({})", {}, "object({})"],
    [[1, "2"], "tuple([string, number])", ["1", 2], "tuple([string,number])"],
    [[], "list(any)", [], "list(dynamic)"],
    [{}, "map(any)", {}, "map(dynamic)"],
    [[], "set(any)", [], "set(dynamic)"],
    [[], "list(object({a=optional(number)}))", [], "list(object({a=number}))"],
    [{}, "map(object({a=optional(number)}))", {}, "map(object({a=number}))"],
    [{ a: 1 }, "any", { a: 1 }, "object({a=number})"],
    [null, "list(string)", null, "list(string)"],
    [{ a: null }, "object({a=string})", { a: null }, "object({a=string})"],
    [[{}, { a: "x" }], "list(object({a=optional(string)}))", [{ a: null }, { a: "x" }], "list(object({a=string}))"],
    [[{}, {}], "set(object({a=optional(string)}))", [{ a: null }], "set(object({a=string}))"],
    [{ a: {}, b: { x: 1 } }, "map(any)", { a: {}, b: { x: 1 } }, "map(map(number))"],
    [[[], [1]], "list(any)", [[], [1]], "list(list(number))"],
    [[null, 1], "list(any)", [null, 1], "list(number)"],
    [[null], "list(any)", [null], "list(dynamic)"],
    [{ a: null }, "map(any)", { a: null }, "map(dynamic)"],
    [[{ a: 1, b: "x" }, { a: "2", b: "y" }], "set(any)", [{ a: "1", b: "x" }, { a: "2", b: "y" }], "set(object({a=string,b=string}))"],
    [[{ a: [1] }, { a: ["x"] }], "list(any)", [{ a: ["1"] }, { a: ["x"] }], "list(object({a=tuple([string])}))"],
    [[{ a: [] }, { a: [1] }], "list(any)", [{ a: [] }, { a: [1] }], "list(object({a=list(number)}))"],
    [[{ a: {} }, { a: { b: 1 } }], "list(any)", [{ a: {} }, { a: { b: 1 } }], "list(object({a=map(number)}))"],
  ];
  test.each(rows)("%s to %s", (v, t, want, wantType) => {
    const r = conv(v, t);
    expect(toJS(r)).toEqual(want);
    expect(typeExprString(r.type)).toBe(wantType);
  });

  test("a value already of the wanted type is returned as it is", () => {
    const v = js({ a: 1 });
    expect(convert(v, v.type)).toBe(v);
  });

  test("string to number follows Go's big.ParseFloat: Inf is a number", () => {
    expect(conv("Inf", "number").asNumber().toString()).toBe("+Inf");
    expect(conv("-inf", "number").asNumber().toString()).toBe("-Inf");
  });
});

describe("convert: failures give cty's message and path", () => {
  // formatConversionError gives Terraform's "path: message" form.
  const rows: [value: unknown, type: string, want: string][] = [
    [[1], "string", "string required"],
    [{ a: 1 }, "string", "string required"],
    [" 1", "number", "a number is required"],
    ["0x10", "number", "a number is required"],
    ["1_000", "number", "a number is required"],
    ["", "number", "a number is required"],
    [true, "number", "number required"],
    ["True", "bool", 'a bool is required; to convert from string, use lowercase "true"'],
    ["FALSE", "bool", 'a bool is required; to convert from string, use lowercase "false"'],
    ["yes", "bool", "a bool is required"],
    [1, "bool", "bool required"],
    ["a", "list(string)", "list of string required"],
    [{ a: 1 }, "list(string)", "list of string required"],
    [[1], "map(string)", "map of string required"],
    ["a", "list(any)", "list of any single type required"],
    ["a", "map(list(any))", "map of list of any single type required"],
    ["a", "set(object({a=number}))", "set of object required"],
    ["a", "list(tuple([string]))", "list of tuple required"],
    [{ a: "x" }, "map(number)", '["a"]: a number is required'],
    [[1, [1]], "list(any)", "all list elements must have the same type"],
    [[{ a: 1 }, { a: [1] }], "list(any)", "all list elements must have the same type"],
    [[1, [1]], "set(any)", "all set elements must have the same type"],
    [{ a: 1, b: [1] }, "map(any)", "all map elements must have the same type"],
    [{}, "object({a=string, b=number})", 'attributes "a" and "b" are required'],
    [{}, "object({a=string, b=number, c=bool})", 'attributes "a", "b", and "c" are required'],
    [{}, "object({a=string, b=number, c=bool, d=string})", 'attributes "a", "b", "c", and "d" are required'],
    [{ b: 1 }, "object({a=string})", 'attribute "a" is required'],
    [{ a: "x" }, "object({a=number})", ".a: a number is required"],
    [{ a: "x", b: "y" }, "object({a=number, b=bool})", ".a: a number is required"],
    [{ a: "x", b: 1 }, "object({a=number, b=list(string)})", 'attribute "b": list of string required'],
    [{ a: [[1]] }, "object({a=list(string)})", 'attribute "a": element 0: string required'],
    [{ a: ["x"] }, "object({a=set(number)})", ".a[0]: a number is required"],
    [[1], "tuple([string, number])", "tuple required"],
    ["a", "tuple([string])", "tuple required"],
    [["a", "b"], "tuple([string, number])", "[1]: a number is required"],
    [[["a"]], "tuple([list(number)])", "[0][0]: a number is required"],
    [[1, "x", "y"], "list(number)", "[1]: a number is required"],
    [[[1], ["x"]], "list(list(number))", "[1][0]: a number is required"],
    [[[1], ["x"]], "list(set(number))", "[1][0]: a number is required"],
    [{ a: [1], b: ["x"] }, "map(list(number))", '["b"][0]: a number is required'],
    [[1, "x"], "set(number)", "[1]: a number is required"],
    [[{ a: 1 }, { b: 2 }], "list(object({a=number}))", 'element 1: attribute "a" is required'],
    [[{ a: 1 }, { a: "q" }], "list(object({a=number}))", "[1].a: a number is required"],
    [[[1]], "list(string)", "element 0: string required"],
    [[{ a: 1 }], "list(string)", "element 0: string required"],
    [{ a: [1] }, "map(string)", 'element "a": string required'],
    [[["a"], "b"], "list(list(string))", "element 1: list of string required"],
    [[{ a: 1 }, "b"], "list(map(string))", "element 1: map of string required"],
    [{ a: [1], b: "x" }, "map(list(number))", 'element "b": list of number required'],
    [{ a: 1 }, "list(number)", "list of number required"],
  ];
  test.each(rows)("%s to %s", (v, t, want) => {
    const r = convert(js(v), ty(t));
    expect(r).toBeInstanceOf(ConversionError);
    expect(formatConversionError(r as ConversionError)).toBe(want);
  });

  test("the path is kept apart from the message", () => {
    const r = convert(js({ a: ["x"] }), ty("object({a=list(number)})")) as ConversionError;
    expect(r.message).toBe("a number is required");
    expect(r.path).toEqual([{ attr: "a" }, { index: 0 }]);
  });
});

describe("convert: maps to objects", () => {
  const mapOf = (o: Record<string, unknown>): Value => conv(o, "map(string)");
  const rows: [Record<string, unknown>, string, unknown][] = [
    [{ a: "x", b: "y" }, "object({a=string})", { a: "x" }],
    [{ a: "1" }, "object({a=number, b=optional(bool)})", { a: 1, b: null }],
    [{ a: "1" }, "object({a=number, b=optional(list(string))})", { a: 1, b: null }],
    [{ b: "x" }, "object({a=number})", 'map has no element for required attribute "a"'],
    [{ a: "x" }, "object({a=number})", '["a"]: a number is required'],
    [{ a: "1", b: "x" }, "object({a=number, b=optional(list(string))})", 'map element type is incompatible with attribute "b": list of string required'],
    [{ a: "1" }, "object({a=list(string)})", "object required"],
  ];
  test.each(rows)("%s to %s", (m, t, want) => {
    const r = convert(mapOf(m), ty(t));
    expect(r instanceof ConversionError ? formatConversionError(r) : toJS(r)).toEqual(want);
  });
});

describe("convert: unknowns, nulls and marks", () => {
  test("an unknown converts to an unknown of the wanted type", () => {
    const r = convert(Value.unknown(ty("number")), ty("string")) as Value;
    expect(toJS(r)).toBe(UNKNOWN);
    expect(typeExprString(r.type)).toBe("string");
  });

  test("an unknown of unknown type converts to an unknown of the wanted type", () => {
    const r = convert(Value.unknown(ty("any")), ty("list(string)")) as Value;
    expect(r.isKnown).toBe(false);
    expect(typeExprString(r.type)).toBe("list(string)");
  });

  test("unknowns keep not-null and gain collection lengths where cty refines them", () => {
    const tuple = Value.unknown(js([1, 2]).type, { notNull: true });
    expect((convert(tuple, ty("list(string)")) as Value).refinement).toEqual({ notNull: true, lengthLower: 2, lengthUpper: 2 });
    expect((convert(tuple, ty("set(string)")) as Value).refinement).toEqual({ notNull: true, lengthLower: 1, lengthUpper: 2 });
    const obj = Value.unknown(js({ a: 1, b: 2, c: 3 }).type);
    expect((convert(obj, ty("map(number)")) as Value).refinement).toEqual({ lengthLower: 3, lengthUpper: 3 });
    const list = Value.unknown(ty("list(number)"), { lengthLower: 2, lengthUpper: 5 });
    expect((convert(list, ty("set(string)")) as Value).refinement).toEqual({ lengthLower: 1, lengthUpper: 5 });
    expect((convert(list, ty("list(string)")) as Value).refinement).toEqual({ lengthLower: 2, lengthUpper: 5 });
    const str = Value.unknown(ty("string"), { notNull: true, stringPrefix: "12" });
    expect((convert(str, ty("number")) as Value).refinement).toEqual({ notNull: true });
  });

  test("unknown and null results of `any` targets keep the source's own types", () => {
    const r = convert(Value.null(ty("list(number)")), ty("set(any)")) as Value;
    expect(r.isNull).toBe(true);
    expect(typeExprString(r.type)).toBe("set(number)");
    const u = convert(Value.unknown(js(["a", "b"]).type), ty("list(any)")) as Value;
    expect(typeExprString(u.type)).toBe("list(string)");
    const o = convert(Value.null(ty("map(string)")), ty("object({a=any, b=optional(number)})")) as Value;
    expect(typeExprString(o.type)).toBe("object({a=string,b=number})");
  });

  test("unknown elements convert inside known collections", () => {
    const t = Value.tuple([Value.unknown(ty("number")), js(2)]);
    expect(toJS(convert(t, ty("list(string)")) as Value)).toEqual([UNKNOWN, "2"]);
  });

  test("a set holding unknowns becomes an unknown list (its length is not known)", () => {
    const s = Value.set([Value.unknown(ty("string")), Value.string("a")], ty("string"));
    const r = convert(s, ty("list(string)")) as Value;
    expect(r.isKnown).toBe(false);
    expect(typeExprString(r.type)).toBe("list(string)");
  });

  test("marks stay where they were", () => {
    const top = convert(js(1).mark(Mark.Sensitive), ty("string")) as Value;
    expect(toJS(top)).toEqual({ sensitive: "1" });
    const nested = convert(Value.tuple([js(1).mark(Mark.Sensitive), js("b")]), ty("list(string)")) as Value;
    expect(toJS(nested)).toEqual([{ sensitive: "1" }, "b"]);
    const obj = convert(Value.object({ a: js(1).mark(Mark.Sensitive), b: js("x") }), ty("map(string)")) as Value;
    expect(toJS(obj)).toEqual({ a: { sensitive: "1" }, b: "x" });
  });

  test("a set takes its elements' marks onto itself, as cty's SetVal does", () => {
    const r = convert(Value.tuple([js("a").mark(Mark.Sensitive), js("b")]), ty("set(string)")) as Value;
    expect(toJS(r)).toEqual({ sensitive: ["a", "b"] });
    const deep = convert(Value.tuple([js(["a"]).mark(Mark.None), Value.tuple([js("b").mark(Mark.Sensitive)])]), ty("set(list(string))")) as Value;
    expect(deep.isSensitive).toBe(true);
  });

  test("a marked value that fails to convert fails the same way", () => {
    const r = convert(js("x").mark(Mark.Sensitive), ty("number"));
    expect((r as ConversionError).message).toBe("a number is required");
  });
});

describe("canConvert", () => {
  const rows: [from: string, to: string, unsafe: boolean, safe: boolean][] = [
    ["number", "string", true, true],
    ["string", "number", true, false],
    ["bool", "number", false, false],
    ["list(string)", "set(string)", true, false],
    ["set(string)", "list(string)", true, true],
    ["map(string)", "object({a=string})", true, false],
    ["object({a=number})", "map(string)", true, true],
    ["any", "string", true, false],
    ["string", "any", true, true],
    ["tuple([string, number])", "list(string)", true, true],
    ["tuple([string, number])", "list(number)", true, false],
    ["tuple([bool, number])", "list(any)", false, false],
    ["object({a=string})", "object({a=string, b=optional(number)})", true, true],
    ["object({b=string})", "object({a=string})", false, false],
  ];
  test.each(rows)("%s to %s", (from, to, unsafe, safe) => {
    expect(canConvert(ty(from), ty(to))).toBe(unsafe);
    expect(canConvertSafe(ty(from), ty(to))).toBe(safe);
  });
});
