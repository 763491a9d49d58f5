// `terrane destroy [options]`: `apply -destroy` with Terraform's destroy question and closing line
// ("Destroy complete! Resources: N destroyed.").
import type { CommandIO } from "../io.js";
import { runApply } from "../operation/apply-run.js";

/** Runs destroy; exit code 0 on success, 1 on errors, a cancelled approval or an interrupt. */
export function run(args: string[], io: CommandIO): Promise<number> {
  return runApply(args, io, true);
}
