import type { Attribute } from "../../lang/hcl/body.js";
import type { Expression } from "../../lang/hcl/expression.js";
import { errorDiag, hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import type { Range } from "../../lang/source/range.js";
import type { Traversal } from "../../lang/syntax/ast.js";
import { staticList } from "./depends-on.js";
import { keywordOf, shimmedTraversal, shimTraversalInString } from "./resource-traversal.js";

// `ignore_changes = [tags, ami]` or `ignore_changes = all` in a managed resource's lifecycle: paths
// into the resource's own attributes, read statically. The legacy `["*"]` form is an error now.

/** The attribute paths to ignore (each rooted at an attribute name of the resource) or `all`. */
export interface IgnoreChanges {
  readonly traversals: Traversal[];
  readonly all: boolean;
  readonly diagnostics: Diagnostic[];
}

const WILDCARD =
  'The ["*"] form of ignore_changes wildcard is was deprecated and is now invalid. Use "ignore_changes = all" to ignore changes to all attributes.';

/** Decodes an `ignore_changes` argument as Terraform's decodeResourceBlock does. */
export function decodeIgnoreChanges(attr: Attribute): IgnoreChanges {
  if (keywordOf(attr.expr) === "all") return { traversals: [], all: true, diagnostics: [] };
  const { exprs, diagnostics } = staticList(attr.expr);
  const traversals: Traversal[] = [];
  let allRange: Range | undefined;
  for (const expr of exprs) {
    if (isWildcardString(expr)) {
      allRange = expr.range;
      diagnostics.push(errorDiag("Invalid ignore_changes wildcard", WILDCARD, attr.expr.range));
      continue;
    }
    const shim = shimTraversalInString(expr, false);
    diagnostics.push(...shim.diagnostics);
    const found = shimmedTraversal(shim.shimmed);
    diagnostics.push(...found.diagnostics);
    if (found.traversal) traversals.push(found.traversal);
  }
  if (allRange && traversals.length > 0) {
    const detail = 'Cannot mix wildcard string "*" with non-wildcard references.';
    diagnostics.push(errorDiag("Invalid ignore_changes ruleset", detail, allRange, attr.expr.range));
  }
  return { traversals, all: allRange !== undefined, diagnostics };
}

/** Terraform's shimIsIgnoreChangesStar: the expression is the constant string "*". */
function isWildcardString(expr: Expression): boolean {
  const r = expr.value(null);
  if (hasErrors(r.diagnostics)) return false;
  const v = r.value;
  return v.type.kind === "string" && !v.isNull && v.isKnown && v.unmark().asString() === "*";
}
