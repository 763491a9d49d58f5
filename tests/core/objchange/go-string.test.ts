import { describe, expect, it } from "vitest";
import { formatCtyPath, formatPathError, goString, goTypeString } from "../../../core/objchange/index.js";
import { Mark } from "../../../lang/values/marks.js";
import { BigNum } from "../../../lang/values/number.js";
import type { ValuePath } from "../../../lang/values/path.js";
import { Value } from "../../../lang/values/value.js";
import { objectOf, tupleOf, type Type } from "../../../lang/types/type.js";
import {
  B,
  D,
  DynamicVal,
  EmptyObjectT,
  EmptyObjectVal,
  N,
  S,
  bool,
  bound,
  list,
  listEmpty,
  listT,
  map,
  mapEmpty,
  mapT,
  nul,
  num,
  obj,
  objT,
  sensitive,
  set,
  setEmpty,
  setT,
  str,
  tuple,
  unk,
} from "./builders.js";

// cty's GoString (Go's %#v), which Terraform's objchange messages quote values in, and tfdiags'
// path formatting. Expected texts are what Go prints for the same cty values.

describe("goString (cty Value.GoString)", () => {
  it.each<[string, Value, string]>([
    ["string", str("x"), 'cty.StringVal("x")'],
    ["string with escapes", str('a"b\n\u00e9'), 'cty.StringVal("a\\"b\\né")'],
    ["small integer", num(1), "cty.NumberIntVal(1)"],
    ["negative integer", num(-42), "cty.NumberIntVal(-42)"],
    ["integer printed by %v of a big.Float", num(1000000), "cty.NumberIntVal(1e+06)"],
    ["parsed integer", Value.number(BigNum.parse("13")!), "cty.NumberIntVal(13)"],
    ["float a double holds", num(1.5), "cty.NumberFloatVal(1.5)"],
    ["small float", num(1e-7), "cty.NumberFloatVal(1e-07)"],
    ["parsed decimal no double holds", Value.number(BigNum.parse("0.1")!), 'cty.MustParseNumberVal("0.1")'],
    ["true", bool(true), "cty.True"],
    ["false", bool(false), "cty.False"],
    ["null", nul(S), "cty.NullVal(cty.String)"],
    ["null of unknown type", nul(D), "cty.NullVal(cty.DynamicPseudoType)"],
    ["unknown", unk(N), "cty.UnknownVal(cty.Number)"],
    ["dynamic unknown", DynamicVal, "cty.DynamicVal"],
    ["refined not null", unk(S, { notNull: true }), "cty.UnknownVal(cty.String).RefineNotNull()"],
    ["string prefix", unk(S, { stringPrefix: "boop:" }), 'cty.UnknownVal(cty.String).Refine().StringPrefixFull("boop:").NewValue()'],
    [
      "number bounds",
      unk(N, { notNull: true, numberLower: bound(0), numberUpper: bound(10, false) }),
      "cty.UnknownVal(cty.Number).Refine().NotNull().NumberLowerBound(cty.NumberIntVal(0), true).NumberUpperBound(cty.NumberIntVal(10), false).NewValue()",
    ],
    [
      "length bounds",
      unk(listT(S), { lengthLower: 1, lengthUpper: 3 }),
      "cty.UnknownVal(cty.List(cty.String)).Refine().CollectionLengthLowerBound(cty.NumberIntVal(1), true).CollectionLengthUpperBound(cty.NumberIntVal(3), true).NewValue()",
    ],
    ["list", list([str("a"), str("b")]), 'cty.ListVal([]cty.Value{cty.StringVal("a"), cty.StringVal("b")})'],
    ["empty list", listEmpty(S), "cty.ListValEmpty(cty.String)"],
    ["set in cty order", set([str("b"), str("a")]), 'cty.SetVal([]cty.Value{cty.StringVal("a"), cty.StringVal("b")})'],
    ["empty set", setEmpty(N), "cty.SetValEmpty(cty.Number)"],
    ["map", map({ b: num(2), a: num(1) }), 'cty.MapVal(map[string]cty.Value{"a":cty.NumberIntVal(1), "b":cty.NumberIntVal(2)})'],
    ["empty map", mapEmpty(B), "cty.MapValEmpty(cty.Bool)"],
    ["tuple", tuple([str("a"), num(1)]), 'cty.TupleVal([]cty.Value{cty.StringVal("a"), cty.NumberIntVal(1)})'],
    ["empty tuple", tuple([]), "cty.EmptyTupleVal"],
    ["object", obj({ foo: str("hello") }), 'cty.ObjectVal(map[string]cty.Value{"foo":cty.StringVal("hello")})'],
    ["empty object", EmptyObjectVal, "cty.EmptyObjectVal"],
    ["sensitive", sensitive(str("x")), 'cty.StringVal("x").Mark(marks.Sensitive)'],
    ["marked element", list([sensitive(str("x"))]), 'cty.ListVal([]cty.Value{cty.StringVal("x").Mark(marks.Sensitive)})'],
    [
      "two marks",
      str("x").mark(Mark.Sensitive | Mark.Ephemeral),
      'cty.StringVal("x").WithMarks(cty.NewValueMarks(marks.Sensitive, marks.Ephemeral))',
    ],
  ])("%s", (_name, v, want) => {
    expect(goString(v)).toBe(want);
  });
});

describe("goTypeString (cty Type.GoString)", () => {
  it.each<[string, Type, string]>([
    ["primitives", listT(B), "cty.List(cty.Bool)"],
    ["dynamic", mapT(D), "cty.Map(cty.DynamicPseudoType)"],
    ["set", setT(N), "cty.Set(cty.Number)"],
    ["object", objT({ b: N, a: S }), 'cty.Object(map[string]cty.Type{"a":cty.String, "b":cty.Number})'],
    ["empty object", EmptyObjectT, "cty.EmptyObject"],
    ["optional attributes", objectOf({ a: S, b: N }, ["b"]), 'cty.ObjectWithOptionalAttrs(map[string]cty.Type{"a":cty.String, "b":cty.Number}, []string{"b"})'],
    ["tuple", tupleOf([S, N]), "cty.Tuple([]cty.Type{cty.String, cty.Number})"],
    ["empty tuple", tupleOf([]), "cty.EmptyTuple"],
  ])("%s", (_name, t, want) => {
    expect(goTypeString(t)).toBe(want);
  });
});

describe("formatCtyPath and formatPathError (tfdiags)", () => {
  it.each<[string, ValuePath, string]>([
    ["attributes", [{ attr: "a" }, { attr: "b" }], ".a.b"],
    ["index", [{ attr: "a" }, { index: 2 }], ".a[2]"],
    ["map key", [{ attr: "tags" }, { key: 'N"x' }], '.tags["N\\"x"]'],
    ["string set element", [{ attr: "s" }, { element: str("v") }], '.s["v"]'],
    ["number set element", [{ element: num(3) }], "[3]"],
    ["object set element", [{ element: obj({ a: str("v") }) }], "[...]"],
    ["unknown set element", [{ element: unk(S) }], "[(not yet known)]"],
  ])("%s", (_name, path, want) => {
    expect(formatCtyPath(path)).toBe(want);
  });

  it.each<[string, ValuePath, string]>([
    ["at the root: just the message", [], "boom"],
    ["below: path, colon, message", [{ attr: "a" }], ".a: boom"],
  ])("%s", (_name, path, want) => {
    expect(formatPathError({ path, message: "boom" })).toBe(want);
  });
});
