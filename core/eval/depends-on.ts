import { errorDiag, hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import { rangeBetween } from "../../lang/source/range.js";
import type { Traversal } from "../../lang/syntax/ast.js";
import { parseRef } from "../addrs/parse-ref.js";
import type { EvalScope } from "./eval-scope.js";

// `depends_on` in the validate walk (validateDependsOn): each entry must parse as a reference to a
// whole object, and while nothing has failed yet, must name something that exists, found by looking
// the reference up as an expression would.

const DETAIL = "References in depends_on must be to a whole object (resource, etc), not to an attribute of an object.";

/** The problems with a block's `depends_on` entries. */
export function validateDependsOn(scope: EvalScope, dependsOn: readonly Traversal[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const traversal of dependsOn) {
    const r = parseRef(traversal);
    diagnostics.push(...r.diagnostics);
    const ref = r.ref;
    if (!ref) continue;
    const first = ref.remaining[0];
    const last = ref.remaining[ref.remaining.length - 1];
    if (first && last) diagnostics.push(errorDiag("Invalid depends_on reference", DETAIL, rangeBetween(first.range, last.range)));
    if (!hasErrors(diagnostics)) diagnostics.push(...scope.evalContext([ref]).diagnostics);
  }
  return diagnostics;
}
