import { EvalContext } from "../../lang/hcl/eval-context.js";
import { NativeExpression } from "../../lang/eval/native-expression.js";
import type { Expression } from "../../lang/hcl/expression.js";
import { absTraversalForExpr } from "../../lang/hcl/static.js";
import { errorDiag, hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import type * as ast from "../../lang/syntax/ast.js";
import { StringType } from "../../lang/types/type.js";
import { Mark } from "../../lang/values/marks.js";
import { Value } from "../../lang/values/value.js";
import type { AbsResourceInstance } from "../addrs/abs-resource.js";
import { IntKey, keyString, StringKey } from "../addrs/instance-key.js";
import { ModuleInstance } from "../addrs/module-instance.js";
import { parseAbsResourceInstance } from "../addrs/parse-target.js";
import type { Import, Resource } from "../configs/model.js";
import { EvalScope } from "../eval/eval-scope.js";
import type { RepetitionData } from "../expand/expansion.js";
import type { ResourceNode } from "../graph/graph-node.js";
import { importsInto } from "../graph/import-references.js";
import { addressTraversal, parseAddressExpr } from "./import-address-expr.js";
import { importForEachValues } from "./import-for-each.js";
import type { PlanContext } from "./plan-context.js";

// The import blocks of one resource block, evaluated (nodeExpandPlannableResource.expandResourceImports):
// each block's `to` and `id` (once, or once per `for_each` element with `each.key`/`each.value`),
// evaluated in the root module where import blocks live. The first error stops the evaluation. Targets
// that already have an object in the state are left out: there is nothing to import into them.

/** The import ids by the address (string) of the instance they import into. */
export type ResourceImports = Map<string, { readonly addr: AbsResourceInstance; readonly id: string }>;

/** Evaluates the import blocks that import into a resource block. */
export function expandResourceImports(pc: PlanContext, node: ResourceNode): { imports: ResourceImports; diagnostics: Diagnostic[] } {
  const imports: ResourceImports = new Map();
  const diagnostics: Diagnostic[] = [];
  for (const imp of importsInto(pc.config, node.module.path, node.resource)) {
    const keyData: RepetitionData[] | undefined = imp.forEach ? forEachData(pc, imp.forEach, diagnostics) : [{}];
    if (!keyData) return { imports, diagnostics };
    for (const rep of keyData) {
      const target = importTarget(pc, imp, node.resource, rep);
      diagnostics.push(...target.diagnostics);
      if (hasErrors(diagnostics) || !target.addr || target.id === undefined) return { imports, diagnostics };
      imports.set(target.addr.toString(), { addr: target.addr, id: target.id });
    }
  }
  for (const [key, { addr }] of imports) if (pc.priorState.instance(addr)) imports.delete(key);
  return { imports, diagnostics };
}

/** An evaluation scope in the root module, where import blocks are. */
export function rootScope(pc: PlanContext, repetition: RepetitionData): EvalScope {
  return new EvalScope(pc.walkState, pc.config, { instance: ModuleInstance.ROOT, repetition });
}

function forEachData(pc: PlanContext, expr: Expression, diagnostics: Diagnostic[]): RepetitionData[] | undefined {
  const evaluated = rootScope(pc, {}).evalExpr(expr);
  diagnostics.push(...evaluated.diagnostics);
  if (hasErrors(evaluated.diagnostics)) return undefined;
  const r = importForEachValues(evaluated.value, expr.range);
  diagnostics.push(...r.diagnostics);
  return r.data;
}

/** One import: the instance `to` names for these repetition data, and the evaluated id. */
function importTarget(pc: PlanContext, imp: Import, resource: Resource, rep: RepetitionData): { addr?: AbsResourceInstance; id?: string; diagnostics: Diagnostic[] } {
  const to = imp.forEach ? evaluatedTo(imp.to, rep) : absTraversalForExpr(imp.to);
  if (!to.traversal) return { diagnostics: to.diagnostics };
  const parsed = parseAbsResourceInstance(to.traversal);
  const diagnostics = [...to.diagnostics, ...parsed.diagnostics];
  if (!parsed.addr || hasErrors(diagnostics)) return { diagnostics };
  diagnostics.push(...targetExpansionDiagnostics(resource, parsed.addr, imp.to));
  if (hasErrors(diagnostics) || !imp.id) return { diagnostics };
  const id = importId(rootScope(pc, rep), imp.id);
  diagnostics.push(...id.diagnostics);
  return { addr: parsed.addr, ...(id.id === undefined ? {} : { id: id.id }), diagnostics };
}

/** `to` with its `each.key`/`each.value` index keys evaluated (importToExprToTraversal). */
export function evaluatedTo(to: Expression, rep: RepetitionData): { traversal?: ast.Traversal; diagnostics: Diagnostic[] } {
  const steps = parseAddressExpr(to);
  if (!steps.steps) return { diagnostics: steps.diagnostics };
  const each = Value.object({ key: rep.eachKey ?? Value.unknown(StringType), value: rep.eachValue ?? Value.unknown(StringType) });
  const ctx = new EvalContext(new Map([["each", each]]));
  return addressTraversal(steps.steps, (key) => {
    const r = new NativeExpression(key).value(ctx);
    if (hasErrors(r.diagnostics)) {
      const hint = 'Only "each.key" and "each.value" can be used in import address index expressions.';
      return { diagnostics: r.diagnostics.map((d) => (d.summary === "Unknown variable" ? { ...d, detail: `${d.detail ?? ""}${hint}` } : d)) };
    }
    if (r.value.marks & Mark.Sensitive) {
      return { diagnostics: [errorDiag("Invalid index expression", "Import address index expression cannot be sensitive.", key.range)] };
    }
    return { value: r.value, diagnostics: [] };
  });
}

/** The instance key of `to` must agree with the resource's count or for_each (validateImportTargetExpansion). */
export function targetExpansionDiagnostics(resource: Resource, to: AbsResourceInstance, toExpr: Expression): Diagnostic[] {
  const key = to.resource.key;
  const bad = (detail: string): Diagnostic => errorDiag("Invalid import 'to' expression", detail, toExpr.range);
  if (key instanceof StringKey) return resource.forEach ? [] : [bad("The target resource does not use for_each.")];
  if (key instanceof IntKey) return resource.count ? [] : [bad("The target resource does not use count.")];
  const out: Diagnostic[] = [];
  if (resource.forEach) out.push(bad("The target resource is using for_each."));
  if (resource.count) out.push(bad("The target resource is using count."));
  return out;
}

/** The import id: a known, non-empty string (evaluateImportIdExpression); unknown is allowed (validation) when asked. */
export function importId(scope: EvalScope, expr: Expression, allowUnknown = false): { id?: string; diagnostics: Diagnostic[] } {
  const r = scope.evalExpr(expr, StringType);
  if (hasErrors(r.diagnostics)) return { diagnostics: r.diagnostics };
  const bad = (detail: string): { diagnostics: Diagnostic[] } => ({ diagnostics: [...r.diagnostics, errorDiag("Invalid import id argument", detail, expr.range)] });
  if (r.value.isNull) return bad("The import ID cannot be null.");
  if (!r.value.isKnown) {
    if (allowUnknown) return { diagnostics: r.diagnostics };
    return bad('The import block "id" argument depends on resource attributes that cannot be determined until apply, so Terrane cannot plan to import this resource.');
  }
  const id = r.value.unmark().asString();
  if (id === "") return bad("The import ID value evaluates to an empty string, please provide a non-empty value.");
  return { id, diagnostics: r.diagnostics };
}

/** Imports into instances the resource did not expand to (validateExpandedImportTargets): the first such one. */
export function missingImportTargets(pc: PlanContext, imports: ResourceImports): Diagnostic[] {
  for (const { addr } of imports.values()) {
    const keys = pc.instances.resourceKeys(addr.containingResource());
    if (keys?.some((k) => keyString(k) === keyString(addr.resource.key))) continue;
    const detail = `The configuration for the given import ${addr.toString()} does not exist. All target instances must have an associated configuration to be imported.`;
    return [errorDiag("Configuration for import target does not exist", detail)];
  }
  return [];
}
