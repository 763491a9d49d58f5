import { NativeExpression } from "../../lang/eval/native-expression.js";
import type { Expression } from "../../lang/hcl/expression.js";
import { absTraversalForExpr, exprAsKeyword } from "../../lang/hcl/static.js";
import { JsonExpression } from "../../lang/json/expression.js";
import { errorDiag, hasErrors, warningDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import type { Range } from "../../lang/source/range.js";
import type { Traversal } from "../../lang/syntax/ast.js";
import { parseExpression } from "../../lang/syntax/parse.js";
import { parseTraversalAbs } from "./resource-traversal-string.js";

// References and keywords written where Terraform wants them statically (`depends_on`, `provider`,
// `ignore_changes`, `when`), read as Terraform reads them: hcl.AbsTraversalForExpr for both syntaxes,
// plus Terraform's shim that still accepts the quoted form of Terraform 0.11 with a warning.

/** What the shim leaves: a traversal parsed from a quoted string, or the expression itself. */
export type ShimmedExpr =
  | { readonly kind: "traversal"; readonly traversal?: Traversal; readonly range: Range }
  | { readonly kind: "expr"; readonly expr: Expression };

const NOT_A_TRAVERSAL =
  "A single static variable reference is required: only attribute access and indexing with constant keys. No calculations, function calls, template expressions, etc are allowed here.";

const QUOTED_KEYWORD =
  "In this context, keywords are expected literally rather than in quotes. Terraform 0.11 and earlier required quotes, but quoted keywords are now deprecated and will be removed in a future version of Terraform. Remove the quotes surrounding this keyword to silence this warning.";

const QUOTED_REFERENCE =
  "In this context, references are expected literally rather than in quotes. Terraform 0.11 and earlier required quotes, but quoted references are now deprecated and will be removed in a future version of Terraform. Remove the quotes surrounding this reference to silence this warning.";

/** True for a native-syntax quoted string or heredoc (Terraform's exprIsNativeQuotedString). */
export function exprIsNativeQuotedString(expr: Expression): boolean {
  return expr instanceof NativeExpression && expr.node.type === "Template";
}

/**
 * Terraform's shimTraversalInString: a native quoted string whose value is known becomes the
 * traversal written inside it, with a deprecation warning; anything else is kept as it is.
 */
export function shimTraversalInString(expr: Expression, wantKeyword: boolean): { shimmed: ShimmedExpr; diagnostics: Diagnostic[] } {
  // An object constructor's key (`providers = { "aws" = ... }`) is read through to what it wraps.
  if (expr instanceof NativeExpression && expr.node.type === "ObjectConsKey") expr = new NativeExpression(expr.node.wrapped);
  const kept = { shimmed: { kind: "expr" as const, expr }, diagnostics: [] };
  if (!exprIsNativeQuotedString(expr)) return kept;
  const r = expr.value(null);
  if (hasErrors(r.diagnostics) || r.value.isNull || !r.value.isKnown) return kept;
  const range = expr.range;
  const start = { line: range.start.line, column: range.start.column + 1, byte: range.start.byte + 1 };
  const parsed = parseTraversalAbs(r.value.asString(), range.filename, start);
  const warning = wantKeyword
    ? warningDiag("Quoted keywords are deprecated", QUOTED_KEYWORD, range)
    : warningDiag("Quoted references are deprecated", QUOTED_REFERENCE, range);
  const shimmed: ShimmedExpr = { kind: "traversal", range, ...(parsed.traversal ? { traversal: parsed.traversal } : {}) };
  return { shimmed, diagnostics: [...parsed.diagnostics, warning] };
}

/** The source range of a shimmed expression. */
export function shimmedRange(s: ShimmedExpr): Range {
  return s.kind === "traversal" ? s.range : s.expr.range;
}

/** hcl.AbsTraversalForExpr on the result of the shim. */
export function shimmedTraversal(s: ShimmedExpr): { traversal?: Traversal; diagnostics: Diagnostic[] } {
  if (s.kind === "expr") return absTraversalOf(s.expr);
  if (s.traversal) return { traversal: s.traversal, diagnostics: [] };
  return { diagnostics: [errorDiag("Invalid expression", NOT_A_TRAVERSAL, s.range)] };
}

/** hcl.ExprAsKeyword on the result of the shim. */
export function shimmedKeyword(s: ShimmedExpr): string | undefined {
  if (s.kind === "expr") return keywordOf(s.expr);
  return s.traversal?.length === 1 ? s.traversal[0].name : undefined;
}

/**
 * hcl.AbsTraversalForExpr. A JSON string is read with hclsyntax.ParseTraversalAbs from the position
 * of its opening quote, as hcl's JSON syntax does, so its steps' ranges start one column early.
 */
export function absTraversalOf(expr: Expression): { traversal?: Traversal; diagnostics: Diagnostic[] } {
  if (!(expr instanceof JsonExpression)) return absTraversalForExpr(expr);
  const node = expr.node;
  if (node.kind === "string") {
    const parsed = parseTraversalAbs(node.value, node.range.filename, node.range.start);
    if (parsed.traversal && !hasErrors(parsed.diagnostics)) return { traversal: parsed.traversal, diagnostics: [] };
  }
  return { diagnostics: [errorDiag("Invalid expression", NOT_A_TRAVERSAL, expr.range)] };
}

/** hcl.ExprAsKeyword for both syntaxes. */
export function keywordOf(expr: Expression): string | undefined {
  if (!(expr instanceof JsonExpression)) return exprAsKeyword(expr);
  const t = absTraversalOf(expr).traversal;
  return t?.length === 1 ? t[0].name : undefined;
}

/**
 * Terraform's unwrapJSONRefExpr: a JSON string holding an expression (an import's `to`, an element of
 * `replace_triggered_by`) parsed as native syntax from the position of its opening quote. Native
 * expressions are returned as they are.
 */
export function unwrapJsonRefExpr(expr: Expression): { expr?: Expression; diagnostics: Diagnostic[] } {
  if (!(expr instanceof JsonExpression)) return { expr, diagnostics: [] };
  const r = expr.value(null);
  if (hasErrors(r.diagnostics)) return { diagnostics: r.diagnostics };
  if (r.value.type.kind !== "string" || r.value.isNull || !r.value.isKnown) {
    const d = errorDiag("Invalid reference expression", "A single reference string is required.", expr.range);
    return { diagnostics: [...r.diagnostics, d] };
  }
  const range = expr.range;
  const parsed = parseExpression(r.value.asString(), range.filename, range.start);
  return { expr: new NativeExpression(parsed.expr), diagnostics: [...r.diagnostics, ...parsed.diagnostics] };
}
