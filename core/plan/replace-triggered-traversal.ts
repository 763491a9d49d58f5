import { NativeExpression } from "../../lang/eval/native-expression.js";
import type { Expression } from "../../lang/hcl/expression.js";
import { absTraversalForExpr } from "../../lang/hcl/static.js";
import { errorDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import type * as ast from "../../lang/syntax/ast.js";
import type { Value } from "../../lang/values/value.js";
import type { RepetitionData } from "../expand/expansion.js";
import { addressTraversal, type AddressExprStep } from "./import-address-expr.js";

// One `replace_triggered_by` element as a static traversal for one instance (Terraform 1.11's
// triggersExprToTraversal): references with attribute steps and index keys, where a key that is not a
// constant must be exactly `count.index` or `each.key`, replaced by this instance's key.

const INVALID_INDEX = "Only constant values, count.index or each.key are allowed in index expressions.";

/** The element's traversal with this instance's `count.index`/`each.key` filled in, or the errors. */
export function triggerTraversal(expr: Expression, rep: RepetitionData): { traversal?: ast.Traversal; diagnostics: Diagnostic[] } {
  const steps = expr instanceof NativeExpression ? triggerSteps(expr.node) : undefined;
  if (!steps) {
    return { diagnostics: [errorDiag("Invalid replace_triggered_by expression", "Unexpected expression found in replace_triggered_by.", expr.range)] };
  }
  return addressTraversal(steps, (key) => triggerKey(key, rep));
}

function triggerSteps(node: ast.Expression): AddressExprStep[] | undefined {
  switch (node.type) {
    case "ScopeTraversal":
      return node.traversal.map((step) => ({ step }));
    case "RelativeTraversal": {
      const source = triggerSteps(node.source);
      return source && [...source, ...node.steps.map((step) => ({ step }))];
    }
    case "Index": {
      const collection = triggerSteps(node.collection);
      return collection && [...collection, { key: node.key, range: node.key.range }];
    }
    default:
      return undefined;
  }
}

/** An index key: `count.index` or `each.key` of the instance (parseIndexKeyExpr). */
function triggerKey(key: ast.Expression, rep: RepetitionData): { value?: Value; diagnostics: Diagnostic[] } {
  const t = absTraversalForExpr(new NativeExpression(key));
  if (!t.traversal) return { diagnostics: t.diagnostics };
  const names: string[] = [];
  for (const step of t.traversal) {
    if (step.type === "TraverseIndex") return { diagnostics: [errorDiag("Invalid index expression", INVALID_INDEX, key.range)] };
    names.push(step.name);
  }
  switch (names.join(".")) {
    case "count.index":
      if (rep.countIndex) return { value: rep.countIndex, diagnostics: [] };
      return { diagnostics: [errorDiag('Reference to "count" in non-counted context', 'The "count" object can only be used in "resource" blocks when the "count" argument is set.', key.range)] };
    case "each.key":
      if (rep.eachKey) return { value: rep.eachKey, diagnostics: [] };
      return { diagnostics: [errorDiag('Reference to "each" in context without for_each', 'The "each" object can be used only in "resource" blocks when the "for_each" argument is set.', key.range)] };
    default:
      return { diagnostics: [errorDiag("Invalid index expression", INVALID_INDEX, key.range)] };
  }
}
