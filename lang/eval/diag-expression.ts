// The expression a diagnostic is about, as hclsyntax records it (Diagnostic.Expression and
// EvalContext): the node, whose references the CLI looks up in the scope's context to show the
// values they had ("local.s is \"abc\"").
import { withExpression, type Diagnostic, type DiagnosticExpression } from "../source/diagnostics.js";
import type * as ast from "../syntax/ast.js";
import { references } from "./references.js";
import type { Scope } from "./scope.js";

/** What hcl records about an expression node evaluated in a scope; `calledFunction` for call failures. */
export function nodeExpression(node: ast.Expression, scope: Scope, calledFunction?: string): DiagnosticExpression {
  const expression: DiagnosticExpression = { variables: () => references(node), ctx: scope.ctx };
  return calledFunction === undefined ? expression : { ...expression, calledFunction };
}

/** The diagnostics with the node attached where none is yet (hclsyntax's setDiagEvalContext). */
export function aboutNode(diags: readonly Diagnostic[], node: ast.Expression, scope: Scope): Diagnostic[] {
  if (diags.length === 0) return diags as Diagnostic[];
  return withExpression(diags, nodeExpression(node, scope));
}

/** One diagnostic about a node (hcl's `Expression: node, EvalContext: ctx`). */
export function about(diag: Diagnostic, node: ast.Expression, scope: Scope, calledFunction?: string): Diagnostic {
  return { ...diag, expression: nodeExpression(node, scope, calledFunction) };
}
