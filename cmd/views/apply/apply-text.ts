import type { OutputState } from "../../../core/states/state.js";
import { compareCodePoints } from "../../../lang/text/code-point-order.js";
import { formatConsoleValue } from "../console-value.js";
import { colorize } from "../plan/colorize.js";
import type { ApplyCounts } from "./apply-progress.js";

// The texts of `apply` and `destroy` around the progress lines, as Terraform's apply view and local
// backend print them: the approval question, "Apply cancelled.", the closing count, the root
// outputs (`name = value`, `<sensitive>` for sensitive ones), and the interrupt notices.

/** The approval question printed before reading the answer; `destroy` asks Terraform's destroy question. */
export function approvalPrompt(opts: { destroy: boolean; workspace: string; color: boolean }): string {
  const where = opts.workspace === "default" ? "" : ` in workspace "${opts.workspace}"`;
  const [query, description] = opts.destroy
    ? [
        `Do you really want to destroy all resources${where}?`,
        "Terrane will destroy all your managed infrastructure, as shown above.\nThere is no undo. Only 'yes' will be accepted to confirm.",
      ]
    : [`Do you want to perform these actions${where}?`, "Terrane will perform the actions described above.\nOnly 'yes' will be accepted to approve."];
  const desc = description
    .split("\n")
    .map((l) => `  ${l}`)
    .join("\n");
  return `\n${colorize(`[reset][bold]${query}`, opts.color)}\n${desc}\n\n  ${colorize("[bold]Enter a value:[reset]", opts.color)} `;
}

/** What is printed when the answer was not `yes`. */
export function cancelledText(destroy: boolean): string {
  return destroy ? "Destroy cancelled.\n" : "Apply cancelled.\n";
}

/** The closing count: "Apply complete! ..." or, for `terrane destroy`, "Destroy complete! ...". */
export function resourceCountText(counts: ApplyCounts, destroyCommand: boolean, color: boolean): string {
  const imported = counts.imported > 0 ? `${counts.imported} imported, ` : "";
  const text = destroyCommand
    ? `\nDestroy complete! Resources: ${counts.removed} destroyed.\n`
    : `\nApply complete! Resources: ${imported}${counts.added} added, ${counts.changed} changed, ${counts.removed} destroyed.\n`;
  return colorize(`[reset][bold][green]${text}`, color);
}

/** The root module's outputs after an apply, sorted by name; empty when there are none. */
export function outputsText(outputs: ReadonlyMap<string, OutputState>, color: boolean): string {
  if (outputs.size === 0) return "";
  const names = [...outputs.keys()].sort(compareCodePoints);
  const lines = names.map((name) => {
    const o = outputs.get(name)!;
    return `${name} = ${o.sensitive ? "<sensitive>" : formatConsoleValue(o.value)}`;
  });
  return `${colorize("[reset][bold][green]\nOutputs:\n\n", color)}${lines.join("\n")}\n`;
}

/** The notice printed on the first interrupt. */
export const INTERRUPTED_TEXT = "\nInterrupt received.\nPlease wait for Terrane to exit or data loss may occur.\nGracefully shutting down...\n\n";

/** What the local backend prints once it starts stopping. */
export const STOPPING_TEXT = "Stopping operation...\n";

/** The notice printed (on stderr) on the second interrupt. */
export const FATAL_INTERRUPT_TEXT = "\nTwo interrupts received. Exiting immediately. Note that data loss may have occurred.\n\n";
