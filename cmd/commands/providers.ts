// `terrane providers [-no-color]`: the providers the configuration and the state require, as a tree
// (Terraform's ProvidersCommand); `terrane providers lock ...` is its subcommand.
import { Command } from "commander";
import { buildConfig } from "../../core/configs/config-builder.js";
import { hasErrors } from "../../lang/source/diagnostics.js";
import { loadCliConfig, showCliConfigProblems } from "../cliconfig/index.js";
import { parseFlags } from "../command-flags.js";
import type { CommandIO } from "../io.js";
import { readLocalState } from "../operation/local-state.js";
import { renderProviderRequirements } from "../operation/providers-tree.js";
import { printDiagnostics } from "../views/diagnostics-view.js";
import { SourceFiles } from "../views/source-files.js";

/** Runs `providers` (or `providers lock`); exit code 1 on errors. */
export async function run(args: string[], io: CommandIO): Promise<number> {
  if (args[0] === "lock") return (await import("./providers-lock.js")).run(args.slice(1), io);
  const program = new Command("providers").usage("[options] [DIR]").option("--no-color", "If specified, output won't contain any color.");
  if (!parseFlags(program, args, io)) return 1;
  const color = program.opts<{ color: boolean }>().color && !io.env.NO_COLOR;
  showCliConfigProblems(loadCliConfig(io.env).diagnostics, io);
  const built = buildConfig(io.cwd, { displayDir: "." });
  const sources = new SourceFiles(built.files);
  const state = readLocalState(io.cwd);
  const diags = [...built.diagnostics, ...state.diagnostics];
  if (!hasErrors(diags)) io.stdout.write(renderProviderRequirements(built.config, state.state));
  printDiagnostics(diags, sources.source, io, { color, context: sources.context }, "\n");
  return hasErrors(diags) ? 1 : 0;
}
