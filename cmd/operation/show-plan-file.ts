import type { Plan } from "../../core/plans/changes.js";
import type { PlanFileExtras } from "../../core/plans/planfile/index.js";
import { hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import type { CommandIO } from "../io.js";
import { planJson } from "../views/json/index.js";
import { renderPlan } from "../views/plan/index.js";
import { TERRAFORM_COMPAT_VERSION } from "../version-info.js";
import { planConfig } from "./plan-config.js";
import { schemaLookup } from "./show-plan.js";
import { jsonSchemaLookup, showSchemas } from "./show-schemas.js";

// `show PLANFILE`: the saved plan with the configuration snapshot it carries, shown as Terraform's
// human plan (the body `plan` prints, without the refresh lines and the closing hint) or as its JSON
// plan. The attributes that make drift relevant come from the plan file, as the planner found them.

/** How the plan is shown, and where diagnostics go. */
export interface PlanShowView {
  readonly json: boolean;
  readonly color: boolean;
  readonly show: (diags: readonly Diagnostic[]) => void;
}

/** Prints a saved plan; exit code 1 when its configuration or providers cannot be loaded. */
export async function showPlanFile(plan: Plan, extras: PlanFileExtras, io: CommandIO, view: PlanShowView): Promise<number> {
  const built = planConfig(extras);
  if (hasErrors(built.diagnostics)) {
    view.show(built.diagnostics);
    return 1;
  }
  const loaded = await showSchemas(io.cwd, plan.priorState, built.config);
  if (hasErrors(loaded.diagnostics)) {
    view.show(loaded.diagnostics);
    return 1;
  }
  if (view.json) {
    const meta = { terraformVersion: TERRAFORM_COMPAT_VERSION, providerSchema: (p: string) => loaded.schemas.get(p)?.provider };
    io.stdout.write(`${planJson(plan, built.config, jsonSchemaLookup(loaded.schemas), meta)}\n`);
  } else {
    io.stdout.write(renderPlan(plan, schemaLookup(loaded.schemas), { color: view.color }));
  }
  return 0;
}
