import type { EvalResult } from "../hcl/expression.js";
import { errorDiag, hasErrors, type Diagnostic } from "../source/diagnostics.js";
import { rangeEndOf } from "../source/range.js";
import type * as ast from "../syntax/ast.js";
import { convert, ConversionError } from "../types/convert.js";
import { StringType } from "../types/type.js";
import { Mark, type Marks } from "../values/marks.js";
import { Value } from "../values/value.js";
import { about } from "./diag-expression.js";
import { withDiags } from "./result.js";
import type { Scope } from "./scope.js";
import { safeKnownPrefix } from "./string-prefix.js";

const INVALID_VALUE = "Invalid template interpolation value";

/**
 * A quoted string or heredoc: each part converted to a string and concatenated. Null parts are errors,
 * an unknown part makes the result unknown (keeping the known prefix), marks of every part carry over.
 */
export function evalTemplate(expr: ast.TemplateExpr, scope: Scope): EvalResult {
  const diags: Diagnostic[] = [];
  let buf = "";
  let known = true;
  let marks: Marks = Mark.None;
  for (const part of expr.parts) {
    const r = scope.eval(part);
    diags.push(...r.diagnostics);
    if (r.value.isNull) {
      const detail = "The expression result is null. Cannot include a null value in a string template.";
      diags.push(about(errorDiag(INVALID_VALUE, detail, part.range, expr.range), part, scope));
      continue;
    }
    marks |= r.value.marks;
    const s = partString(r.value.unmark(), part, expr, scope, diags);
    if (s === undefined) known = known && r.value.isKnown;
    else if (known && !hasErrors(diags)) buf += s;
  }
  const value = known ? Value.string(buf) : unknownString(hasErrors(diags) ? "" : buf);
  return withDiags(value.mark(marks), diags);
}

/** A part as a string; undefined when it is unknown or cannot be converted (the error is recorded). */
function partString(v: Value, part: ast.Expression, expr: ast.TemplateExpr, scope: Scope, diags: Diagnostic[]): string | undefined {
  if (!v.isKnown) return undefined;
  const s = convert(v, StringType);
  if (s instanceof ConversionError) {
    const detail = `Cannot include the given value in a string template: ${s.message}.`;
    diags.push(about(errorDiag(INVALID_VALUE, detail, part.range, expr.range), part, scope));
    return undefined;
  }
  return s.unmark().asString();
}

/** `"${x}"`: the single interpolation's value, unconverted. */
export function evalTemplateWrap(expr: ast.TemplateWrapExpr, scope: Scope): EvalResult {
  return scope.eval(expr.wrapped);
}

/** `%{ if c }a%{ else }b%{ endif }`: a conditional whose missing else branch is the empty string. */
export function templateIfAsConditional(expr: ast.TemplateIfExpr): ast.ConditionalExpr {
  const empty: ast.TemplateExpr = { type: "Template", parts: [], heredoc: false, range: rangeEndOf(expr.range) };
  return {
    type: "Conditional",
    condition: expr.condition,
    trueResult: expr.trueResult,
    falseResult: expr.falseResult ?? empty,
    range: expr.range,
  };
}

/** `%{ for k, v in coll }...%{ endfor }`: a tuple-producing for expression whose results are joined. */
export function templateForAsForExpr(expr: ast.TemplateForExpr): ast.ForExpr {
  return {
    type: "For",
    keyVar: expr.keyVar,
    valueVar: expr.valueVar,
    collection: expr.collection,
    keyExpr: null,
    valueExpr: expr.body,
    condition: null,
    group: false,
    openRange: expr.range,
    closeRange: expr.range,
    range: expr.range,
  };
}

/** Joins the tuple a template's for directive produced into one string (hcl's TemplateJoinExpr). */
export function joinTemplateResults(tuple: EvalResult, expr: ast.TemplateForExpr): EvalResult {
  const diags = [...tuple.diagnostics];
  const t = tuple.value;
  if (t.type.kind === "dynamic" || !t.isKnown) return withDiags(Value.unknown(StringType), diags);
  let marks = t.marks;
  let buf = "";
  for (const el of t.unmark().elements()) {
    if (el.isNull) {
      const detail = "An iteration result is null. Cannot include a null value in a string template.";
      diags.push(errorDiag(INVALID_VALUE, detail, expr.range));
      continue;
    }
    if (el.type.kind === "dynamic") return withDiags(Value.unknown(StringType).mark(t.marks), diags);
    const s = convert(el, StringType);
    if (s instanceof ConversionError) {
      const detail = `Cannot include one of the interpolation results into the string template: ${s.message}.`;
      diags.push(errorDiag(INVALID_VALUE, detail, expr.range));
      continue;
    }
    if (!el.isKnown) return withDiags(Value.unknown(StringType).mark(t.marks), diags);
    marks |= s.marks;
    buf += s.unmark().asString();
  }
  return withDiags(Value.string(buf).mark(marks), diags);
}

/** An unknown string that is known not to be null, refined with the safe part of its known prefix. */
function unknownString(prefix: string): Value {
  const p = safeKnownPrefix(prefix);
  return Value.unknown(StringType, p === "" ? { notNull: true } : { notNull: true, stringPrefix: p });
}
