import type { EvalResult } from "../hcl/expression.js";
import { errorDiag, type Diagnostic } from "../source/diagnostics.js";
import type * as ast from "../syntax/ast.js";
import { convert, ConversionError } from "../types/convert.js";
import { BoolType, StringType, typeFriendlyName } from "../types/type.js";
import { Mark, type Marks } from "../values/marks.js";
import { DynamicVal, Value } from "../values/value.js";
import { canIterateElements, elementsOf, objectOf, type Element } from "./element-iterator.js";
import { goQuote } from "../text/go-quote.js";
import { failed, withDiags } from "./result.js";
import { about } from "./diag-expression.js";
import type { Scope } from "./scope.js";

const INVALID_CONDITION = "Invalid 'for' condition";
const NULL_CONDITION = "The value of the 'if' clause must not be null.";

/** What the iteration has found so far: whether the result can be known, and the marks it carries. */
interface ForState {
  known: boolean;
  marks: Marks;
  readonly diags: Diagnostic[];
}

/**
 * `[for k, v in coll : v if cond]` and `{for k, v in coll : k => v... if cond}` as hclsyntax evaluates
 * them: elements in cty's order, the `if` filter must give bools, object keys must be unique strings unless
 * grouped, an unknown collection or key gives an unknown result, and marks of the collection, conditions
 * and keys go on the result.
 */
export function evalFor(expr: ast.ForExpr, scope: Scope): EvalResult {
  const coll = scope.eval(expr.collection);
  const diags = [...coll.diagnostics];
  if (coll.value.isNull) {
    const detail = "A null value cannot be used as the collection in a 'for' expression.";
    diags.push(about(errorDiag("Iteration over null value", detail, expr.collection.range, expr.range), expr.collection, scope));
    return withDiags(DynamicVal, diags);
  }
  if (coll.value.type.kind === "dynamic") return withDiags(DynamicVal, diags);
  const collection = coll.value.unmark();
  if (!canIterateElements(collection.type)) {
    const detail = `A value of type ${typeFriendlyName(collection.type)} cannot be used as the collection in a 'for' expression.`;
    diags.push(about(errorDiag("Iteration over non-iterable value", detail, expr.collection.range, expr.range), expr.collection, scope));
    return withDiags(DynamicVal, diags);
  }
  const state: ForState = { known: true, marks: coll.value.marks, diags };
  const condMarks = precheckCondition(expr, scope, state);
  if (condMarks === undefined) return withDiags(DynamicVal, diags);
  if (!collection.isKnown) return withDiags(DynamicVal.mark(state.marks | condMarks), diags);
  const elements = elementsOf(collection);
  return expr.keyExpr ? forObject(expr, expr.keyExpr, elements, scope, state) : forTuple(expr, elements, scope, state);
}

/** Checks the `if` clause once with unknown iteration variables; undefined when it is already invalid. */
function precheckCondition(expr: ast.ForExpr, scope: Scope, state: ForState): Marks | undefined {
  if (!expr.condition) return Mark.None;
  const dyn: Element = { key: DynamicVal, value: DynamicVal };
  const inner = iterationScope(expr, scope, dyn);
  const r = inner.eval(expr.condition);
  state.diags.push(...r.diagnostics);
  if (r.value.isNull) {
    state.diags.push(about(errorDiag("Condition is null", NULL_CONDITION, expr.condition.range, expr.range), expr.condition, inner));
    return undefined;
  }
  const b = convert(r.value, BoolType);
  if (b instanceof ConversionError) {
    const detail = `The 'if' clause value is invalid: ${b.message}.`;
    state.diags.push(about(errorDiag(INVALID_CONDITION, detail, expr.condition.range, expr.range), expr.condition, inner));
    return undefined;
  }
  return failed(r) ? undefined : r.value.marks;
}

function forTuple(expr: ast.ForExpr, elements: Element[], scope: Scope, state: ForState): EvalResult {
  const vals: Value[] = [];
  for (const el of elements) {
    const inner = iterationScope(expr, scope, el);
    if (!includeElement(expr, inner, state, "tuple")) continue;
    const v = inner.eval(expr.valueExpr);
    state.diags.push(...v.diagnostics);
    vals.push(v.value);
  }
  if (!state.known) return withDiags(DynamicVal.mark(state.marks), state.diags);
  return withDiags(Value.tuple(vals).mark(state.marks), state.diags);
}

