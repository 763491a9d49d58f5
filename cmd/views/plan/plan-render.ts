import { compareAbsResourceInstances } from "../../../core/addrs/abs-resource.js";
import type { Action, Plan, PlanMode, ResourceInstanceChange } from "../../../core/plans/changes.js";
import { compareCodePoints } from "../../../lang/text/code-point-order.js";
import type { SchemaLookup } from "./change-input.js";
import { computeDriftDiffs, renderDriftSection, type RelevantAttribute } from "./plan-drift.js";
import { computeOutputDiffs, renderOutputDiffs } from "./plan-outputs.js";
import {
  horizontalRule,
  paint,
  planTextContext,
  renderPlanSummary,
  wrapText,
  type PlanCounts,
  type PlanTextContext,
  type PlanTextOptions,
} from "./plan-text.js";
import { actionDescription } from "./resource-comment.js";
import { computeResourceDiff, isMoved, isSilent, renderResourceDiff, type ResourceDiff } from "./resource-diff.js";

// Terraform's human plan (jsonformat's Plan.renderHuman): drift, the legend of action symbols, each
// resource's diff in address order, the tally, output changes, or the "No changes." message that
// fits the plan mode. Everything `terraform plan` prints after its refresh progress lines and before
// its diagnostics.

/** A plan as rendered; `relevantAttributes` (Terraform's plan.RelevantAttributes) filters drift. */
export type RenderablePlan = Plan & { readonly relevantAttributes?: readonly RelevantAttribute[] };

/** Options for rendering a plan. */
export type RenderPlanOptions = PlanTextOptions;

const LEGEND_ORDER: readonly Action[] = ["create", "update", "delete", "delete-then-create", "create-then-delete", "read"];

/** Terraform's order of resource changes: by address (data before managed, numeric keys), then deposed key. */
export function compareResourceChanges(a: ResourceInstanceChange, b: ResourceInstanceChange): number {
  return compareAbsResourceInstances(a.addr, b.addr) || compareCodePoints(a.deposedKey ?? "", b.deposedKey ?? "");
}

/** The plan as Terraform prints it for `plan`, colour or plain, with the product name of the options. */
export function renderPlan(plan: RenderablePlan, schemas: SchemaLookup, opts: RenderPlanOptions): string {
  const ctx = planTextContext(opts);
  const errored = plan.errored;
  const diffs = [...plan.changes].sort(compareResourceChanges).map((rc) => computeResourceDiff(rc, schemas));
  const drifted = [...plan.driftedResources].sort(compareResourceChanges);
  const drift = computeDriftDiffs(drifted, plan.mode, plan.relevantAttributes ?? [], schemas);
  const outputDiffs = computeOutputDiffs(plan.outputChanges);
  const planEmpty = diffs.every((d) => d.diff.action === "no-op" && !isMoved(d.change)) && outputDiffs.every((o) => o.diff.action === "no-op");

  const driftText = renderDriftSection(drift, plan.mode, planEmpty, ctx);
  const haveRefreshChanges = driftText !== "";
  let out = driftText;

  const shown = diffs.filter((d) => isShown(d.change));
  const counts = planCounts(shown.map((d) => d.change));
  const outputs = renderOutputDiffs(outputDiffs, ctx.color);

  if (shown.length === 0 && outputs === "") {
    const message = noChangesMessage(plan.mode, errored, !plan.applyable, haveRefreshChanges, ctx);
    if (message.stop) return out + message.text;
    out += message.text;
  }
  if (haveRefreshChanges) out += `${horizontalRule(ctx)}\n`;
  if (counts.actions.size > 0) out += legend(counts, ctx);
  if (shown.length > 0) out += changesSection(shown, counts, errored, ctx);
  if (outputs !== "") out += outputsSection(outputs, counts, ctx);
  return out;
}

