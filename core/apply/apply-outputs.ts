import { hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import { containsSensitive, unmarkDeep } from "../../lang/values/deep-marks.js";
import { unknownAsNull } from "../../lang/values/unknown-as-null.js";
import { ModuleInstance } from "../addrs/module-instance.js";
import type { OutputNode } from "../graph/graph-node.js";
import { planOutput } from "../plan/plan-named-values.js";
import type { ApplyContext } from "./apply-context.js";

// Outputs in the apply walk (NodeApplyableOutput): evaluated in every module instance with the
// values the apply produced; a root module output's value is stored in the state (a null value
// removes it). At the end, root outputs the configuration no longer declares go away, and a destroy
// removes them all.

/** Evaluates an output; a root output's value goes into the working state. */
export function applyOutput(ac: ApplyContext, node: OutputNode): Diagnostic[] {
  if (ac.plan.mode === "destroy") return [];
  const diagnostics = planOutput(ac.pc, node);
  if (node.module.path.length > 0 || hasErrors(diagnostics)) return diagnostics;
  const name = node.output.name;
  const value = ac.pc.instances.output(ModuleInstance.ROOT, name);
  if (!value || ac.cancelled) return diagnostics;
  const outputs = ac.state.ensureModule(ModuleInstance.ROOT).outputs;
  // The state holds no unknowns: what is still unknown (an object gone in a refresh-only apply) is stored as null.
  if (value.isNull) outputs.delete(name);
  else outputs.set(name, { value: unknownAsNull(unmarkDeep(value).value), sensitive: node.output.sensitive || containsSensitive(value) });
  return diagnostics;
}


/** Removes the root outputs that are no longer declared (all of them when destroying). */
export function removeStaleOutputs(ac: ApplyContext): void {
  const outputs = ac.state.modules.get("")?.outputs;
  if (!outputs) return;
  for (const name of [...outputs.keys()]) {
    if (ac.plan.mode === "destroy" || !ac.config.module.outputs.has(name)) outputs.delete(name);
  }
}
