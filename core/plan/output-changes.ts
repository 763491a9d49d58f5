import { errorDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import { containsSensitive, unmarkDeep } from "../../lang/values/deep-marks.js";
import { valueEquals } from "../../lang/values/equality.js";
import { DynamicPseudoType } from "../../lang/types/type.js";
import { Mark } from "../../lang/values/marks.js";
import { Value } from "../../lang/values/value.js";
import { AbsOutputValue, OutputValue } from "../addrs/named-values.js";
import { ModuleInstance } from "../addrs/module-instance.js";
import type { Output } from "../configs/model.js";
import type { Action } from "../plans/changes.js";
import type { PlanContext } from "./plan-context.js";

// The planned change of a root module output (NodeApplyableOutput in a plan walk): compared with the
// value in the prior state, it is created, updated or unchanged; outputs in state that the
// configuration no longer declares are deleted (see plannedOutputRemovals). A root output holding
// sensitive values must be declared sensitive.

const SENSITIVE_OUTPUT =
  "To reduce the risk of accidentally exporting sensitive data that was intended to be only internal, Terrane requires that any root module output containing sensitive data be explicitly marked as sensitive, to confirm your intent.\n\n" +
  "If you do intend to export this data, annotate the output value as sensitive by adding the following argument:\n    sensitive = true";

/** Records the change of one root output; returns the problems with its value. */
export function planRootOutput(ctx: PlanContext, o: Output, value: Value): Diagnostic[] {
  if (!o.sensitive && containsSensitive(value)) return [errorDiag("Output refers to sensitive values", SENSITIVE_OUTPUT, o.declRange)];
  // A destroy plans only the removal of the outputs in state (NodeDestroyableOutput), after the walk.
  if (ctx.options.mode === "destroy") return [];
  const prior = ctx.priorState.modules.get("")?.outputs.get(o.name);
  const before = prior ? (prior.sensitive ? prior.value.mark(Mark.Sensitive) : prior.value) : Value.null(DynamicPseudoType);
  ctx.outputChanges.push({ addr: outputAddr(o.name), change: { action: outputAction(prior !== undefined, before, value), before, after: value }, sensitive: o.sensitive || (prior?.sensitive ?? false) });
  storePlannedOutput(ctx, o, value);
  return [];
}

/**
 * The prior (refreshed) state takes a root output's planned value when it is wholly known, as
 * Terraform's plan walk updates it; a null value removes it, and one not yet known leaves it as it was.
 */
function storePlannedOutput(ctx: PlanContext, o: Output, value: Value): void {
  if (!value.isWhollyKnown) return;
  const outputs = ctx.priorState.ensureModule(ModuleInstance.ROOT).outputs;
  if (value.isNull) outputs.delete(o.name);
  else outputs.set(o.name, { value: unmarkDeep(value).value, sensitive: o.sensitive || containsSensitive(value) });
}

/** Deletions of root outputs that are in the prior state but no longer declared. */
export function plannedOutputRemovals(ctx: PlanContext): void {
  const declared = ctx.config.module.outputs;
  const outputs = ctx.priorState.modules.get("")?.outputs ?? new Map();
  for (const [name, prior] of outputs) {
    if (declared.has(name) && ctx.options.mode !== "destroy") continue;
    if (ctx.outputChanges.some((c) => c.addr.output.name === name)) continue;
    const before = prior.sensitive ? prior.value.mark(Mark.Sensitive) : prior.value;
    ctx.outputChanges.push({ addr: outputAddr(name), change: { action: "delete", before, after: Value.null(DynamicPseudoType) }, sensitive: prior.sensitive });
  }
}

function outputAction(existed: boolean, before: Value, after: Value): Action {
  if (after.isNull && existed) return "delete";
  if (!existed) return after.isNull ? "no-op" : "create";
  return valueEquals(before.unmark(), after) === true && before.type.kind === after.type.kind ? "no-op" : "update";
}

function outputAddr(name: string): AbsOutputValue {
  return new AbsOutputValue(ModuleInstance.ROOT, new OutputValue(name));
}