function forObject(expr: ast.ForExpr, keyExpr: ast.Expression, elements: Element[], scope: Scope, state: ForState): EvalResult {
  const vals = new Map<string, Value>();
  const groups = new Map<string, Value[]>();
  for (const el of elements) {
    const inner = iterationScope(expr, scope, el);
    if (!includeElement(expr, inner, state, "object")) continue;
    const key = elementKey(expr, keyExpr, inner, state);
    if (key === undefined) continue;
    const v = inner.eval(expr.valueExpr);
    state.diags.push(...v.diagnostics);
    if (expr.group) groups.set(key, [...(groups.get(key) ?? []), v.value]);
    else if (vals.has(key)) state.diags.push(duplicateKey(expr, keyExpr, key));
    else vals.set(key, v.value);
  }
  if (!state.known) return withDiags(DynamicVal.mark(state.marks), state.diags);
  if (expr.group) for (const [k, vs] of groups) vals.set(k, Value.tuple(vs));
  return withDiags(objectOf(vals).mark(state.marks), state.diags);
}

/**
 * Evaluates the `if` clause for one element: false when the element is skipped or the result cannot be
 * known. Only the first error is reported. The object form converts before checking for unknowns.
 */
function includeElement(expr: ast.ForExpr, inner: Scope, state: ForState, form: "tuple" | "object"): boolean {
  if (!expr.condition) return true;
  const r = inner.eval(expr.condition);
  state.diags.push(...r.diagnostics);
  if (r.value.isNull) {
    reportOnce(state, about(errorDiag(INVALID_CONDITION, NULL_CONDITION, expr.condition.range, expr.range), expr.condition, inner));
    return false;
  }
  state.marks |= r.value.marks;
  if (form === "tuple" && !r.value.isKnown) return unknownElement(state);
  const b = convert(r.value, BoolType);
  if (b instanceof ConversionError) {
    const detail = `The 'if' clause value is invalid: ${b.message}.`;
    reportOnce(state, about(errorDiag(INVALID_CONDITION, detail, expr.condition.range, expr.range), expr.condition, inner));
    return false;
  }
  if (!b.isKnown) return unknownElement(state);
  return b.unmark().asBool();
}

/** The string key one element produces in the object form; undefined when it is unusable or unknown. */
function elementKey(expr: ast.ForExpr, keyExpr: ast.Expression, inner: Scope, state: ForState): string | undefined {
  const r = inner.eval(keyExpr);
  state.diags.push(...r.diagnostics);
  if (r.value.isNull) {
    const detail = "Key expression in 'for' expression must not produce a null value.";
    reportOnce(state, about(errorDiag("Invalid object key", detail, keyExpr.range, expr.range), keyExpr, inner));
    return undefined;
  }
  state.marks |= r.value.marks;
  if (!r.value.isKnown) {
    unknownElement(state);
    return undefined;
  }
  const key = convert(r.value, StringType);
  if (key instanceof ConversionError) {
    const detail = `The key expression produced an invalid result: ${key.message}.`;
    reportOnce(state, about(errorDiag("Invalid object key", detail, keyExpr.range, expr.range), keyExpr, inner));
    return undefined;
  }
  return key.unmark().asString();
}

function duplicateKey(expr: ast.ForExpr, keyExpr: ast.Expression, key: string): Diagnostic {
  const detail = `Two different items produced the key ${goQuote(key)} in this 'for' expression. If duplicates are expected, use the ellipsis (...) after the value expression to enable grouping by key.`;
  return errorDiag("Duplicate object key", detail, keyExpr.range, expr.range);
}

/** Records an error only while the result is still considered known, then marks it unknown. */
function reportOnce(state: ForState, d: Diagnostic): void {
  if (state.known) state.diags.push(d);
  state.known = false;
}

function unknownElement(state: ForState): false {
  state.known = false;
  return false;
}

/** The scope of one iteration: the key and value variables bound to the element. */
function iterationScope(expr: ast.ForExpr, scope: Scope, el: Element): Scope {
  const vars = new Map<string, Value>();
  if (expr.keyVar !== null) vars.set(expr.keyVar, el.key);
  vars.set(expr.valueVar, el.value);
  return scope.withVariables(vars);
}
