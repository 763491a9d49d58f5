import { errorDiag, type Diagnostic } from "../../lang/source/diagnostics.js";

// Command-line flags as Terraform's newer commands parse them (its `arguments` package): `-no-color`
// is taken out wherever it appears (arguments.ParseView), the rest goes through Go's flag package
// (`-x`, `--x`, `-x=v`, `-x v` for string flags, `-x=false` for booleans, parsing stops at the first
// argument that is not a flag or after `--`). Mistakes come back as Terraform's diagnostics.

// The view flags every command takes, wherever they appear.
const VIEW_FLAGS: ReadonlySet<string> = new Set(["-no-color", "--no-color", "-compact-warnings", "--compact-warnings"]);

/** The flags a command declares: booleans and strings by name (without dashes). */
export interface FlagSpec {
  readonly bools: readonly string[];
  readonly strings: readonly string[];
}

/** What the arguments said. */
export interface ParsedViewArgs {
  readonly color: boolean;
  readonly help: boolean;
  readonly bools: ReadonlySet<string>;
  readonly strings: ReadonlyMap<string, string>;
  readonly positional: readonly string[];
  readonly diagnostics: Diagnostic[];
}

/** Parses a command's arguments; a flag mistake is a "Failed to parse command-line flags" error. */
export function parseViewArgs(args: readonly string[], spec: FlagSpec): ParsedViewArgs {
  const color = !args.some((a) => a === "-no-color" || a === "--no-color");
  const rest = args.filter((a) => !VIEW_FLAGS.has(a));
  const bools = new Set<string>();
  const strings = new Map<string, string>();
  let help = false;
  let i = 0;
  for (; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === "--") {
      i++;
      break;
    }
    if (arg.length < 2 || !arg.startsWith("-")) break;
    const body = arg.startsWith("--") ? arg.slice(2) : arg.slice(1);
    const eq = body.indexOf("=");
    const name = eq < 0 ? body : body.slice(0, eq);
    const inline = eq < 0 ? undefined : body.slice(eq + 1);
    if (name === "" || name.startsWith("-") || name.startsWith("=")) return failed(color, `bad flag syntax: ${arg}`);
    if (name === "help" || name === "h") {
      help = true;
      continue;
    }
    if (spec.bools.includes(name)) {
      const v = inline === undefined ? true : goParseBool(inline);
      if (v === undefined) return failed(color, `invalid boolean value ${JSON.stringify(inline)} for -${name}: parse error`);
      if (v) bools.add(name);
      else bools.delete(name);
    } else if (spec.strings.includes(name)) {
      if (inline !== undefined) strings.set(name, inline);
      else if (i + 1 < rest.length) strings.set(name, rest[++i]!);
      else return failed(color, `flag needs an argument: -${name}`);
    } else {
      return failed(color, `flag provided but not defined: -${name}`);
    }
  }
  return { color, help, bools, strings, positional: rest.slice(i), diagnostics: [] };
}

function failed(color: boolean, message: string): ParsedViewArgs {
  return {
    color,
    help: false,
    bools: new Set(),
    strings: new Map(),
    positional: [],
    diagnostics: [errorDiag("Failed to parse command-line flags", message)],
  };
}

// Go's strconv.ParseBool.
function goParseBool(s: string): boolean | undefined {
  if (["1", "t", "T", "TRUE", "true", "True"].includes(s)) return true;
  if (["0", "f", "F", "FALSE", "false", "False"].includes(s)) return false;
  return undefined;
}

/** The lines Terraform prints after argument errors (View.HelpPrompt). */
export function helpPrompt(command: string): string {
  return `\nFor more help on using this command, run:\n  terrane ${command} -help\n`;
}
