// `terrane apply [options] [PLAN]`: plans, shows the plan and asks for approval (or applies a saved
// plan as it is), then applies it, as `terraform apply` does.
import type { CommandIO } from "../io.js";
import { runApply } from "../operation/apply-run.js";

/** Runs apply; exit code 0 on success, 1 on errors, a cancelled approval or an interrupt. */
export function run(args: string[], io: CommandIO): Promise<number> {
  return runApply(args, io, false);
}
