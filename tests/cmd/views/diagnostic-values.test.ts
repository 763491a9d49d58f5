import { describe, expect, it } from "vitest";
import { expressionValues } from "../../../cmd/views/diagnostic-values.js";
import { EvalContext } from "../../../lang/hcl/eval-context.js";
import { NativeExpression } from "../../../lang/eval/native-expression.js";
import type { DiagnosticExpression } from "../../../lang/source/diagnostics.js";
import { parseExpression } from "../../../lang/syntax/parse.js";
import { BoolType, DynamicPseudoType, listOf, mapOf, NumberType, setOf, StringType, tupleOf } from "../../../lang/types/type.js";
import { Mark } from "../../../lang/values/marks.js";
import { BigNum } from "../../../lang/values/number.js";
import { Value } from "../../../lang/values/value.js";
import { js } from "../../helpers/values.js";

// The statements Terraform (views/json/diagnostic.go) makes about an expression's references; the
// texts are those terraform v1.11.4 printed (see fixtures/diagnostics for whole-command goldens).

const local = js({
  s: "a <b> & c",
  n: 3,
  big: Value.number(BigNum.parse("12345678901234") as BigNum),
  frac: Value.number(BigNum.parse("0.1") as BigNum),
  t: true,
  nul: null,
  empty: [],
  one: ["x"],
  list: ["a", "b", "c"],
  obj0: {},
  obj1: { only: 1 },
  obj2: { a: 1, b: "x" },
  m: Value.map({ k: Value.string("v") }),
  set: Value.set([Value.string("q")]),
  elist: Value.list([], DynamicPseudoType),
  secret: Value.string("hunter2").mark(Mark.Sensitive),
  eph: Value.string("e").mark(Mark.Ephemeral),
  u: Value.unknown(StringType),
  ulist: Value.unknown(listOf(StringType)),
  uset: Value.unknown(setOf(StringType), { lengthLower: 1, lengthUpper: 2 }),
  umap: Value.unknown(mapOf(NumberType), { lengthLower: 3, lengthUpper: 3 }),
  umin: Value.unknown(listOf(BoolType), { lengthLower: 2 }),
  umax: Value.unknown(listOf(BoolType), { lengthUpper: 5 }),
  utuple: Value.unknown(tupleOf([StringType])),
  udyn: Value.unknown(DynamicPseudoType),
});
const ctx = new EvalContext(new Map([["local", local]]));

function about(src: string, extra: Partial<DiagnosticExpression> = {}): DiagnosticExpression {
  const { expr } = parseExpression(src, "test.tf");
  const native = new NativeExpression(expr);
  return { variables: () => native.variables(), ctx, ...extra };
}

function statements(src: string, extra: Partial<DiagnosticExpression> = {}): string[] {
  return expressionValues(about(src, extra)).map((v) => `${v.traversal} ${v.statement}`);
}

describe("expressionValues", () => {
  it.each([
    ["local.s", 'local.s is "a <b> & c"'],
    ["local.n", "local.n is 3"],
    ["local.big", "local.big is 1.23456789e+13"],
    ["local.frac", "local.frac is 0.1"],
    ["local.t", "local.t is true"],
    ["local.nul", "local.nul is null"],
    ["local.empty", "local.empty is empty tuple"],
    ["local.one", "local.one is tuple with 1 element"],
    ["local.list", "local.list is tuple with 3 elements"],
    ["local.obj0", "local.obj0 is object with no attributes"],
    ["local.obj1", 'local.obj1 is object with 1 attribute "only"'],
    ["local.obj2", "local.obj2 is object with 2 attributes"],
    ["local.m", "local.m is map of string with 1 element"],
    ["local.set", "local.set is set of string with 1 element"],
    ["local.elist", "local.elist is empty list of dynamic"],
    ['local.m["k"]', 'local.m["k"] is "v"'],
    ["local.list[1]", 'local.list[1] is "b"'],
    ["local.eph", 'local.eph is "e"'],
    ["local.u", "local.u is a string"],
    ["local.ulist", "local.ulist is a list of string"],
  ])("%s", (src, want) => {
    expect(statements(src)).toEqual([want]);
  });

  it("leaves out sensitive values and values of unknown type unless they caused the problem", () => {
    expect(statements("local.secret == local.udyn")).toEqual([]);
    expect(statements("local.secret", { causedBySensitive: true })).toEqual(["local.secret has a sensitive value"]);
  });

  it.each([
    ["local.u", "local.u is a string, known only after apply"],
    ["local.udyn", "local.udyn will be known only after apply"],
    ["local.utuple", "local.utuple is a tuple, known only after apply"],
    ["local.ulist", "local.ulist is a list of string, known only after apply"],
    ["local.uset", "local.uset is a set of string with between 1 and 2 elements, known only after apply"],
    ["local.umap", "local.umap is a map of number of length 3, known only after apply"],
    ["local.umin", "local.umin is a list of bool with at least 2 elements, known only after apply"],
    ["local.umax", "local.umax is a list of bool with up to 5 elements, known only after apply"],
  ])("describes %s fully when unknown values caused the problem", (src, want) => {
    expect(statements(src, { causedByUnknown: true })).toEqual([want]);
  });

  it("says a value is ephemeral when that caused the problem", () => {
    expect(statements("local.eph", { causedByEphemeral: true })).toEqual(['local.eph is "e", and is ephemeral']);
  });

  it("shortens a reference that does not resolve, and shows each one once, sorted", () => {
    expect(statements("local.obj2.c + local.n + local.list[7] + local.n")).toEqual([
      "local.list is tuple with 3 elements",
      "local.n is 3",
      "local.obj2 is object with 2 attributes",
    ]);
  });

  it("shows nothing for a reference of one step, an unknown root or no context", () => {
    expect(statements("[for x in local.list : x]")).toEqual(["local.list is tuple with 3 elements"]);
    expect(statements("var.nope")).toEqual([]);
    const { expr } = parseExpression("local.n", "test.tf");
    expect(expressionValues({ variables: () => new NativeExpression(expr).variables(), ctx: null })).toEqual([]);
  });
});
