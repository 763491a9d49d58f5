import { hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import { ConversionError, convert } from "../../lang/types/convert.js";
import { BoolType } from "../../lang/types/type.js";
import { Value } from "../../lang/values/value.js";
import type { EvalContext } from "../../lang/hcl/eval-context.js";
import type { ModuleInstance } from "../addrs/module-instance.js";
import type { CheckRule } from "../configs/model.js";
import { checkValidationRule } from "../vars/validation-rule.js";
import type { ModuleExpandNode, ModuleVariableNode, VariableValidationNode } from "../graph/graph-node.js";
import { modulePathString } from "../graph/graph-node.js";
import { validateDependsOn } from "./depends-on.js";
import { EvalScope } from "./eval-scope.js";
import { finalModuleVariableValue } from "./module-variable-value.js";
import { TOTALLY_UNKNOWN, validateRepetition } from "./repetition.js";
import type { WalkState } from "./walk-state.js";

// Module calls and input variables in the validate walk: a call's count or for_each and depends_on in
// the calling module (nodeValidateModule), each argument evaluated in the calling module with every
// repetition value unknown and made into the variable's final value (nodeModuleVariable), and each
// variable's validation rules checked against that value (nodeVariableValidation). Root variables are
// unknown, so their rules can only fail on their references.

/** A module call's count or for_each and depends_on. */
export function validateModuleCall(state: WalkState, node: ModuleExpandNode): Diagnostic[] {
  const scope = new EvalScope(state, node.module.parent!);
  return [...validateRepetition(scope, node.call), ...validateDependsOn(scope, node.call.dependsOn)];
}

/** A child module variable's argument, evaluated and recorded as the variable's final value. */
export function validateModuleVariable(state: WalkState, node: ModuleVariableNode): Diagnostic[] {
  const scope = new EvalScope(state, node.module.parent!, { repetition: TOTALLY_UNKNOWN });
  const given = node.argument ? scope.evalExpr(node.argument.expr) : undefined;
  if (given && hasErrors(given.diagnostics)) return given.diagnostics;
  const path = modulePathString(node.module.path);
  const final = finalModuleVariableValue(node.variable, `${path}.var.${node.variable.name}`, given?.value, node.argument?.expr.range);
  state.values.setVariable(path, node.variable.name, final.value);
  return [...(given?.diagnostics ?? []), ...final.diagnostics];
}

/**
 * A variable's validation rules against its value (unknown for root variables while validating); the
 * plan walk checks them in each module instance.
 */
export function validateVariableRules(state: WalkState, node: VariableValidationNode, instance?: ModuleInstance): Diagnostic[] {
  const v = node.variable;
  const { ctx: ruleCtx, diagnostics } = variableRulesContext(state, node, instance);
  if (hasErrors(diagnostics)) return diagnostics;
  const definedAt = node.argument?.expr.range ?? v.declRange;
  for (const rule of v.validations) {
    if (!failsWithUnknownMessage(rule, ruleCtx)) diagnostics.push(...checkValidationRule(rule, ruleCtx, definedAt));
  }
  return diagnostics;
}

/** The context a variable's rules are evaluated in: their references, and the variable's own decided value. */
export function variableRulesContext(state: WalkState, node: VariableValidationNode, instance?: ModuleInstance): { ctx: EvalContext; diagnostics: Diagnostic[] } {
  const v = node.variable;
  const scope = new EvalScope(state, node.module, instance ? { instance } : {});
  const traversals = v.validations.flatMap((rule) => [...rule.condition.variables(), ...rule.errorMessage.variables()]);
  const { ctx, diagnostics } = scope.contextFor(traversals);
  if (hasErrors(diagnostics)) return { ctx, diagnostics };
  const own = state.values.variable(instance ? instance.toString() : modulePathString(node.module.path), v.name) ?? Value.unknown(v.type);
  return { ctx: withOwnValue(scope, ctx, v.name, own), diagnostics };
}

/** The context with the variable's own decided value in place of what references see (evalVariableValidations). */
function withOwnValue(scope: EvalScope, ctx: EvalContext, name: string, value: Value): EvalContext {
  const variables = new Map(ctx.variables);
  const current = variables.get("var");
  const attrs = new Map(current?.isKnown ? current.entries() : []);
  attrs.set(name, value);
  variables.set("var", Value.object(attrs));
  return scope.context(variables);
}

/** While validating, a failed rule whose message is not known yet is left for the plan. */
function failsWithUnknownMessage(rule: CheckRule, ctx: EvalContext): boolean {
  const cond = rule.condition.value(ctx).value;
  if (!cond.isKnown || cond.isNull) return false;
  const bool = convert(cond, BoolType);
  if (bool instanceof ConversionError || bool.unmark().asBool()) return false;
  return !rule.errorMessage.value(ctx).value.isKnown;
}
