import { NativeExpression } from "../../lang/eval/native-expression.js";
import type { Expression } from "../../lang/hcl/expression.js";
import { hasErrors, warningDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import type * as ast from "../../lang/syntax/ast.js";
import { parseExpression } from "../../lang/syntax/parse.js";
import { keywordOf } from "../../lang/types/type-constraint.js";

// Terraform 0.11 wrote references and keywords in quotes (`depends_on = ["aws_instance.a"]`). Terraform
// still accepts that form with a deprecation warning (configs/compat_shim.go); these helpers do the same.

const QUOTED_REFERENCE_DETAIL =
  "In this context, references are expected literally rather than in quotes. Terraform 0.11 and earlier required quotes, but quoted references are now deprecated and will be removed in a future version of Terraform. Remove the quotes surrounding this reference to silence this warning.";

const QUOTED_KEYWORD_DETAIL =
  "In this context, keywords are expected literally rather than in quotes. Terraform 0.11 and earlier required quotes, but quoted keywords are now deprecated and will be removed in a future version of Terraform. Remove the quotes surrounding this keyword to silence this warning.";

/** True for a quoted string (or heredoc) written in the native syntax, not JSON (configs.exprIsNativeQuotedString). */
export function exprIsNativeQuotedString(expr: Expression): boolean {
  return expr instanceof NativeExpression && expr.node.type === "Template";
}

/**
 * Turns a native quoted string holding a reference (`"aws_instance.a"`) into the reference itself, with
 * Terraform's deprecation warning; anything else comes back unchanged (configs.shimTraversalInString).
 */
export function shimTraversalInString(expr: Expression, wantKeyword: boolean): { expr: Expression; diagnostics: Diagnostic[] } {
  const unwrapped = unwrapObjectKey(expr);
  if (!exprIsNativeQuotedString(unwrapped)) return { expr: unwrapped, diagnostics: [] };
  const r = unwrapped.value(null);
  if (hasErrors(r.diagnostics) || r.value.isNull || !r.value.isKnown) return { expr: unwrapped, diagnostics: [] };
  const range = unwrapped.range;
  const start = { line: range.start.line, column: range.start.column + 1, byte: range.start.byte + 1 };
  const parsed = parseExpression(r.value.asString(), range.filename, start);
  const warning = warningDiag(
    wantKeyword ? "Quoted keywords are deprecated" : "Quoted references are deprecated",
    wantKeyword ? QUOTED_KEYWORD_DETAIL : QUOTED_REFERENCE_DETAIL,
    range,
  );
  if (hasErrors(parsed.diagnostics)) return { expr: unwrapped, diagnostics: [...parsed.diagnostics, warning] };
  const node = asTraversalNode(parsed.expr, range);
  if (!node) return { expr: unwrapped, diagnostics: [warning] };
  return { expr: new NativeExpression(node), diagnostics: [warning] };
}

function unwrapObjectKey(expr: Expression): Expression {
  if (expr instanceof NativeExpression && expr.node.type === "ObjectConsKey") return new NativeExpression(expr.node.wrapped);
  return expr;
}

// The parsed string as a scope traversal spanning the whole quoted string, as hcl's shim builds it.
function asTraversalNode(node: ast.Expression, range: ast.Expression["range"]): ast.ScopeTraversalExpr | undefined {
  if (node.type === "ScopeTraversal") return { type: "ScopeTraversal", traversal: node.traversal, range };
  const kw = keywordOf(node);
  if (kw === undefined) return undefined;
  return { type: "ScopeTraversal", traversal: [{ type: "TraverseRoot", name: kw, range: node.range }], range };
}
