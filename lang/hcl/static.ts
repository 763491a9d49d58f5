import { NativeExpression } from "../eval/native-expression.js";
import { JsonExpression } from "../json/expression.js";
import type { JsonNode } from "../json/nodes.js";
import { errorDiag, hasErrors, type Diagnostic } from "../source/diagnostics.js";
import type * as ast from "../syntax/ast.js";
import { parseExpression } from "../syntax/parse.js";
import { keywordOf } from "../types/type-constraint.js";
import type { Expression } from "./expression.js";

// Static analysis of unevaluated expressions, for arguments whose meaning is their shape rather than
// their value (`depends_on = [aws_instance.a]`, `ignore_changes = all`, `type = list(string)`), as
// hcl's ExprList, ExprMap, AbsTraversalForExpr and ExprAsKeyword. Each works on both syntaxes: in JSON
// the same shapes are written as arrays, objects and strings holding native syntax.

/** One key/value pair of an object-shaped expression. */
export interface KeyValuePair {
  readonly key: Expression;
  readonly value: Expression;
}

/** The elements of a tuple constructor `[a, b]` (or JSON array); undefined for anything else. */
export function exprList(expr: Expression): Expression[] | undefined {
  if (expr instanceof NativeExpression) {
    const node = expr.node;
    return node.type === "TupleCons" ? node.exprs.map((e) => new NativeExpression(e)) : undefined;
  }
  if (expr instanceof JsonExpression && expr.node.kind === "array") return expr.node.values.map((n) => new JsonExpression(n));
  return undefined;
}

/** The items of an object constructor `{ k = v }` (or JSON object); undefined for anything else. */
export function exprMap(expr: Expression): KeyValuePair[] | undefined {
  if (expr instanceof NativeExpression) {
    const node = expr.node;
    if (node.type !== "ObjectCons") return undefined;
    return node.items.map((item) => ({ key: new NativeExpression(item.key), value: new NativeExpression(item.value) }));
  }
  if (expr instanceof JsonExpression && expr.node.kind === "object") {
    return expr.node.properties.map((p) => ({
      key: new JsonExpression({ kind: "string", value: p.name, range: p.nameRange }),
      value: new JsonExpression(p.value),
    }));
  }
  return undefined;
}

const NOT_A_TRAVERSAL =
  "A single static variable reference is required: only attribute access and indexing with constant keys. No calculations, function calls, template expressions, etc are allowed here.";

/** The expression as an absolute traversal (`aws_instance.a.id`, `var.x[0]`), or hcl's "Invalid expression". */
export function absTraversalForExpr(expr: Expression): { traversal?: ast.Traversal; diagnostics: Diagnostic[] } {
  const node = nativeNode(expr);
  const traversal = node && traversalOf(node);
  if (traversal) return { traversal, diagnostics: [] };
  return { diagnostics: [errorDiag("Invalid expression", NOT_A_TRAVERSAL, expr.range)] };
}

/** The expression as a bare keyword (`all`, `destroy`, `true`), or undefined when it is anything else. */
export function exprAsKeyword(expr: Expression): string | undefined {
  const node = nativeNode(expr);
  return node && keywordOf(node);
}

/**
 * The native-syntax AST of an expression: the node itself for native syntax, and for a JSON string
 * its contents parsed as a native expression (how type constraints and references are written in
 * `.tf.json`). Undefined, with the parse errors, when there is no such reading.
 */
export function nativeSyntax(expr: Expression): { node?: ast.Expression; diagnostics: Diagnostic[] } {
  if (expr instanceof NativeExpression) return { node: expr.node, diagnostics: [] };
  if (expr instanceof JsonExpression && expr.node.kind === "string") return parseJsonString(expr.node);
  return { diagnostics: [] };
}

function nativeNode(expr: Expression): ast.Expression | undefined {
  const r = nativeSyntax(expr);
  return hasErrors(r.diagnostics) ? undefined : r.node;
}

/**
 * Parses a JSON string's contents as native syntax. Positions start at the opening quote, as hcl's
 * static analysis of JSON strings does (templates, evaluated, start after it).
 */
function parseJsonString(node: Extract<JsonNode, { kind: "string" }>): { node?: ast.Expression; diagnostics: Diagnostic[] } {
  const parsed = parseExpression(node.value, node.range.filename, node.range.start);
  return hasErrors(parsed.diagnostics) ? { diagnostics: parsed.diagnostics } : { node: parsed.expr, diagnostics: [] };
}

/** hcl's AsTraversal for native nodes: scope traversals, keyword literals, unforced object keys. */
function traversalOf(node: ast.Expression): ast.Traversal | undefined {
  switch (node.type) {
    case "ScopeTraversal":
      return node.traversal;
    case "ObjectConsKey":
      return node.forceNonLiteral ? undefined : traversalOf(node.wrapped);
    case "RelativeTraversal": {
      // `null.x`: the keyword literal as a root, followed by the steps, as hcl's RelativeTraversalExpr has it.
      const base = traversalOf(node.source);
      return base && ([...base, ...node.steps] as unknown as ast.Traversal);
    }
    case "Literal": {
      const name = keywordOf(node);
      return name === undefined ? undefined : [{ type: "TraverseRoot", name, range: node.range }];
    }
    default:
      return undefined;
  }
}
