// `terrane validate [-json] [-no-color]`: loads the configuration in the working directory (with its
// local modules), checks it as Terraform's validate does, and reports the result.
import { Command, Option } from "commander";
import { buildConfig } from "../../core/configs/config-builder.js";
import { validateConfig } from "../../core/eval/validate.js";
import { hasErrors } from "../../lang/source/diagnostics.js";
import { parseFlags } from "../command-flags.js";
import { validationProviders } from "../operation/provider-schemas.js";
import { providerFunctions } from "../operation/provider-resolver.js";
import type { CommandIO } from "../io.js";
import { SourceFiles } from "../views/source-files.js";
import { showValidateResult } from "../views/validate-view.js";

/** Runs validation; exit code 1 when there are errors. */
export async function run(args: string[], io: CommandIO): Promise<number> {
  const program = new Command("validate")
    .usage("[options]")
    .option("--json", "Produce output in a machine-readable JSON format, suitable for use in text editor integrations and other automated systems.")
    .option("--no-color", "If specified, output won't contain any color.")
    // A view flag every command takes (arguments.ParseView); Terraform's help for validate does not list it.
    .addOption(new Option("--compact-warnings").hideHelp())
    .option("--no-tests", "If specified, Terrane will not validate test files.")
    .option("--test-directory <path>", "Set the Terrane test directory.", "tests");
  if (!parseFlags(program, args, io)) return 1;
  const opts = program.opts<{ json?: boolean; color: boolean; compactWarnings?: boolean }>();
  const built = buildConfig(io.cwd, { displayDir: "." });
  const diags = [...built.diagnostics];
  if (!hasErrors(diags)) {
    const workspace = io.env.TF_WORKSPACE ?? "default";
    const providers = await validationProviders(io.cwd, built.config, io);
    const functions = providerFunctions(io.cwd, io);
    try {
      const { resourceSchema, providerSchema, validateWithProvider } = providers;
      const opts = { parallelism: 10, workspace, cwd: io.cwd, functions: functions.source, resourceSchema, providerSchema, validateWithProvider };
      diags.push(...(await validateConfig(built.config, opts)));
    } finally {
      functions.close();
      await providers.close();
    }
  }
  const color = opts.color && !io.env.NO_COLOR && !opts.json;
  showValidateResult(diags, new SourceFiles(built.files), io, { json: !!opts.json, color, compactWarnings: !!opts.compactWarnings });
  return hasErrors(diags) ? 1 : 0;
}
