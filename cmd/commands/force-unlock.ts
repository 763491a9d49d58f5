// `terrane force-unlock [-force] LOCK_ID`: removes the lock on the current workspace's state, after
// asking for "yes" unless -force. Terraform refuses this for local state, whose lock dies with the
// process that holds it; Terrane's local lock is a lock file that outlives a killed process, so
// force-unlock removes it, with the confirmation Terraform asks for a remote state's lock.
import { loadModule } from "../../core/configs/loader.js";
import { formatInputPrompt } from "../../core/vars/prompt.js";
import { hasErrors } from "../../lang/source/diagnostics.js";
import type { CommandIO } from "../io.js";
import { readLine } from "../operation/read-line.js";
import { openStateBackend } from "../operation/state-backend.js";
import { renderDiagnostics } from "../views/diagnostic-view.js";
import { SourceFiles } from "../views/source-files.js";

const HELP = `Usage: terrane [global options] force-unlock LOCK_ID

  Manually unlock the state for the defined configuration.

  This will not modify your infrastructure. This command removes the lock on the
  state for the current workspace. The behavior of this lock is dependent
  on the backend being used. For a local state file, it removes the lock file
  next to the state.

Options:

  -force                 Don't ask for input for unlock confirmation.`;

const CONFIRM = {
  id: "force-unlock",
  query: "Do you really want to force-unlock?",
  description:
    "Terrane will remove the lock on the remote state.\n" +
    "This will allow local Terrane commands to modify this state, even though it\n" +
    "may still be in use. Only 'yes' will be accepted to confirm.",
  secret: false,
};

const SUCCESS_TITLE = "Terrane state has been successfully unlocked!";
const SUCCESS_BODY = "The state has been unlocked, and Terrane commands should now be able to\nobtain a new lock on the remote state.";

/** Runs force-unlock; exit code 0 when the lock was removed, 1 otherwise. */
export async function run(args: string[], io: CommandIO): Promise<number> {
  const parsed = parseArgs(args);
  const color = !parsed.noColor && !io.env.NO_COLOR;
  const error = (text: string): void => void io.stderr.write(color ? `\x1b[31m${text}\x1b[0m\x1b[0m\n` : `${text}\n`);
  if ("error" in parsed) {
    error(HELP);
    error(`Error parsing command-line flags: ${parsed.error}\n`);
    return 1;
  }
  if (parsed.rest.length !== 1) {
    error("Expected a single argument: LOCK_ID");
    io.stdout.write(`${HELP}\n`);
    return 1;
  }
  const loaded = loadModule(io.cwd, { displayDir: "." });
  const sources = new SourceFiles(loaded.files);
  const opened = hasErrors(loaded.diagnostics) ? { diagnostics: loaded.diagnostics } : openStateBackend(io, loaded.module.backend);
  if (!("manager" in opened) || !opened.manager) {
    io.stderr.write(renderDiagnostics(opened.diagnostics, sources.source, { color, context: sources.context }));
    return 1;
  }
  if (!parsed.force && !(await confirmed(io, color))) {
    io.stdout.write("force-unlock cancelled.\n");
    return 1;
  }
  const failed = await opened.manager.unlock(parsed.rest[0]!);
  if (failed) {
    error(`Failed to unlock state: ${failed.toString()}`);
    return 1;
  }
  io.stdout.write(color ? `\x1b[0m\x1b[1m\x1b[32m${SUCCESS_TITLE}\x1b[0m\x1b[32m\n\n${SUCCESS_BODY}\x1b[0m\n` : `${SUCCESS_TITLE}\n\n${SUCCESS_BODY}\n`);
  return 0;
}

async function confirmed(io: CommandIO, color: boolean): Promise<boolean> {
  const prompt = formatInputPrompt(CONFIRM);
  io.stdout.write(color ? prompt.replace(CONFIRM.query, `\x1b[0m\x1b[1m${CONFIRM.query}\x1b[0m`) : prompt);
  const answer = await readLine(io.stdin);
  io.stdout.write("\n");
  return answer === "yes";
}

type Parsed = { force: boolean; noColor: boolean; rest: string[] } | { error: string; noColor: boolean };

// Go's flag package as Terraform's Meta uses it: flags up to the first argument that is not one,
// `-name`, `--name` or `-name=value`; -no-color is taken out wherever it appears.
function parseArgs(args: readonly string[]): Parsed {
  const noColor = args.includes("-no-color") || args.includes("--no-color");
  const list = args.filter((a) => a !== "-no-color" && a !== "--no-color");
  let force = false;
  let i = 0;
  for (; i < list.length; i++) {
    const a = list[i]!;
    if (a === "--") {
      i++;
      break;
    }
    if (!a.startsWith("-") || a === "-") break;
    const [name, value] = splitFlag(a);
    if (name !== "force") return { error: `flag provided but not defined: -${name}`, noColor };
    const b = value === undefined ? true : goBool(value);
    if (b === undefined) return { error: `invalid boolean value ${JSON.stringify(value)} for -force: parse error`, noColor };
    force = b;
  }
  return { force, noColor, rest: list.slice(i) };
}

function splitFlag(arg: string): [string, string | undefined] {
  const body = arg.replace(/^--?/, "");
  const eq = body.indexOf("=");
  return eq < 0 ? [body, undefined] : [body.slice(0, eq), body.slice(eq + 1)];
}

function goBool(text: string): boolean | undefined {
  if (["1", "t", "T", "true", "TRUE", "True"].includes(text)) return true;
  if (["0", "f", "F", "false", "FALSE", "False"].includes(text)) return false;
  return undefined;
}
