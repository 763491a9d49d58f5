// The apply executor: carries out a plan (core/plans) through the providers, walking the apply graph
// — the configuration graph plus a destroy node per object to delete — with -parallelism workers;
// reports progress through hooks and hands the state to a sink after every change, so that the CLI
// (or a backend) persists it as Terraform does. Interrupts stop it gracefully, or at once.

export { apply, type ApplyResult } from "./apply.js";
export type { ApplyHooks, ApplyOptions, HookAction, HookEvent, ObjectId, StateSink } from "./apply-options.js";
