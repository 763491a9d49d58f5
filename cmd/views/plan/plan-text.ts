import type { Action } from "../../../core/plans/changes.js";
import { goQuote } from "../../../lang/text/go-quote.js";
import { wordWrap } from "../word-wrap.js";
import { colorize } from "./colorize.js";

// The fixed pieces of the plan text: the terminal width and product name it is written for,
// Terraform's paragraph wrapping and horizontal rule, the one-line tally (`Plan: 1 to add, ...`;
// replacements count as an addition and a destruction, imports come first when there are any) and
// the hint `plan` prints after an applyable plan.

/** Options for the plan's text. */
export interface PlanTextOptions {
  readonly color: boolean;
  /** Terminal columns; Terraform uses 78 when the output is not a terminal. */
  readonly width?: number;
  /** The product name in the text: "Terrane" by default; "Terraform" reproduces Terraform's output. */
  readonly productName?: string;
}

/** The options with their defaults filled in. */
export interface PlanTextContext {
  readonly color: boolean;
  readonly width: number;
  readonly product: string;
  /** The command name, the product name in lower case ("terrane apply"). */
  readonly command: string;
}

/** Terraform's column count when stdout is not a terminal. */
export const DEFAULT_COLUMNS = 78;

/** Fills in the defaults of plan text options. */
export function planTextContext(opts: PlanTextOptions): PlanTextContext {
  const product = opts.productName ?? "Terrane";
  return { color: opts.color, width: opts.width ?? DEFAULT_COLUMNS, product, command: product.toLowerCase() };
}

/** Terraform's format.WordWrap: each line not starting with a space is wrapped to fit the width. */
export function wrapText(text: string, width: number): string {
  if (width <= 1) return text;
  return text
    .split("\n")
    .map((line) => (line.startsWith(" ") ? line : wordWrap(line, width - 1).join("\n")))
    .join("\n");
}

/** Terraform's format.HorizontalRule: a blank line, then a dim rule one column short of the width. */
export function horizontalRule(ctx: PlanTextContext): string {
  if (ctx.width <= 1) return "\n";
  return colorize(`[dark_gray]\n${"─".repeat(ctx.width - 1)}`, ctx.color);
}

/** Colours markup in the context's colour mode. */
export function paint(ctx: PlanTextContext, markup: string): string {
  return colorize(markup, ctx.color);
}

/** How many resource instance changes of each action the plan shows, and how many are imports. */
export interface PlanCounts {
  readonly actions: ReadonlyMap<Action, number>;
  readonly importing: number;
}

/** The summary line as Terraform prints it, starting with a blank line and ending with a newline. */
export function renderPlanSummary(counts: PlanCounts, color: boolean): string {
  const n = (a: Action): number => counts.actions.get(a) ?? 0;
  const add = n("create") + n("delete-then-create") + n("create-then-delete");
  const destroy = n("delete") + n("delete-then-create") + n("create-then-delete");
  const imports = counts.importing > 0 ? `${counts.importing} to import, ` : "";
  return colorize(`\n[bold]Plan:[reset] ${imports}${add} to add, ${n("update")} to change, ${destroy} to destroy.\n`, color);
}

/** Options for the next-step hint: `planPath` is the -out file, when the plan was saved. */
export interface PlanNextStepOptions extends PlanTextOptions {
  readonly planPath?: string;
}

/** The rule and hint printed after a plan that has changes to apply. */
export function renderPlanNextStep(opts: PlanNextStepOptions): string {
  const ctx = planTextContext(opts);
  const hint = opts.planPath
    ? `Saved the plan to: ${opts.planPath}\n\nTo perform exactly these actions, run the following command to apply:\n    ${ctx.command} apply ${goQuote(opts.planPath)}`
    : `Note: You didn't use the -out option to save this plan, so ${ctx.product} can't guarantee to take exactly these actions if you run "${ctx.command} apply" now.`;
  return `${horizontalRule(ctx)}\n${wrapText(`\n${hint}`, ctx.width)}\n`;
}
