import type { Attribute } from "../../lang/hcl/body.js";
import type { Expression } from "../../lang/hcl/expression.js";
import { exprList } from "../../lang/hcl/static.js";
import { errorDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import type { Traversal } from "../../lang/syntax/ast.js";
import { shimmedTraversal, shimTraversalInString } from "./resource-traversal.js";

// `depends_on = [aws_instance.a, module.b]`: a static list of references, kept as traversals for the
// graph to resolve (configs.DecodeDependsOn). Quoted references are still accepted, with a warning.

/** Decodes a `depends_on` argument into the traversals it lists. */
export function decodeDependsOn(attr: Attribute): { traversals: Traversal[]; diagnostics: Diagnostic[] } {
  const { exprs, diagnostics } = staticList(attr.expr);
  const traversals: Traversal[] = [];
  for (const expr of exprs) {
    const shim = shimTraversalInString(expr, false);
    diagnostics.push(...shim.diagnostics);
    const found = shimmedTraversal(shim.shimmed);
    diagnostics.push(...found.diagnostics);
    if (found.traversal) traversals.push(found.traversal);
  }
  return { traversals, diagnostics };
}

/** hcl.ExprList: the elements of a static list, or "Invalid expression" at the expression's start. */
export function staticList(expr: Expression): { exprs: Expression[]; diagnostics: Diagnostic[] } {
  const exprs = exprList(expr);
  if (exprs) return { exprs, diagnostics: [] };
  return { exprs: [], diagnostics: [errorDiag("Invalid expression", "A static list expression is required.", expr.startRange)] };
}
