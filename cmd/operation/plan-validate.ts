import type { Config } from "../../core/configs/model.js";
import { validateConfig } from "../../core/eval/validate.js";
import type { Diagnostic } from "../../lang/source/diagnostics.js";
import type { CommandIO } from "../io.js";
import { providerFunctions } from "./provider-resolver.js";
import { validationProviders } from "./provider-schemas.js";

// The validation Terraform's local backend runs before planning (localRun with OpValidation): the
// configuration checked as `validate` checks it, providers' own checks included. Its errors stop the
// operation before any plan exists, so no "Planning failed" is printed for them; its warnings are
// left to the plan walk, which finds them again.

/** The errors validation finds; empty when planning may go ahead. */
export async function validateBeforePlan(config: Config, io: CommandIO, workspace: string): Promise<Diagnostic[]> {
  const providers = await validationProviders(io.cwd, config, io);
  const functions = providerFunctions(io.cwd, io);
  try {
    const { resourceSchema, providerSchema, validateWithProvider } = providers;
    const found = await validateConfig(config, { parallelism: 10, workspace, cwd: io.cwd, functions: functions.source, resourceSchema, providerSchema, validateWithProvider });
    return found.filter((d) => d.severity === "error");
  } finally {
    functions.close();
    await providers.close();
  }
}
