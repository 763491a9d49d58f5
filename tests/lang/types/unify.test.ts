import { describe, expect, test } from "vitest";
import { js, toJS } from "../../helpers/values.js";
import { typeExprString, type Type } from "../../../lang/types/type.js";
import { unify, unifyUnsafe, unifyValues } from "../../../lang/types/unify.js";
import { Value } from "../../../lang/values/value.js";
import { ty } from "./type-syntax.js";

// Results checked against Terraform v1.11's conditional expressions (`true ? A : B`, which use
// UnifyUnsafe) and tolist()/toset() of mixed tuples.

function typeOf(x: unknown): Type {
  return js(x).type;
}

describe("unifyUnsafe", () => {
  const rows: [types: Type[], want: string | undefined, conversions: boolean][] = [
    [[ty("number"), ty("string")], "string", true],
    [[ty("string"), ty("number")], "string", true],
    [[ty("bool"), ty("number")], undefined, false],
    [[ty("number"), ty("number")], "number", false],
    [[ty("any"), ty("number")], "number", true],
    [[typeOf([1]), typeOf(["a"])], "tuple([string])", true],
    [[typeOf([1]), typeOf([1, 2])], "list(number)", true],
    [[typeOf([1]), typeOf([[1]])], undefined, false],
    [[typeOf({ a: 1 }), typeOf({ b: 2 })], "map(number)", true],
    [[typeOf({ a: 1 }), typeOf({ b: "x" })], "map(string)", true],
    [[typeOf({ a: 1 }), typeOf({ b: [1] })], undefined, false],
    [[typeOf({ a: 1 }), typeOf([1])], undefined, false],
    [[typeOf({ a: { x: 1 } }), typeOf({ a: { y: 1 } })], "object({a=map(number)})", true],
    [[typeOf([{ x: 1 }]), typeOf([{ x: [1] }])], undefined, false],
    [[ty("list(number)"), typeOf(["a", 2])], "list(string)", true],
    [[ty("list(number)"), typeOf([[1]])], undefined, false],
    [[ty("list(object({x=number}))"), ty("list(object({x=tuple([number])}))")], undefined, false],
    [[ty("map(string)"), typeOf({ a: 1 })], "map(string)", true],
    [[ty("set(number)"), ty("set(string)")], "set(string)", true],
    [[ty("set(number)"), ty("list(string)")], "list(string)", true],
    [[ty("list(string)"), ty("any")], "dynamic", true],
    [[typeOf({ a: null }), typeOf({ a: 1 })], "object({a=number})", true],
    [[typeOf([null]), typeOf([1])], "tuple([number])", true],
    [[], undefined, false],
  ];
  test.each(rows)("%#", (types, want, conversions) => {
    const u = unifyUnsafe(types);
    expect(u && typeExprString(u.type)).toBe(want);
    if (u) expect(u.conversions).toBe(conversions);
  });
});

describe("unify (safe)", () => {
  test("an unknown-typed input only converts to its neighbours unsafely", () => {
    expect(typeExprString(unify([ty("any"), ty("number")])!.type)).toBe("dynamic");
    expect(typeExprString(unifyUnsafe([ty("any"), ty("number")])!.type)).toBe("number");
  });

  test("number and string unify to string safely", () => {
    const u = unify([ty("number"), ty("string")])!;
    expect(typeExprString(u.type)).toBe("string");
    expect(u.converters[1]).toBeUndefined();
    expect(toJS(u.converters[0]!(js(12)) as Value)).toBe("12");
  });
});

describe("unifyValues (conditional results)", () => {
  const rows: [values: unknown[], want: unknown[] | undefined, wantType?: string][] = [
    [[1, "a"], ["1", "a"], "string"],
    [[[1], ["a"]], [["1"], ["a"]], "tuple([string])"],
    [[{ a: 1 }, { b: 2 }], [{ a: 1 }, { b: 2 }], "map(number)"],
    [[{ a: 1 }, { b: "x" }], [{ a: "1" }, { b: "x" }], "map(string)"],
    [[[1], [1, 2]], [[1], [1, 2]], "list(number)"],
    [[{ a: { x: 1 } }, { a: { y: 1 } }], [{ a: { x: 1 } }, { a: { y: 1 } }], "object({a=map(number)})"],
    [[1, null], [1, null], "number"],
    [[{ a: 1 }, { b: [1] }], undefined],
    [[true, 1], undefined],
    [[{ a: 1 }, [1]], undefined],
  ];
  test.each(rows)("%j", (values, want, wantType) => {
    const r = unifyValues(values.map(js));
    if (want === undefined) {
      expect(r).toBeUndefined();
      return;
    }
    expect(r && "values" in r).toBe(true);
    if (!r || !("values" in r)) return;
    expect(r.values.map(toJS)).toEqual(want);
    expect(typeExprString(r.type)).toBe(wantType);
  });

  test("a list and a tuple unify as a list", () => {
    const list = Value.list([js(1)]);
    const r = unifyValues([list, js(["a", 2])]);
    expect(r && "values" in r && r.values.map(toJS)).toEqual([["1"], ["a", "2"]]);
  });
});
