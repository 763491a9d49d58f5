import type { Attribute } from "../../lang/hcl/body.js";
import { exprList } from "../../lang/hcl/static.js";
import { errorDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import type { Traversal } from "../../lang/syntax/ast.js";
import { shimTraversalInString } from "./legacy-shims.js";
import { absTraversal } from "./static-traversal.js";

/**
 * Reads `depends_on = [a.b, c.d]` as a list of static references (configs.DecodeDependsOn); quoted
 * references are accepted with a deprecation warning, anything else is hcl's "Invalid expression".
 */
export function decodeDependsOn(attr: Attribute): { traversals: Traversal[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const traversals: Traversal[] = [];
  const exprs = exprList(attr.expr);
  if (!exprs) {
    diagnostics.push(errorDiag("Invalid expression", "A static list expression is required.", attr.expr.startRange));
    return { traversals, diagnostics };
  }
  for (const item of exprs) {
    const shim = shimTraversalInString(item, false);
    diagnostics.push(...shim.diagnostics);
    const r = absTraversal(shim.expr);
    diagnostics.push(...r.diagnostics);
    if (r.traversal) traversals.push(r.traversal);
  }
  return { traversals, diagnostics };
}
