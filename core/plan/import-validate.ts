import type { Expression } from "../../lang/hcl/expression.js";
import { absTraversalForExpr } from "../../lang/hcl/static.js";
import { hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import type * as ast from "../../lang/syntax/ast.js";
import { parseAbsResourceInstance } from "../addrs/parse-target.js";
import type { Import, Resource } from "../configs/model.js";
import type { RepetitionData } from "../expand/expansion.js";
import { importTargetConfig } from "./import-config-checks.js";
import { evaluatedTo, importId, rootScope, targetExpansionDiagnostics } from "./import-expand.js";
import { importForEachValues } from "./import-for-each.js";
import type { PlanContext } from "./plan-context.js";

// Terraform validates import blocks before it plans (NodeValidatableResource.validateImportTargets in
// the validate walk `terraform plan` runs first, where unknown values are allowed): `to` must agree
// with the target's count or for_each, `for_each` must be a collection, the id must not be null or
// empty. An error there means no plan at all. Terrane has no validate walk ahead of its plan, so the
// checks that need no value decided by the walk are made here: an `id` or `for_each` that refers to
// anything but `each.key`/`each.value` is left to the plan walk, which makes the same checks.

/** The errors Terraform's validation finds in the root module's import blocks, as far as they are static. */
export function validateImportBlocks(pc: PlanContext): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const imp of pc.config.module.imports) {
    const resource = importTargetConfig(pc.config, imp);
    if (resource) diagnostics.push(...validateImport(pc, imp, resource));
  }
  return diagnostics;
}

function validateImport(pc: PlanContext, imp: Import, resource: Resource): Diagnostic[] {
  if (!imp.forEach) return validateTarget(pc, imp, resource, {}, absTraversalForExpr(imp.to));
  if (!needsNoWalk(imp.forEach)) return [];
  const evaluated = rootScope(pc, {}).evalExpr(imp.forEach);
  if (hasErrors(evaluated.diagnostics)) return evaluated.diagnostics;
  const values = importForEachValues(evaluated.value, imp.forEach.range);
  if (!values.data) return values.diagnostics;
  for (const rep of values.data) {
    const diagnostics = validateTarget(pc, imp, resource, rep, evaluatedTo(imp.to, rep));
    if (hasErrors(diagnostics)) return diagnostics;
  }
  return [];
}

function validateTarget(
  pc: PlanContext,
  imp: Import,
  resource: Resource,
  rep: RepetitionData,
  to: { traversal?: ast.Traversal; diagnostics: Diagnostic[] },
): Diagnostic[] {
  if (!to.traversal) return to.diagnostics;
  const parsed = parseAbsResourceInstance(to.traversal);
  const diagnostics = [...to.diagnostics, ...parsed.diagnostics];
  if (!parsed.addr || hasErrors(diagnostics)) return diagnostics;
  diagnostics.push(...targetExpansionDiagnostics(resource, parsed.addr, imp.to));
  if (hasErrors(diagnostics) || !imp.id || !needsNoWalk(imp.id)) return diagnostics;
  return [...diagnostics, ...importId(rootScope(pc, rep), imp.id, true).diagnostics];
}

/** True when the expression refers to nothing but `each`, so it can be evaluated before the walk. */
function needsNoWalk(expr: Expression): boolean {
  return expr.variables().every((t) => t[0].name === "each");
}
