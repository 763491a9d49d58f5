import type { EvalResult } from "../hcl/expression.js";
import { errorDiag, hasErrors, type Diagnostic } from "../source/diagnostics.js";
import type * as ast from "../syntax/ast.js";
import { convert, ConversionError } from "../types/convert.js";
import { StringType } from "../types/type.js";
import { Mark, type Marks } from "../values/marks.js";
import { DynamicVal, Value } from "../values/value.js";
import { objectOf } from "./element-iterator.js";
import { fail, ok, withDiags } from "./result.js";
import { about } from "./diag-expression.js";
import type { Scope } from "./scope.js";

/** `[a, b, c]`: a tuple of the elements' values. */
export function evalTupleCons(expr: ast.TupleConsExpr, scope: Scope): EvalResult {
  const diags: Diagnostic[] = [];
  const vals = expr.exprs.map((e) => {
    const r = scope.eval(e);
    diags.push(...r.diagnostics);
    return r.value;
  });
  return withDiags(Value.tuple(vals), diags);
}

/**
 * `{ a = 1, (k) = 2 }`: an object. Keys are converted to strings (null is an error), a later duplicate
 * key wins, marks on keys go on the object, and an unknown or failed key makes the whole object unknown.
 */
export function evalObjectCons(expr: ast.ObjectConsExpr, scope: Scope): EvalResult {
  const diags: Diagnostic[] = [];
  const vals = new Map<string, Value>();
  let marks: Marks = Mark.None;
  let known = true;
  for (const item of expr.items) {
    const k = scope.eval(item.key);
    diags.push(...k.diagnostics);
    const v = scope.eval(item.value);
    diags.push(...v.diagnostics);
    const key = hasErrors(k.diagnostics) ? undefined : objectKey(k.value, item, scope, diags);
    if (key === undefined || !key.isKnown) {
      known = false;
      continue;
    }
    marks |= key.marks;
    vals.set(key.unmark().asString(), v.value);
  }
  if (!known) return withDiags(DynamicVal, diags);
  return withDiags(objectOf(vals).mark(marks), diags);
}

/** A key converted to a (possibly marked or unknown) string; undefined when it is null or not a string. */
function objectKey(key: Value, item: ast.ObjectConsItem, scope: Scope, diags: Diagnostic[]): Value | undefined {
  if (key.isNull) {
    diags.push(about(errorDiag("Null value as key", "Can't use a null value as a key.", item.value.range), item.key, scope));
    return undefined;
  }
  const s = convert(key.unmark(), StringType);
  if (s instanceof ConversionError) {
    diags.push(about(errorDiag("Incorrect key type", `Can't use this value as a key: ${s.message}.`, item.key.range), item.key, scope));
    return undefined;
  }
  return s.mark(key.marks);
}

/**
 * An object key: a bare identifier (or `null`, `true`, `false`) means that name as a string, a bare
 * dotted traversal is ambiguous, anything else (or a parenthesised key) is evaluated.
 */
export function evalObjectConsKey(expr: ast.ObjectConsKeyExpr, scope: Scope): EvalResult {
  if (!expr.forceNonLiteral) {
    const w = expr.wrapped;
    if (w.type === "ScopeTraversal" && w.traversal.length > 1) {
      const detail =
        "If this expression is intended to be a reference, wrap it in parentheses. If it's instead intended as a literal name containing periods, wrap it in quotes to create a string literal.";
      return fail("Ambiguous attribute key", detail, expr.range);
    }
    const name = keywordName(w);
    if (name !== undefined) return ok(Value.string(name));
  }
  return scope.eval(expr.wrapped);
}

/** The name a key expression stands for when written as a bare word (hcl.ExprAsKeyword). */
export function keywordName(e: ast.Expression): string | undefined {
  if (e.type === "ScopeTraversal") return e.traversal.length === 1 ? e.traversal[0].name : undefined;
  if (e.type !== "Literal") return undefined;
  const lit = e.value;
  if (lit.kind === "null") return "null";
  if (lit.kind === "bool") return lit.value ? "true" : "false";
  return undefined;
}
