import type { OutputChange } from "../../../core/plans/changes.js";
import { compareCodePoints } from "../../../lang/text/code-point-order.js";
import { colorize } from "./colorize.js";
import { newRenderOpts, renderDiff, type Diff } from "./computed-diff.js";
import { outputStructuredChange } from "./change-input.js";
import { computeDiffForOutput } from "./differ-attribute.js";
import { diffActionSymbol, ensureValidAttributeName, maxByteLength, padRight } from "./render-util.js";

// The "Changes to Outputs:" lines (jsonformat's renderHumanDiffOutputs): one `~ name = diff` line per
// changed root module output, in name order, with the `=` signs aligned across all outputs.

/** A root module output's name and computed diff. */
export interface OutputDiff {
  readonly name: string;
  readonly diff: Diff;
}

/** Diffs the root module's output changes; outputs of child modules are not shown. */
export function computeOutputDiffs(changes: readonly OutputChange[]): OutputDiff[] {
  return changes
    .filter((oc) => oc.addr.module.isRoot)
    .map((oc) => ({ name: oc.addr.output.name, diff: computeDiffForOutput(outputStructuredChange(oc)) }));
}

/** The output lines without a trailing newline; empty when no output changes. */
export function renderOutputDiffs(outputs: readonly OutputDiff[], color: boolean): string {
  const escaped = new Map(outputs.map((o) => [o.name, ensureValidAttributeName(o.name)]));
  const width = maxByteLength(escaped.values());
  const lines: string[] = [];
  for (const o of [...outputs].sort((a, b) => compareCodePoints(a.name, b.name))) {
    if (o.diff.action === "no-op") continue;
    const symbol = colorize(diffActionSymbol(o.diff.action), color);
    lines.push(`${symbol} ${padRight(escaped.get(o.name)!, width)} = ${renderDiff(o.diff, 0, newRenderOpts(color))}`);
  }
  return lines.join("\n");
}
