import type { Expression } from "../../lang/hcl/expression.js";
import { absTraversalForExpr, nativeSyntax } from "../../lang/hcl/static.js";
import { hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import type * as ast from "../../lang/syntax/ast.js";

/**
 * hcl.AbsTraversalForExpr, including the case of a reference whose root is a keyword: the parser reads
 * `null.second` (a configuration of the `null` provider) as steps applied to the literal null, and hcl
 * turns that back into the traversal `null.second`, as it does for `true` and `false`.
 */
export function absTraversal(expr: Expression): { traversal?: ast.Traversal; diagnostics: Diagnostic[] } {
  const { node, diagnostics } = nativeSyntax(expr);
  if (node && !hasErrors(diagnostics) && node.type === "RelativeTraversal") {
    const traversal = keywordRootTraversal(node);
    if (traversal) return { traversal, diagnostics: [] };
  }
  return absTraversalForExpr(expr);
}

function keywordRootTraversal(node: ast.RelativeTraversalExpr): ast.Traversal | undefined {
  const source = node.source;
  if (source.type !== "Literal") return undefined;
  const v = source.value;
  const name = v.kind === "null" ? "null" : v.kind === "bool" ? String(v.value) : undefined;
  if (name === undefined) return undefined;
  return [{ type: "TraverseRoot", name, range: source.range }, ...node.steps];
}
