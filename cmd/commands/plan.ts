// `terrane plan`: loads the configuration, locks and reads the state (-lock, -lock-timeout, -state,
// the backend block and the workspace), resolves variables, plans through the providers and shows
// the plan as Terraform does; -detailed-exitcode gives 2 when there are changes.
import { Command } from "commander";
import { buildConfig } from "../../core/configs/config-builder.js";
import { errorDiag, hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import { parseFlags } from "../command-flags.js";
import type { CommandIO } from "../io.js";
import { extractVarArgs } from "../operation/var-args.js";
import { runPlan, planFlags, type PlanFlags } from "../operation/run-plan.js";
import { parseLockFlags } from "../operation/operation-state.js";
import { helpPrompt } from "../operation/view-args.js";
import { SourceFiles } from "../views/source-files.js";
import { renderDiagnostics } from "../views/diagnostic-view.js";
import { showDiagnostics } from "../views/diagnostics-view.js";

/** Runs a plan; exit code 0 (no changes with -detailed-exitcode, or success), 1 error, 2 changes. */
export async function run(args: string[], io: CommandIO): Promise<number> {
  const extracted = extractVarArgs(args);
  if ("error" in extracted) {
    io.stderr.write(`${extracted.error}\n`);
    return 1;
  }
  const program = planFlags(new Command("plan").usage("[options]")).option("--generate-config-out <path>", "Write HCL for resources to import (not supported yet).");
  if (!parseFlags(program, extracted.rest, io)) return 1;
  const flags = program.opts<PlanFlags>();
  const color = flags.color && !io.env.NO_COLOR;
  const lock = parseLockFlags(flags);
  if (!lock.flags) {
    io.stderr.write(renderDiagnostics(lock.diagnostics, () => undefined, { color }) + helpPrompt("plan"));
    return 1;
  }
  const built = buildConfig(io.cwd, { displayDir: "." });
  const sources = new SourceFiles(built.files);
  const show = (diags: readonly Diagnostic[]): void => {
    showDiagnostics(diags, sources.source, io, { color, context: sources.context, compactWarnings: !!flags.compactWarnings });
  };
  if (hasErrors(built.diagnostics)) {
    show(built.diagnostics);
    return 1;
  }
  if (program.opts().generateConfigOut !== undefined) {
    show([generateConfigUnsupported()]);
    return 1;
  }
  // Warnings from loading the configuration are shown with the plan's own, as Terraform does.
  const result = await runPlan(built.config, built.files, extracted.vars, flags, lock.flags, io, { color, show, configWarnings: built.diagnostics });
  if (result === "error") return 1;
  return flags.detailedExitcode && result === "changes" ? 2 : 0;
}

/** -generate-config-out is accepted as Terraform spells it, but configuration generation is not implemented. */
function generateConfigUnsupported(): Diagnostic {
  const detail =
    "Terrane cannot generate configuration for import blocks yet. Write a resource block for each import target in the configuration, then run terrane plan without -generate-config-out.";
  return errorDiag("Unsupported option -generate-config-out", detail);
}