// "will perform the following actions", each resource's diff, and the tally.
function changesSection(shown: readonly ResourceDiff[], counts: PlanCounts, errored: boolean, ctx: PlanTextContext): string {
  let out = errored
    ? `\n${ctx.product} planned the following actions, but then encountered a problem:\n`
    : `\n${ctx.product} will perform the following actions:\n`;
  for (const d of shown) {
    const text = renderResourceDiff(d, "change", { color: ctx.color, productName: ctx.product });
    if (text !== undefined) out += `\n${text}\n`;
  }
  return out + renderPlanSummary(counts, ctx.color);
}

// "Changes to Outputs:", explained when nothing else changes.
function outputsSection(outputs: string, counts: PlanCounts, ctx: PlanTextContext): string {
  const out = `\nChanges to Outputs:\n${outputs}\n`;
  if (counts.actions.size > 0) return out;
  const note = `\nYou can apply this plan to save these new output values to the ${ctx.product} state, without changing any real infrastructure.`;
  return `${out}${wrapText(note, ctx.width)}\n`;
}

// No-ops that neither move nor import say nothing, and a data resource's deletion is not shown.
function isShown(rc: ResourceInstanceChange): boolean {
  return !isSilent(rc) && !(rc.change.action === "delete" && rc.addr.resource.resource.mode !== "managed");
}

/** The tally of resource changes the plan shows, as its summary line counts them. */
export function planCounts(changes: readonly ResourceInstanceChange[]): PlanCounts {
  const actions = new Map<Action, number>();
  let importing = 0;
  for (const rc of changes.filter(isShown)) {
    if (rc.importing) importing++;
    if (rc.change.action !== "no-op") actions.set(rc.change.action, (actions.get(rc.change.action) ?? 0) + 1);
  }
  return { actions, importing };
}

function legend(counts: PlanCounts, ctx: PlanTextContext): string {
  let out = `${wrapText(`\n${ctx.product} used the selected providers to generate the following execution plan. Resource actions are indicated with the following symbols:`, ctx.width)}\n`;
  for (const action of LEGEND_ORDER) {
    if ((counts.actions.get(action) ?? 0) > 0) out += `${paint(ctx, actionDescription(action))}\n`;
  }
  return out;
}

// The message for a plan with nothing to show; `stop` ends the plan text there.
function noChangesMessage(
  mode: PlanMode,
  errored: boolean,
  noChanges: boolean,
  haveRefreshChanges: boolean,
  ctx: PlanTextContext,
): { text: string; stop: boolean } {
  const p = ctx.product;
  const rule = haveRefreshChanges ? `${horizontalRule(ctx)}\n` : "";
  const para = (s: string): string => `${wrapText(s, ctx.width)}\n`;
  if (errored) {
    return { text: `${rule}${paint(ctx, `\n[reset][bold][red]Planning failed.[reset][bold] ${p} encountered an error while generating this plan.[reset]\n\n`)}`, stop: false };
  }
  if (mode === "refresh-only") {
    if (haveRefreshChanges) return { text: "", stop: true };
    const head = paint(ctx, "\n[reset][bold][green]No changes.[reset][bold] Your infrastructure still matches the configuration.[reset]\n\n");
    return { text: head + para(`${p} has checked that the real remote objects still match the result of your most recent changes, and found no differences.`), stop: false };
  }
  if (mode === "destroy") {
    const head = paint(ctx, "\n[reset][bold][green]No changes.[reset][bold] No objects need to be destroyed.[reset]\n\n");
    return { text: rule + head + para(`Either you have not created any objects yet or the existing objects were already deleted outside of ${p}.`), stop: false };
  }
  const head = rule + paint(ctx, "\n[reset][bold][green]No changes.[reset][bold] Your infrastructure matches the configuration.[reset]\n\n");
  if (!haveRefreshChanges) {
    return { text: head + para(`${p} has compared your real infrastructure against your configuration and found no differences, so no changes are needed.`), stop: false };
  }
  const detail = noChanges
    ? `Your configuration already matches the changes detected above. If you'd like to update the ${p} state to match, create and apply a refresh-only plan:\n  ${ctx.command} apply -refresh-only`
    : "Your configuration already matches the changes detected above, so applying this plan will only update the state to include the changes detected above and won't change any real infrastructure.";
  return { text: head + para(detail), stop: true };
}
