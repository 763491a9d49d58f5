import { expect } from "vitest";
import { FuncError, staticReturnType, type FunctionSpec } from "../../../lang/funcs/function.js";
import { EvalContext } from "../../../lang/hcl/eval-context.js";
import type { Diagnostic } from "../../../lang/source/diagnostics.js";
import type { Range } from "../../../lang/source/range.js";
import { parseExpression } from "../../../lang/syntax/parse.js";
import { convert } from "../../../lang/types/convert.js";
import { BoolType, DynamicPseudoType, listOf, mapOf, NumberType, setOf, StringType, typeExprString, type Type } from "../../../lang/types/type.js";
import { Mark } from "../../../lang/values/marks.js";
import { BigNum } from "../../../lang/values/number.js";
import { DynamicVal, Value } from "../../../lang/values/value.js";
import { evaluate } from "../../../lang/eval/evaluate.js";
import { js, toJS } from "../../helpers/values.js";

// The context every evaluation table runs in, mirroring the Terraform configuration the expected results
// were taken from (`terraform console` / `terraform validate -json`, Terraform v1.11.4):
//   var.s, var.sn, var.sl: sensitive; var.n = 3;
//   local.u: unknown of unknown type (a resource attribute before apply), local.uk = tostring(local.u),
//   local.ukl = tolist(local.u), local.ul = [local.uk, "a"], and known values of each kind of type.

const sensitive = (v: Value): Value => v.mark(Mark.Sensitive);

const VAR = Value.object({
  s: sensitive(Value.string("secret")),
  sn: sensitive(Value.numberFrom(5)),
  sl: sensitive(Value.list([Value.string("a"), Value.string("b")])),
  n: Value.numberFrom(3),
});

const LOCAL = Value.object({
  u: DynamicVal,
  uk: Value.unknown(StringType),
  ukl: Value.unknown(listOf(StringType)),
  ul: Value.tuple([Value.unknown(StringType), Value.string("a")]),
  obj: js({ a: 1, b: "x" }),
  list: Value.list([Value.string("a"), Value.string("b")]),
  set: Value.set([Value.string("b"), Value.string("a")]),
  map: Value.map({ a: Value.numberFrom(1), b: Value.numberFrom(2) }),
  objs: Value.list([js({ a: 1, b: "p" }), js({ a: 2, b: "q" })]),
  nul: Value.null(StringType),
});

function str(a: Value): string {
  return a.asString();
}

/** A few functions shaped like Terraform's, enough to exercise calls (the real ones live in lang/funcs). */
const FUNCTIONS: ReadonlyMap<string, FunctionSpec> = new Map<string, FunctionSpec>([
  ["upper", spec([{ name: "str", type: StringType }], StringType, (a) => Value.string(str(a[0]!).toUpperCase()))],
  ["core::upper", spec([{ name: "str", type: StringType }], StringType, (a) => Value.string(str(a[0]!).toUpperCase()))],
  ["max", maxSpec()],
  ["tostring", conversionSpec(StringType)],
  ["tonumber", conversionSpec(NumberType)],
  ["tolist", conversionSpec(listOf(DynamicPseudoType))],
  ["toset", conversionSpec(setOf(DynamicPseudoType))],
  ["tomap", conversionSpec(mapOf(DynamicPseudoType))],
  ["not", spec([{ name: "v", type: BoolType }], BoolType, (a) => Value.bool(!a[0]!.asBool()))],
  ["fail", spec([], StringType, () => new FuncError("this function always fails"))],
  ["second_bad", spec([{ name: "a", type: StringType }, { name: "b", type: StringType }], StringType, () => new FuncError("b is not allowed", 1))],
]);

function spec(params: FunctionSpec["params"], ret: typeof StringType, impl: (a: readonly Value[]) => Value | FuncError): FunctionSpec {
  return { description: "test", params, returnType: staticReturnType(ret), impl: (args) => impl(args) };
}

function maxSpec(): FunctionSpec {
  return {
    description: "test",
    params: [],
    varParam: { name: "numbers", type: NumberType, allowDynamicType: true },
    returnType: staticReturnType(NumberType),
    impl: (args) => {
      if (args.length === 0) return new FuncError("must pass at least one number");
      return Value.number(BigNum.max(args.map((a) => a.asNumber()))!);
    },
  };
}

/** A type conversion function such as tolist: converts its argument, failing with the conversion's message. */
function conversionSpec(target: Type): FunctionSpec {
  const run = (v: Value): Value | FuncError => {
    const r = convert(v, target);
    return r instanceof Value ? r : new FuncError(r.message, 0);
  };
  return {
    description: "test",
    params: [{ name: "v", type: DynamicPseudoType, allowNull: true, allowUnknown: true, allowDynamicType: true, allowMarked: true }],
    returnType: (args) => {
      const r = run(args[0]!);
      return r instanceof Value ? r.type : r;
    },
    impl: (args) => run(args[0]!),
  };
}

/** The context of the tables: `var`, `local` and the functions above. */
export const CTX = new EvalContext(
  new Map([
    ["var", VAR],
    ["local", LOCAL],
  ]),
  FUNCTIONS,
);

/** Parses (failing the test on syntax errors) and evaluates an expression written at line 1, column 1. */
export function run(src: string, ctx: EvalContext | null = CTX): { value: Value; diagnostics: Diagnostic[] } {
  const { expr, diagnostics } = parseExpression(src, "test.tf");
  expect(diagnostics.map((d) => d.summary), `syntax errors in ${src}`).toEqual([]);
  return evaluate(expr, ctx);
}

/** A value row: the source and its expected value (as tests/helpers toJS renders it) and, optionally, type. */
export type ValueRow = readonly [src: string, value: unknown, type?: string];

/** An error row: the source and the expected diagnostics as [summary, detail, "line:col-line:col"]. */
export type ErrorRow = readonly [src: string, ...diags: (readonly [string, string, string])[]];

/** Asserts a value row. */
export function expectValue([src, value, type]: ValueRow, ctx: EvalContext | null = CTX): void {
  const r = run(src, ctx);
  expect(r.diagnostics.map(describeDiag), src).toEqual([]);
  expect(toJS(r.value), src).toEqual(value);
  if (type !== undefined) expect(typeExprString(r.value.type), src).toBe(type);
}

/** Asserts an error row: exactly these diagnostics, with their subject ranges. */
export function expectErrors([src, ...diags]: ErrorRow, ctx: EvalContext | null = CTX): void {
  const r = run(src, ctx);
  expect(r.diagnostics.map(describeDiag), src).toEqual(diags.map((d) => [...d]));
}

/** A diagnostic as [summary, detail, subject range]. */
export function describeDiag(d: Diagnostic): [string, string, string] {
  return [d.summary, d.detail ?? "", d.subject ? shortRange(d.subject) : ""];
}

/** `line:col-line:col` of a range. */
export function shortRange(r: Range): string {
  return `${r.start.line}:${r.start.column}-${r.end.line}:${r.end.column}`;
}

/** Marker for expected sensitive values in rows (as toJS renders them). */
export function sens(x: unknown): { sensitive: unknown } {
  return { sensitive: x };
}
