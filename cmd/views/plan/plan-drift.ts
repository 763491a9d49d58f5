import type { AbsResourceInstance } from "../../../core/addrs/abs-resource.js";
import type { PlanMode, ResourceInstanceChange } from "../../../core/plans/changes.js";
import type { ValuePath } from "../../../lang/values/path.js";
import type { SchemaLookup } from "./change-input.js";
import { ALWAYS_MATCHER, matcherPath, pathsMatcher, type PathMatcher } from "./path-matcher.js";
import { wrapText, paint, type PlanTextContext } from "./plan-text.js";
import { computeResourceDiff, renderResourceDiff, type ResourceDiff } from "./resource-diff.js";

// The "Objects have changed outside of Terraform" section (jsonformat's renderHumanDiffDrift): the
// drift refresh found, limited outside refresh-only mode to the attributes that planned changes
// depend on, so that unrelated drift does not distract.

/** An attribute of a resource instance that some planned change depends on (globalref.ResourceAttr). */
export interface RelevantAttribute {
  readonly resource: AbsResourceInstance;
  readonly attr: ValuePath;
}

// The attributes of this drifted resource that matter, or undefined when none do.
function relevanceFor(rc: ResourceInstanceChange, mode: PlanMode, relevant: readonly RelevantAttribute[]): PathMatcher | undefined {
  if (mode === "refresh-only") return ALWAYS_MATCHER;
  const addr = rc.addr.toString();
  const paths = relevant.filter((r) => r.resource.toString() === addr).map((r) => matcherPath(r.attr));
  return paths.length > 0 ? pathsMatcher(paths, true) : undefined;
}

/** The diffs of drifted resources that may be shown (the drift half of precomputeDiffs). */
export function computeDriftDiffs(
  drifted: readonly ResourceInstanceChange[],
  mode: PlanMode,
  relevant: readonly RelevantAttribute[],
  schemas: SchemaLookup,
): ResourceDiff[] {
  const out: ResourceDiff[] = [];
  for (const rc of drifted) {
    const matcher = relevanceFor(rc, mode, relevant);
    if (matcher) out.push(computeResourceDiff(rc, schemas, matcher));
  }
  return out;
}

/**
 * The drift section, or "" when there is nothing to report; `planEmpty` says the plan proposes no
 * change at all, in which case drift is only reported in refresh-only mode.
 */
export function renderDriftSection(drift: readonly ResourceDiff[], mode: PlanMode, planEmpty: boolean, ctx: PlanTextContext): string {
  const shown = mode === "refresh-only" ? drift : drift.filter((d) => d.diff.action !== "no-op");
  if (shown.length === 0 || (planEmpty && mode !== "refresh-only")) return "";
  const p = ctx.product;
  let out = paint(ctx, `\n[bold][cyan]Note:[reset][bold] Objects have changed outside of ${p}\n`);
  out += "\n";
  out += wrapText(
    `${p} detected the following changes made outside of ${p} since the last "${ctx.command} apply" which may have affected this plan:\n`,
    ctx.width,
  );
  for (const d of shown) {
    const text = renderResourceDiff(d, "drift", { color: ctx.color, productName: p });
    if (text !== undefined) out += `\n${text}\n`;
  }
  const closing =
    mode === "refresh-only"
      ? `\n\nThis is a refresh-only plan, so ${p} will not take any actions to undo these. If you were expecting these changes then you can apply this plan to record the updated values in the ${p} state without changing any remote objects.`
      : "\n\nUnless you have made equivalent changes to your configuration, or ignored the relevant attributes using ignore_changes, the following plan may include actions to undo or respond to these changes.";
  return `${out}${wrapText(closing, ctx.width)}\n`;
}
