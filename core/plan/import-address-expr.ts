import { NativeExpression } from "../../lang/eval/native-expression.js";
import type { Expression } from "../../lang/hcl/expression.js";
import { absTraversalForExpr } from "../../lang/hcl/static.js";
import { hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import type { Range } from "../../lang/source/range.js";
import type * as ast from "../../lang/syntax/ast.js";
import type { Value } from "../../lang/values/value.js";

// Addresses written as expressions whose instance keys may be computed (Terraform's
// addrs.ParseAddressExpr): an import block's `to = aws_instance.a[each.key]` and the elements of
// `replace_triggered_by = [aws_instance.b[count.index].id]`. The static steps are kept; each index
// whose key is an expression is evaluated by the caller's rule and becomes a literal index step.

/** One step of an address expression: a static traversal step, or an index key still to evaluate. */
export type AddressExprStep =
  | { readonly step: ast.TraverseRoot | ast.TraverseAttr | ast.TraverseIndex }
  | { readonly key: ast.Expression; readonly range: Range };

/** How the caller turns an index key expression into a key value (or errors). */
export type KeyEvaluator = (key: ast.Expression) => { value?: Value; diagnostics: Diagnostic[] };

/** The steps of an address expression; non-native expressions must be plain traversals. */
export function parseAddressExpr(expr: Expression): { steps?: AddressExprStep[]; diagnostics: Diagnostic[] } {
  if (expr instanceof NativeExpression) return nodeSteps(expr.node);
  return staticSteps(expr);
}

function nodeSteps(node: ast.Expression): { steps?: AddressExprStep[]; diagnostics: Diagnostic[] } {
  switch (node.type) {
    case "ScopeTraversal":
      return { steps: node.traversal.map((step) => ({ step })), diagnostics: [] };
    case "RelativeTraversal": {
      const source = nodeSteps(node.source);
      if (!source.steps) return source;
      return { steps: [...source.steps, ...node.steps.map((step) => ({ step }))], diagnostics: source.diagnostics };
    }
    case "Index": {
      const collection = nodeSteps(node.collection);
      if (!collection.steps) return collection;
      return { steps: [...collection.steps, { key: node.key, range: node.key.range }], diagnostics: collection.diagnostics };
    }
    default:
      return staticSteps(new NativeExpression(node));
  }
}

function staticSteps(expr: Expression): { steps?: AddressExprStep[]; diagnostics: Diagnostic[] } {
  const r = absTraversalForExpr(expr);
  if (!r.traversal) return { diagnostics: r.diagnostics };
  return { steps: r.traversal.map((step) => ({ step })), diagnostics: r.diagnostics };
}

/** The static traversal the steps stand for once every key expression is evaluated; stops at the first failing key. */
export function addressTraversal(steps: readonly AddressExprStep[], evalKey: KeyEvaluator): { traversal?: ast.Traversal; diagnostics: Diagnostic[] } {
  const out: (ast.TraverseRoot | ast.TraverseAttr | ast.TraverseIndex)[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const s of steps) {
    if ("step" in s) {
      out.push(s.step);
      continue;
    }
    const r = evalKey(s.key);
    diagnostics.push(...r.diagnostics);
    if (hasErrors(r.diagnostics) || !r.value) return { diagnostics };
    out.push({ type: "TraverseIndex", key: literalOf(r.value), range: s.range });
  }
  if (out.length === 0 || out[0]!.type !== "TraverseRoot") return { diagnostics };
  return { traversal: out as unknown as ast.Traversal, diagnostics };
}

/** A key value as the literal an index step holds (what address parsing accepts: strings and whole numbers). */
function literalOf(v: Value): ast.LiteralValue {
  if (v.isNull || !v.isKnown) return { kind: "null" };
  if (v.type.kind === "string") return { kind: "string", value: v.asString() };
  if (v.type.kind === "number") return { kind: "number", text: v.asNumber().toString() };
  if (v.type.kind === "bool") return { kind: "bool", value: v.asBool() };
  return { kind: "null" };
}
