import type { EvalContext } from "../../lang/hcl/eval-context.js";
import type { Diagnostic } from "../../lang/source/diagnostics.js";
import { ConversionError, convert } from "../../lang/types/convert.js";
import { BoolType } from "../../lang/types/type.js";
import type { ModuleInstance } from "../addrs/module-instance.js";
import type { CheckRule, Output } from "../configs/model.js";
import { checkErrorMessage, checkRuleResult } from "../eval/check-rules.js";
import type { EvalScope } from "../eval/eval-scope.js";
import { variableRulesContext } from "../eval/validate-module.js";
import type { CheckNode, CheckReportNode, RootVariableNode, VariableValidationNode } from "../graph/graph-node.js";
import { modulePathString } from "../graph/graph-node.js";
import type { CheckStatus } from "../states/check-results.js";
import { validationContext } from "../vars/index.js";
import { markCheckBlockDiagnostics } from "./check-diagnostics.js";
import type { PlanContext } from "./plan-context.js";

// The check results of named values and check blocks in the plan walk: a check block's instances
// are reported before its data source is read, then its assertions (a failure is a warning, and a
// check whose data source already failed is not asserted); an output's preconditions; and a
// variable's validation rules (root variables were validated before the walk, so only their outcome
// is recorded here).

/** Reports a check block's instances (nodeReportCheck), before its nested data source is read. */
export function reportCheckObjects(pc: PlanContext, node: CheckReportNode): Diagnostic[] {
  const configAddr = inModule(modulePathString(node.module.path), `check.${node.check.name}`);
  const objects = pc.instances.moduleInstances(modulePathString(node.module.path)).map((m) => inModule(m.addr.toString(), `check.${node.check.name}`));
  pc.checks.reportObjects("check", configAddr, objects);
  return [];
}

/** A check block's assertions in one module instance; failures are warnings. */
export function checkAssertions(pc: PlanContext, node: CheckNode, scope: EvalScope, instance: ModuleInstance): Diagnostic[] {
  const configAddr = inModule(modulePathString(node.module.path), `check.${node.check.name}`);
  const objectAddr = inModule(instance.toString(), `check.${node.check.name}`);
  const status = pc.checks.objectStatus("check", configAddr, objectAddr);
  // A check whose data source failed is already failing: its assertions are not evaluated.
  if (status === "fail" || status === "error") return [];
  const diagnostics: Diagnostic[] = [];
  node.check.asserts.forEach((rule, i) => {
    const r = checkRuleResult(scope, rule, "Check block assertion");
    pc.checks.reportResult("check", configAddr, objectAddr, "assertion", i, r.status, r.failureMessage);
    for (const d of r.diagnostics) diagnostics.push(d.summary === "Check block assertion failed" ? { ...d, severity: "warning" } : d);
  });
  return markCheckBlockDiagnostics(diagnostics);
}

/** An output's preconditions in one module instance, recorded as the output's checks. */
export function outputPreconditions(pc: PlanContext, output: Output, modulePath: readonly string[], scope: EvalScope, instance: ModuleInstance): Diagnostic[] {
  if (output.preconditions.length === 0) return [];
  const configAddr = inModule(modulePathString(modulePath), `output.${output.name}`);
  const objectAddr = inModule(instance.toString(), `output.${output.name}`);
  pc.checks.reportObjects("output", configAddr, [objectAddr]);
  return output.preconditions.flatMap((rule, i) => {
    const r = checkRuleResult(scope, rule, "Module output value precondition");
    pc.checks.reportResult("output", configAddr, objectAddr, "precondition", i, r.status, r.failureMessage);
    return r.diagnostics;
  });
}

/** A root variable's validation outcomes (the rules were checked before the walk). */
export function recordRootVariableChecks(pc: PlanContext, node: RootVariableNode): void {
  const v = node.variable;
  if (v.validations.length === 0) return;
  const addr = `var.${v.name}`;
  pc.checks.reportObjects("var", addr, [addr]);
  if (!pc.options.variables.has(v.name)) return;
  const ctx = validationContext(v, pc.options.variables, { functions: pc.walkState.functions });
  v.validations.forEach((rule, i) => report(pc, addr, addr, i, rule, ctx));
}

/** A child module variable's validation outcomes in one module instance (its rules are checked by the walk). */
export function recordModuleVariableChecks(pc: PlanContext, node: VariableValidationNode, instance: ModuleInstance): void {
  const v = node.variable;
  if (v.validations.length === 0) return;
  const configAddr = inModule(modulePathString(node.module.path), `var.${v.name}`);
  const objectAddr = inModule(instance.toString(), `var.${v.name}`);
  pc.checks.reportObjects("var", configAddr, [objectAddr]);
  const { ctx, diagnostics } = variableRulesContext(pc.walkState, node, instance);
  if (diagnostics.some((d) => d.severity === "error")) return;
  v.validations.forEach((rule, i) => report(pc, configAddr, objectAddr, i, rule, ctx));
}

function report(pc: PlanContext, configAddr: string, objectAddr: string, index: number, rule: CheckRule, ctx: EvalContext): void {
  const status = conditionStatus(rule, ctx);
  const message = status === "fail" ? checkErrorMessage(rule.errorMessage, ctx).text : "";
  pc.checks.reportResult("var", configAddr, objectAddr, "validation", index, status, message);
}

/** How a validation condition came out: unknown waits, an unusable result is an error. */
function conditionStatus(rule: CheckRule, ctx: EvalContext): CheckStatus {
  const r = rule.condition.value(ctx);
  if (r.diagnostics.some((d) => d.severity === "error")) return "error";
  if (!r.value.isKnown) return "unknown";
  if (r.value.isNull) return "error";
  const bool = convert(r.value, BoolType);
  if (bool instanceof ConversionError) return "error";
  return bool.unmark().asBool() ? "pass" : "fail";
}

function inModule(module: string, rest: string): string {
  return module === "" ? rest : `${module}.${rest}`;
}
