// The planner: Terraform's plan walk over the configuration graph with real values, which refreshes
// every object through its provider, reads data sources, plans each resource instance's change
// (create, update, replace, delete, read) and each root output's, and returns a Plan (core/plans).

export { plan, type PlanResult } from "./plan.js";
export type { PlanHooks, PlanOptions } from "./plan-options.js";
export type { ProviderResolver } from "./provider-set.js";
