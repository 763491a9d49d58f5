import type { EvalResult } from "../hcl/expression.js";
import { errorDiag, type Diagnostic } from "../source/diagnostics.js";
import { rangeBetween } from "../source/range.js";
import type * as ast from "../syntax/ast.js";
import { DynamicPseudoType, listOf, tupleOf, typeEquals, type Type } from "../types/type.js";
import { DynamicVal, Value } from "../values/value.js";
import { elementsOf } from "./element-iterator.js";
import { failed, withDiags } from "./result.js";
import { about } from "./diag-expression.js";
import type { Scope } from "./scope.js";
import { definitelyNotNull, lengthLowerBound, lengthUpperBound } from "./value-range.js";

/**
 * `source[*].a` and `source.*.a` as hclsyntax evaluates them: `each` is applied to every element of a list,
 * set or tuple (a set or list gives a list, a tuple a tuple); any other value is treated as a one-element
 * tuple, null as an empty one; an unknown source gives an unknown of the type the result would have.
 */
export function evalSplat(expr: ast.SplatExpr, scope: Scope): EvalResult {
  const src = scope.eval(expr.source);
  if (failed(src)) return withDiags(DynamicVal, src.diagnostics);
  const diags = [...src.diagnostics];
  const source = src.value;
  const autoUpgrade = !isSequenceType(source.type);
  if (source.isNull) {
    if (autoUpgrade) return withDiags(Value.tuple([]).mark(source.marks), diags);
    const detail = "Splat expressions (with the * symbol) cannot be applied to null sequences.";
    diags.push(about(errorDiag("Splat of null value", detail, expr.source.range, rangeBetween(expr.source.range, expr.markerRange)), expr.source, scope));
    return withDiags(DynamicVal, diags);
  }
  if (source.type.kind === "dynamic") return withDiags(DynamicVal.mark(source.marks), diags);
  const upgradedUnknown = autoUpgrade && !source.isKnown && !definitelyNotNull(source);
  const seq = autoUpgrade ? Value.tuple([source]).mark(source.marks) : source;
  if (!seq.isKnown) return withDiags(unknownResult(expr, scope, seq, diags), diags);
  return applyEach(expr, scope, seq, upgradedUnknown, diags);
}

function isSequenceType(t: Type): boolean {
  return t.kind === "list" || t.kind === "set" || t.kind === "tuple";
}

function applyEach(expr: ast.SplatExpr, scope: Scope, seq: Value, upgradedUnknown: boolean, diags: Diagnostic[]): EvalResult {
  const marks = seq.marks;
  const vals: Value[] = [];
  let known = true;
  for (const el of elementsOf(seq.unmark())) {
    const r = scope.withAnon(expr.item, el.value).eval(expr.each);
    diags.push(...r.diagnostics);
    if (failed(r)) known = false;
    vals.push(r.value);
  }
  if (upgradedUnknown) return withDiags(DynamicVal.mark(marks), diags);
  if (!known) return withDiags(Value.unknown(resultType(expr, scope, seq.type).type).mark(marks), diags);
  if (seq.type.kind === "tuple") return withDiags(Value.tuple(vals).mark(marks), diags);
  if (vals.length === 0) {
    const rt = resultType(expr, scope, seq.type);
    diags.push(...rt.diags);
    return withDiags(Value.list([], elementOf(rt.type)).mark(marks), diags);
  }
  if (!vals.every((v) => typeEquals(v.type, vals[0]!.type))) return nestedSplatError(expr, diags);
  return withDiags(Value.list(vals).mark(marks), diags);
}

/** The unknown result for an unknown source: typed by applying `each` to unknown elements. */
function unknownResult(expr: ast.SplatExpr, scope: Scope, seq: Value, diags: Diagnostic[]): Value {
  const rt = resultType(expr, scope, seq.type);
  diags.push(...rt.diags);
  if (rt.type.kind === "dynamic") return DynamicVal.mark(seq.marks);
  const plain = seq.unmark();
  const lengths =
    rt.type.kind === "list" && seq.type.kind !== "tuple"
      ? lengthBounds(lengthLowerBound(plain), lengthUpperBound(plain))
      : {};
  return Value.unknown(rt.type, { notNull: true, ...lengths }).mark(seq.marks);
}

function lengthBounds(lower: number, upper: number): { lengthLower?: number; lengthUpper?: number } {
  return { ...(lower > 0 ? { lengthLower: lower } : {}), ...(upper === Infinity ? {} : { lengthUpper: upper }) };
}

/** The type of the result, found by evaluating `each` with an unknown element of each element type. */
function resultType(expr: ast.SplatExpr, scope: Scope, sourceType: Type): { type: Type; diags: Diagnostic[] } {
  const diags: Diagnostic[] = [];
  const eachType = (et: Type): Type => {
    const r = scope.withAnon(expr.item, Value.unknown(et)).eval(expr.each);
    diags.push(...r.diagnostics);
    return r.value.type;
  };
  switch (sourceType.kind) {
    case "list":
    case "set":
      return { type: listOf(eachType(sourceType.element)), diags };
    case "tuple":
      return { type: tupleOf(sourceType.elements.map(eachType)), diags };
    default:
      return { type: DynamicPseudoType, diags };
  }
}

function elementOf(t: Type): Type {
  return t.kind === "list" ? t.element : DynamicPseudoType;
}

function nestedSplatError(expr: ast.SplatExpr, diags: Diagnostic[]): EvalResult {
  const detail =
    "The second level of splat expression produced elements of different types, so it isn't possible to construct a valid list to represent the top-level result.\n\nConsider using a for expression instead, to produce a tuple-typed result which can therefore have non-homogenous element types.";
  diags.push(errorDiag("Invalid nested splat expressions", detail, expr.each.range, expr.range));
  return withDiags(DynamicVal, diags);
}

/** A splat placeholder: the current element, or DynamicVal outside a splat. */
export function evalAnonSymbol(expr: ast.AnonSymbolExpr, scope: Scope): EvalResult {
  return withDiags(scope.anonValue(expr) ?? DynamicVal, []);
}
