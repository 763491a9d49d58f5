import { hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import { Mark } from "../../lang/values/marks.js";
import { Value } from "../../lang/values/value.js";
import { validateDependsOn } from "../eval/depends-on.js";
import { EvalScope } from "../eval/eval-scope.js";
import { finalModuleVariableValue } from "../eval/module-variable-value.js";
import { validateVariableRules } from "../eval/validate-module.js";
import { evaluateExpansion, instanceKeysFor, repetitionData } from "../expand/expansion.js";
import type { CheckNode, LocalNode, ModuleExpandNode, ModuleVariableNode, OutputNode, RootVariableNode, VariableValidationNode } from "../graph/graph-node.js";
import { modulePathString } from "../graph/graph-node.js";
import type { PlanContext } from "./plan-context.js";
import { planRootOutput } from "./output-changes.js";
import { checkAssertions, outputPreconditions, recordModuleVariableChecks, recordRootVariableChecks } from "./check-named.js";

// Named values in the plan walk, each evaluated once per module instance with real values: root
// variables from the caller, module calls expanded by their count or for_each (which must be known),
// child module variables from the calling block's arguments, locals, outputs (a root output also gets
// its planned change), child variable validations, and check blocks (whose failures are warnings).

/** A root variable: its resolved value (validated before the walk). */
export function planRootVariable(ctx: PlanContext, node: RootVariableNode): Diagnostic[] {
  const v = node.variable;
  const given = ctx.options.variables.get(v.name);
  ctx.walkState.values.setVariable("", v.name, given?.value ?? Value.unknown(v.type));
  recordRootVariableChecks(ctx, node);
  return [];
}

/** A module call: its instances in every instance of the calling module. */
export function planModuleExpand(ctx: PlanContext, node: ModuleExpandNode): Diagnostic[] {
  const parentConfig = node.module.parent!;
  const diagnostics: Diagnostic[] = [];
  for (const parent of ctx.instances.moduleInstances(modulePathString(parentConfig.path))) {
    const scope = new EvalScope(ctx.walkState, parentConfig, { instance: parent.addr, repetition: parent.repetition });
    const expr = node.call.count ?? node.call.forEach;
    const refs = scope.contextFor(expr ? expr.variables() : []);
    diagnostics.push(...refs.diagnostics, ...validateDependsOn(scope, node.call.dependsOn));
    if (hasErrors(refs.diagnostics)) continue;
    const r = evaluateExpansion(node.call, refs.ctx);
    diagnostics.push(...r.diagnostics);
    if (!r.expansion) continue;
    const keys = instanceKeysFor(r.expansion);
    if (keys === "unknown") continue;
    const expansion = r.expansion;
    ctx.instances.expandCall(parent.addr, node.call.name, modulePathString(node.module.path), { expansion, keys }, (key) => repetitionData(expansion, key));
  }
  return diagnostics;
}

/** A child module's variable in each of its instances, from the calling block's argument. */
export function planModuleVariable(ctx: PlanContext, node: ModuleVariableNode): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const child of ctx.instances.moduleInstances(modulePathString(node.module.path))) {
    const scope = new EvalScope(ctx.walkState, node.module.parent!, { instance: child.addr.parent(), repetition: child.repetition });
    const given = node.argument ? scope.evalExpr(node.argument.expr) : undefined;
    diagnostics.push(...(given?.diagnostics ?? []));
    if (given && hasErrors(given.diagnostics)) continue;
    const addr = `${child.addr.toString()}.var.${node.variable.name}`;
    const final = finalModuleVariableValue(node.variable, addr, given?.value, node.argument?.expr.range);
    diagnostics.push(...final.diagnostics);
    const marked = node.variable.sensitive ? final.value.mark(Mark.Sensitive) : final.value;
    ctx.walkState.values.setVariable(child.addr.toString(), node.variable.name, marked);
  }
  return diagnostics;
}

/** A child module variable's validation rules in each instance (root ones were checked before the walk). */
export function planVariableValidation(ctx: PlanContext, node: VariableValidationNode): Diagnostic[] {
  if (node.module.path.length === 0) return [];
  return ctx.instances.moduleInstances(modulePathString(node.module.path)).flatMap((m) => {
    recordModuleVariableChecks(ctx, node, m.addr);
    return validateVariableRules(ctx.walkState, node, m.addr);
  });
}

/** A local value in each module instance. */
export function planLocal(ctx: PlanContext, node: LocalNode): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const m of ctx.instances.moduleInstances(modulePathString(node.module.path))) {
    const r = new EvalScope(ctx.walkState, node.module, { instance: m.addr }).evalExpr(node.local.expr);
    ctx.walkState.values.setLocal(m.addr.toString(), node.local.name, r.value);
    diagnostics.push(...r.diagnostics);
  }
  return diagnostics;
}

/** An output in each module instance: preconditions, then the value; root outputs get a planned change. */
export function planOutput(ctx: PlanContext, node: OutputNode): Diagnostic[] {
  const o = node.output;
  const diagnostics: Diagnostic[] = [];
  for (const m of ctx.instances.moduleInstances(modulePathString(node.module.path))) {
    const scope = new EvalScope(ctx.walkState, node.module, { instance: m.addr });
    const pre = outputPreconditions(ctx, o, node.module.path, scope, m.addr);
    diagnostics.push(...pre);
    if (hasErrors(pre)) continue;
    const r = scope.evalExpr(o.expr);
    diagnostics.push(...r.diagnostics);
    const value = o.sensitive ? r.value.mark(Mark.Sensitive) : r.value;
    ctx.instances.setOutput(m.addr, o.name, value);
    if (m.addr.isRoot && !hasErrors(r.diagnostics)) diagnostics.push(...planRootOutput(ctx, o, value));
  }
  return diagnostics;
}

/** A check block's assertions in each module instance; a failed assertion is a warning. */
export function planCheck(ctx: PlanContext, node: CheckNode): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const m of ctx.instances.moduleInstances(modulePathString(node.module.path))) {
    const scope = new EvalScope(ctx.walkState, node.module, { instance: m.addr, source: node.check.name });
    diagnostics.push(...checkAssertions(ctx, node, scope, m.addr));
  }
  return diagnostics;
}
