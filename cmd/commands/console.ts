// `terrane console`: Terraform's expression console over the configuration in the working directory:
// `var.*`, `local.*`, `module.*`, resources, `path.*` and `terraform.*` evaluate as `terraform console`
// has them. From a terminal it prompts for input; from a pipe it evaluates each line (a line that
// leaves a bracket or string open continues on the next) and prints every result. Resources have
// their values in the state (see console-state.ts), which stays locked while the console runs. In a
// pipe, the first error is printed as a diagnostic and ends the run with exit code 1.
import { createInterface } from "node:readline";
import { Command, Option } from "commander";
import type { VarArgument } from "../../core/vars/collect.js";
import { parseFlags } from "../command-flags.js";
import { prepareConsole, type ConsoleOptions, type PreparedConsole } from "../console/console-setup.js";
import { CONSOLE_FILENAME, type ConsoleOutcome, type ConsoleSession } from "../console/console-session.js";
import { isInputOpen, sourceToEvaluate } from "../console/input-complete.js";
import type { CommandIO } from "../io.js";
import { showCommandDiagnostics } from "../views/command-diagnostics.js";

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
  const opts = parseConsoleFlags(args, io);
  if (!opts) return 1;
  const color = opts.color && !io.env.NO_COLOR;
  const prepared = await prepareConsole(opts, io);
  showCommandDiagnostics(prepared.diagnostics, prepared.sources, io, { color, context: prepared.context });
  let code = 1;
  try {
    if (prepared.session) code = await readLoop(prepared.session, prepared, io, color);
  } finally {
    const released = (await prepared.release?.()) ?? [];
    showCommandDiagnostics(released, prepared.sources, io, { color, context: prepared.context });
    if (released.length > 0) code = 1;
  }
  return code;
}

/** Parses the console's flags (Terraform's extended flag set); undefined after printing a mistake. */
function parseConsoleFlags(args: string[], io: CommandIO): ConsoleOptions | undefined {
  const vars: VarArgument[] = [];
  const program = new Command("console")
    .usage("[options]")
    .option("--state <path>", "Legacy option for the local backend only.")
    .option("--plan", 'Create a new plan (as if running "terrane plan") and then evaluate expressions against its planned state. (Not used yet.)')
    .option("--var <name=value>", "Set a variable in the Terrane configuration. This flag can be set multiple times.")
    .option("--var-file <file>", "Set variables in the Terrane configuration from a file.")
    .option("--no-color", "If specified, output won't contain any color.")
    .addOption(new Option("--input [bool]").hideHelp())
    .addOption(new Option("--target <address>").hideHelp())
    .addOption(new Option("--compact-warnings").hideHelp());
  program.on("option:var", (value: string) => vars.push({ kind: "var", value }));
  program.on("option:var-file", (value: string) => vars.push({ kind: "var-file", value }));
  if (!parseFlags(program, args, io)) return undefined;
  const { state, color } = program.opts<{ state?: string; color: boolean }>();
  return { vars, color, ...(state === undefined ? {} : { state }) };
}

/** Reads input lines and evaluates each complete input until the input ends or "exit". */
async function readLoop(session: ConsoleSession, prepared: PreparedConsole, io: CommandIO, color: boolean): Promise<number> {
  const interactive = !!io.stdin.isTTY;
  const reader = createInterface({ input: io.stdin, terminal: false, crlfDelay: Infinity });
  const report = (outcome: ConsoleOutcome): boolean => show(outcome, prepared, io, color);
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
    else if (input !== "" && !report(session.evaluate(source)) && !interactive) return 1;
    if (interactive) io.stdout.write("> ");
  }
  if (pending.trim() !== "") return report(session.evaluate(sourceToEvaluate(pending))) ? 0 : 1;
  return 0;
}

/** Prints a result, or its diagnostics; false for diagnostics with errors. */
function show(outcome: ConsoleOutcome, prepared: PreparedConsole, io: CommandIO, color: boolean): boolean {
  if ("output" in outcome) {
    io.stdout.write(`${outcome.output}\n`);
    return true;
  }
  const sources = (f: string) => (f === CONSOLE_FILENAME ? outcome.source : prepared.sources(f));
  showCommandDiagnostics(outcome.diagnostics, sources, io, { color, context: prepared.context });
  return false;
}
