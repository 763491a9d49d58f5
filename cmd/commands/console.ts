// `terrane console`: Terraform's expression console. From a terminal it prompts for input; from a
// pipe it evaluates each line (a line that leaves a bracket or string open continues on the next) and
// prints every result. The first error is printed as a diagnostic and ends the run with exit code 1.
import { createInterface } from "node:readline";
import { Command } from "commander";
import { parseFlags } from "../command-flags.js";
import { consoleContext } from "../console/console-context.js";
import { CONSOLE_FILENAME, ConsoleSession, type ConsoleOutcome } from "../console/console-session.js";
import { isInputOpen, sourceToEvaluate } from "../console/input-complete.js";
import type { CommandIO } from "../io.js";
import { renderDiagnostics } from "../views/diagnostic-view.js";

const HELP = `The Terrane console allows you to experiment with Terrane interpolations.
You may access resources in the state (if you have one) just as you would
from a configuration. For example: "aws_instance.foo.id" would evaluate
to the ID of "aws_instance.foo" if it exists in your state.

Type in the interpolation to test and hit <enter> to see the result.

To exit the console, type "exit" and hit <enter>, or use Control-C or
Control-D.
`;

/** Runs the console over stdin until it ends, "exit" is typed, or an error occurs (piped input). */
export async function run(args: string[], io: CommandIO): Promise<number> {
  const program = new Command("console")
    .usage("[options]")
    .option("--no-color", "If specified, output won't contain any color.")
    .option("--var <name=value...>", "Set a variable in the Terrane configuration.")
    .option("--var-file <file...>", "Set variables from a file.")
    .option("--state <path>", "Legacy option for the local backend only.")
    .option("--plan", "Create a new plan (as if running \"terrane plan\") and then evaluate expressions against its planned state.");
  if (!parseFlags(program, args, io)) return 1;
  const color = program.opts<{ color: boolean }>().color && !io.env.NO_COLOR;
  const session = new ConsoleSession(consoleContext(io.cwd, io.env.TF_WORKSPACE ?? "default"));
  const interactive = !!io.stdin.isTTY;
  const reader = createInterface({ input: io.stdin, terminal: false, crlfDelay: Infinity });
  if (interactive) io.stdout.write("> ");
  let pending = "";
  for await (const line of reader) {
    pending = pending === "" ? line : `${pending}\n${line}`;
    if (isInputOpen(pending)) continue;
    const source = sourceToEvaluate(pending);
    const input = pending.trim();
    pending = "";
    if (input === "exit") break;
    if (input === "help") io.stdout.write(HELP);
    else if (input !== "") {
      const ok = report(session.evaluate(source), io, color);
      if (!ok && !interactive) return 1;
    }
    if (interactive) io.stdout.write("> ");
  }
  if (pending.trim() !== "") return report(session.evaluate(sourceToEvaluate(pending)), io, color) ? 0 : 1;
  return 0;
}

function report(outcome: ConsoleOutcome, io: CommandIO, color: boolean): boolean {
  if ("output" in outcome) {
    io.stdout.write(`${outcome.output}\n`);
    return true;
  }
  const sources = (f: string) => (f === CONSOLE_FILENAME ? outcome.source : undefined);
  io.stderr.write(renderDiagnostics(outcome.diagnostics, sources, { color }));
  return false;
}
