import { hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import type { Value } from "../../lang/values/value.js";
import type { Provider } from "../../providers/provider.js";
import type { AbsResource, AbsResourceInstance } from "../addrs/abs-resource.js";
import { IntKey, type InstanceKey } from "../addrs/instance-key.js";
import type { CheckRule } from "../configs/model.js";
import { checkRuleResult, type CheckRuleKind } from "../eval/check-rules.js";
import { EvalScope } from "../eval/eval-scope.js";
import type { CheckRuleType } from "./check-state.js";
import { planDataInstance } from "./data-instance.js";
import type { PlanContext } from "./plan-context.js";
import type { InstanceSite } from "./plan-resource.js";

// A resource's preconditions and postconditions in the plan walk, as Terraform's plan evaluates them:
// preconditions before the instance is planned (a failure stops it), postconditions against the
// planned object as `self` (unknown parts leave the result unknown until apply). Every outcome is
// recorded in the plan's check results; in refresh-only mode a failure is only a warning.

/** Records the instances of a resource block in one module instance as its checkable objects. */
export function reportResourceInstances(pc: PlanContext, abs: AbsResource, keys: readonly (InstanceKey | null)[]): void {
  pc.checks.reportObjects("resource", abs.config().toString(), keys.map((k) => abs.instance(k).toString()));
}

/** Checks an instance's preconditions; errors mean it must not be planned. */
export function resourcePreconditions(pc: PlanContext, site: InstanceSite): Diagnostic[] {
  const scope = new EvalScope(pc.walkState, site.node.module, { instance: site.module, repetition: site.repetition });
  return evalResourceRules(pc, site.addr, scope, site.node.resource.preconditions, "precondition");
}

/** Checks an instance's postconditions with `self` as its planned (or read) object. */
export function resourcePostconditions(pc: PlanContext, site: InstanceSite, planned: Value): Diagnostic[] {
  const options = { instance: site.module, repetition: site.repetition, self: site.addr.resource, selfValue: planned };
  const scope = new EvalScope(pc.walkState, site.node.module, options);
  return evalResourceRules(pc, site.addr, scope, site.node.resource.postconditions, "postcondition");
}

/** A refresh-only plan's conditions on a managed instance: against its refreshed object, failures only warn. */
export function refreshOnlyConditions(pc: PlanContext, site: InstanceSite, refreshed: Value): Diagnostic[] {
  if (pc.options.mode !== "refresh-only" || refreshed.isNull) return [];
  return [...resourcePreconditions(pc, site), ...resourcePostconditions(pc, site, refreshed)];
}

/** A data source instance: preconditions, the read (or its deferral), then postconditions on the result. */
export async function planDataWithConditions(
  pc: PlanContext,
  site: InstanceSite,
  provider: Provider,
  evalConfig: () => { value: Value; diagnostics: Diagnostic[] },
): Promise<Diagnostic[]> {
  if (pc.options.mode === "destroy") return planDataInstance(pc, site, provider, evalConfig);
  const pre = resourcePreconditions(pc, site);
  if (hasErrors(pre)) return pre;
  const diagnostics = [...pre, ...(await planDataInstance(pc, site, provider, evalConfig))];
  if (hasErrors(diagnostics) || site.node.resource.postconditions.length === 0) return diagnostics;
  return [...diagnostics, ...resourcePostconditions(pc, site, instanceValue(pc, site.addr))];
}

function evalResourceRules(pc: PlanContext, addr: AbsResourceInstance, scope: EvalScope, rules: readonly CheckRule[], type: CheckRuleType): Diagnostic[] {
  const kind: CheckRuleKind = type === "precondition" ? "Resource precondition" : "Resource postcondition";
  const configAddr = addr.containingResource().config().toString();
  const diagnostics: Diagnostic[] = [];
  rules.forEach((rule, i) => {
    const r = checkRuleResult(scope, rule, kind);
    pc.checks.reportResult("resource", configAddr, addr.toString(), type, i, r.status, r.failureMessage);
    // A refresh-only plan changes nothing, so a failed condition only warns (checkRuleSeverity).
    const warnOnly = pc.options.mode === "refresh-only" && r.status === "fail";
    diagnostics.push(...r.diagnostics.map((d) => (warnOnly && d.summary === `${kind} failed` ? { ...d, severity: "warning" as const } : d)));
  });
  return diagnostics;
}

/** The planned value of one instance, picked out of its resource's value. */
function instanceValue(pc: PlanContext, addr: AbsResourceInstance): Value {
  const whole = pc.instances.resource(addr.containingResource());
  const key = addr.resource.key;
  if (key === null || !whole.isKnown || whole.isNull) return whole;
  if (key instanceof IntKey) return whole.elements()[key.index] ?? whole;
  return whole.entries().get(key.key) ?? whole;
}
