// Terraform's human plan output: the structured diff of every resource instance change (the differ
// and renderers of Terraform's jsonformat package), drift, outputs, the tally and the closing hint.
// Only the text is made here; cmd/ commands write it out. The apply view reuses the resource blocks,
// the tally and the outputs section.

export { colorize } from "./colorize.js";
export type { SchemaLookup } from "./change-input.js";
export { renderPlan, compareResourceChanges, planCounts, type RenderablePlan, type RenderPlanOptions } from "./plan-render.js";
export { computeOutputDiffs, renderOutputDiffs, type OutputDiff } from "./plan-outputs.js";
export { computeResourceDiff, renderResourceDiff, type ResourceDiff, type ResourceRenderOptions } from "./resource-diff.js";
export { computeDriftDiffs, renderDriftSection, type RelevantAttribute } from "./plan-drift.js";
export type { ChangeCause } from "./resource-comment.js";
export {
  DEFAULT_COLUMNS,
  renderPlanNextStep,
  renderPlanSummary,
  type PlanCounts,
  type PlanNextStepOptions,
  type PlanTextOptions,
} from "./plan-text.js";
