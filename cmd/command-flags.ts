// Parses a command's flags with commander in Terraform's style: single-dash long flags, and
// Terraform's wording for mistakes ("flag provided but not defined: -x").
import type { Command } from "commander";
import { normalizeFlags } from "./args.js";
import type { CommandIO } from "./io.js";

/** Parses `args` into `program`; on a mistake prints Terraform's message and usage, returns false. */
export function parseFlags(program: Command, args: readonly string[], io: CommandIO): boolean {
  let message = "";
  program.exitOverride().configureOutput({
    writeOut: (s) => io.stdout.write(s),
    writeErr: (s) => (message += s),
  });
  try {
    program.parse(normalizeFlags(args), { from: "user" });
    return true;
  } catch {
    io.stderr.write(`${terraformWording(message)}\n${program.helpInformation().replace(/--/g, "-")}`);
    return false;
  }
}

function terraformWording(commanderMessage: string): string {
  const unknown = /unknown option '--?([^']+)'/.exec(commanderMessage);
  if (unknown) return `flag provided but not defined: -${unknown[1]}`;
  return commanderMessage.replace(/^error: /, "").trim();
}
