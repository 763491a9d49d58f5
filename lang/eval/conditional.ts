import type { EvalResult } from "../hcl/expression.js";
import { errorDiag, type Diagnostic } from "../source/diagnostics.js";
import { rangeBetween } from "../source/range.js";
import type * as ast from "../syntax/ast.js";
import { convert, ConversionError } from "../types/convert.js";
import { BoolType, DynamicPseudoType, isCollection, typeEquals, type Type } from "../types/type.js";
import type { ValueConversion } from "../types/conversion.js";
import { unifyUnsafe } from "../types/unify.js";
import { Mark } from "../values/marks.js";
import { DynamicVal, Value } from "../values/value.js";
import { describeConditionalTypeMismatch } from "./conditional-mismatch.js";
import { about } from "./diag-expression.js";
import { withDiags } from "./result.js";
import type { Scope } from "./scope.js";
import { definitelyNotNull, lengthUnionRefinement, numberUnionRefinement } from "./value-range.js";

/**
 * `cond ? a : b` as hclsyntax evaluates it: both results are evaluated and their types unified; the
 * condition must be a bool; an unknown condition gives an unknown of the unified type; the marks of the
 * condition and of both results go on the result; only the chosen result's diagnostics are reported.
 */
export function evalConditional(expr: ast.ConditionalExpr, scope: Scope): EvalResult {
  const t = scope.eval(expr.trueResult);
  const f = scope.eval(expr.falseResult);
  const rt = conditionalResultType(t.value, f.value);
  if (rt === undefined) return inconsistentTypes(expr, t.value.type, f.value.type, scope);
  const c = scope.eval(expr.condition);
  const diags = [...c.diagnostics];
  const branch = conditionBranch(expr, c.value, scope, diags);
  if (branch === undefined) return withDiags(Value.unknown(rt.type), diags);
  const marks = c.value.marks | t.value.marks | f.value.marks;
  if (branch === "unknown") return withDiags(unknownResult(t.value.unmark(), f.value.unmark(), rt.type).mark(marks), diags);
  const chosen = branch === "true" ? t : f;
  diags.push(...chosen.diagnostics);
  const value = convertResult(chosen.value.unmark(), rt, branch, expr, scope, diags);
  return withDiags(value.mark(marks), diags);
}

function inconsistentTypes(expr: ast.ConditionalExpr, trueTy: Type, falseTy: Type, scope: Scope): EvalResult {
  const detail = `The true and false result expressions must have consistent types. ${describeConditionalTypeMismatch(trueTy, falseTy)}.`;
  const subject = rangeBetween(expr.trueResult.range, expr.falseResult.range);
  return withDiags(DynamicVal, [about(errorDiag("Inconsistent conditional result types", detail, subject, expr.range), expr, scope)]);
}

/** Which result the condition selects; undefined (with the error recorded) when it is null or not a bool. */
function conditionBranch(expr: ast.ConditionalExpr, c: Value, scope: Scope, diags: Diagnostic[]): "true" | "false" | "unknown" | undefined {
  if (c.isNull) {
    const detail = "The condition value is null. Conditions must either be true or false.";
    diags.push(about(errorDiag("Null condition", detail, expr.condition.range, expr.range), expr.condition, scope));
    return undefined;
  }
  if (!c.isKnown) return "unknown";
  const cond = convert(c, BoolType);
  if (cond instanceof ConversionError) {
    const detail = "The condition expression must be of type bool.";
    diags.push(about(errorDiag("Incorrect condition type", detail, expr.condition.range, expr.range), expr.condition, scope));
    return undefined;
  }
  return cond.unmark().asBool() ? "true" : "false";
}

/** The type both results convert to, and the conversion each needs (none where it already has that type). */
interface ResultType {
  readonly type: Type;
  readonly converters: readonly [ValueConversion | undefined, ValueConversion | undefined];
}

/**
 * A literal null takes the other side's type, an unknown type stays unknown, otherwise the types are
 * unified (unsafe conversions allowed); undefined when they cannot be.
 */
function conditionalResultType(t: Value, f: Value): ResultType | undefined {
  if (isUntypedNull(t)) return { type: f.type, converters: [(v) => convert(v, f.type), undefined] };
  if (isUntypedNull(f)) return { type: t.type, converters: [undefined, (v) => convert(v, t.type)] };
  if (t.type.kind === "dynamic" || f.type.kind === "dynamic") return { type: DynamicPseudoType, converters: [undefined, undefined] };
  const u = unifyUnsafe([t.type, f.type]);
  return u && { type: u.type, converters: [u.converters[0], u.converters[1]] };
}

function isUntypedNull(v: Value): boolean {
  return v.isNull && v.type.kind === "dynamic" && v.marks === Mark.None;
}

/** The chosen result converted to the unified type ("Inconsistent conditional result types" if that fails). */
function convertResult(v: Value, rt: ResultType, branch: "true" | "false", expr: ast.ConditionalExpr, scope: Scope, diags: Diagnostic[]): Value {
  const conv = rt.converters[branch === "true" ? 0 : 1];
  if (!conv) return v;
  const converted = conv(v);
  if (!(converted instanceof ConversionError)) return converted;
  const detail = `The ${branch} result value has the wrong type: ${converted.message}.`;
  const result = branch === "true" ? expr.trueResult : expr.falseResult;
  diags.push(about(errorDiag("Inconsistent conditional result types", detail, result.range, expr.range), result, scope));
  return Value.unknown(rt.type);
}

/** The result when the condition is unknown, refined with what both possible results share. */
function unknownResult(t: Value, f: Value, resultType: Type): Value {
  if (t.isKnown && t.isNull && f.isKnown && f.isNull) return Value.null(resultType);
  if (t.type.kind === "number" && f.type.kind === "number") return Value.unknown(resultType, numberUnionRefinement(t, f));
  if (isCollection(t.type) && isCollection(f.type) && typeEquals(t.type, f.type)) {
    return Value.unknown(resultType, lengthUnionRefinement(t, f));
  }
  if (resultType.kind === "dynamic") return DynamicVal;
  return Value.unknown(resultType, definitelyNotNull(t) && definitelyNotNull(f) ? { notNull: true } : undefined);
}
