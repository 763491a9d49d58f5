import type { Plan, ResourceInstanceChange } from "../../core/plans/changes.js";
import type { GetProviderSchemaResponse } from "../../providers/provider.js";
import type { Schema } from "../../providers/schema.js";
import { renderPlan, renderPlanNextStep } from "../views/plan/index.js";

// The plan as `terrane plan` prints it: the rendered plan and, when it has changes, Terraform's next
// step after a rule line (the note about -out, or where the plan was saved).

/** The text of a plan. */
export function showPlan(plan: Plan, schemas: ReadonlyMap<string, GetProviderSchemaResponse>, opts: { color: boolean }): string {
  return renderPlan(plan, schemaLookup(schemas), { color: opts.color });
}

/** The next-step hint after a plan (and its warnings), when it can be applied. */
export function nextStep(plan: Plan, opts: { color: boolean; planPath?: string }): string {
  if (!plan.applyable || plan.errored) return "";
  return renderPlanNextStep({ color: opts.color, ...(opts.planPath ? { planPath: opts.planPath } : {}) });
}

/** Finds the schema of a change's resource type in the fetched provider schemas. */
export function schemaLookup(schemas: ReadonlyMap<string, GetProviderSchemaResponse>): (c: ResourceInstanceChange) => Schema | undefined {
  return (c) => {
    const s = schemas.get(c.provider.provider.toString());
    const r = c.addr.resource.resource;
    return r.mode === "data" ? s?.dataSources[r.type] : s?.resourceTypes[r.type];
  };
}
