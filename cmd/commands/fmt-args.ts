import { goQuote } from "../../lang/text/go-quote.js";

// The arguments of `terrane fmt`, read the way Terraform reads them: `-h`/`-help` anywhere asks for
// help, `-no-color` is removed wherever it is, and the rest goes through Go's flag package rules,
// which commander cannot express: flags end at the first operand (so `fmt a.tf -check` names a
// file "-check"), `--` ends them too, and boolean flags take a value only as `-flag=value`.

/** What `terrane fmt` was asked to do. */
export interface FmtOptions {
  readonly list: boolean;
  readonly write: boolean;
  readonly diff: boolean;
  readonly check: boolean;
  readonly recursive: boolean;
  readonly color: boolean;
  /** Files and directories to format; empty means the current directory, `-` first means stdin. */
  readonly targets: readonly string[];
}

/** The outcome of reading the arguments: options to run with, a request for help, or a flag error. */
export type FmtArgs =
  | { readonly kind: "run"; readonly options: FmtOptions }
  | { readonly kind: "help" }
  | { readonly kind: "error"; readonly message: string };

type BoolFlag = "list" | "write" | "diff" | "check" | "recursive";

const DEFAULTS: Readonly<Record<BoolFlag, boolean>> = { list: true, write: true, diff: false, check: false, recursive: false };

/** Reads fmt's arguments with Terraform's flag semantics. */
export function parseFmtArgs(args: readonly string[]): FmtArgs {
  const dashDash = args.indexOf("--");
  const flagPart = dashDash < 0 ? args : args.slice(0, dashDash);
  if (flagPart.some((a) => a === "-h" || a === "-help" || a === "--help")) return { kind: "help" };
  const color = !args.includes("-no-color");
  const rest = args.filter((a) => a !== "-no-color");
  const flags: Record<BoolFlag, boolean> = { ...DEFAULTS };
  let i = 0;
  for (; i < rest.length && rest[i].length >= 2 && rest[i][0] === "-"; i++) {
    if (rest[i] === "--") {
      i++;
      break;
    }
    const error = applyFlag(flags, rest[i]);
    if (error !== null) return { kind: "error", message: error };
  }
  return { kind: "run", options: { ...flags, color, targets: rest.slice(i) } };
}

/** Applies one `-name` / `-name=value` argument; returns Go's error text when it is not acceptable. */
function applyFlag(flags: Record<BoolFlag, boolean>, arg: string): string | null {
  const body = arg.slice(arg[1] === "-" ? 2 : 1);
  if (body === "" || body[0] === "-" || body[0] === "=") return `bad flag syntax: ${arg}`;
  const eq = body.indexOf("=");
  const name = eq < 0 ? body : body.slice(0, eq);
  if (!(name in DEFAULTS)) return name === "help" || name === "h" ? "flag: help requested" : `flag provided but not defined: -${name}`;
  if (eq < 0) {
    flags[name as BoolFlag] = true;
    return null;
  }
  const value = parseGoBool(body.slice(eq + 1));
  if (value === undefined) return `invalid boolean value ${goQuote(body.slice(eq + 1))} for -${name}: parse error`;
  flags[name as BoolFlag] = value;
  return null;
}

/** Go's strconv.ParseBool. */
function parseGoBool(s: string): boolean | undefined {
  if (["1", "t", "T", "TRUE", "true", "True"].includes(s)) return true;
  if (["0", "f", "F", "FALSE", "false", "False"].includes(s)) return false;
  return undefined;
}

/** fmt's help text, as Terraform prints it (with Terrane's name in the usage line). */
export const FMT_HELP = `Usage: terrane [global options] fmt [options] [target...]

  Rewrites all Terraform configuration files to a canonical format. All
  configuration files (.tf), variables files (.tfvars), and testing files 
  (.tftest.hcl) are updated. JSON files (.tf.json, .tfvars.json, or 
  .tftest.json) are not modified.

  By default, fmt scans the current directory for configuration files. If you
  provide a directory for the target argument, then fmt will scan that
  directory instead. If you provide a file, then fmt will process just that
  file. If you provide a single dash ("-"), then fmt will read from standard
  input (STDIN).

  The content must be in the Terraform language native syntax; JSON is not
  supported.

Options:

  -list=false    Don't list files whose formatting differs
                 (always disabled if using STDIN)

  -write=false   Don't write to source files
                 (always disabled if using STDIN or -check)

  -diff          Display diffs of formatting changes

  -check         Check if the input is formatted. Exit status will be 0 if all
                 input is properly formatted and non-zero otherwise.

  -no-color      If specified, output won't contain any color.

  -recursive     Also process files in subdirectories. By default, only the
                 given directory (or current directory) is processed.`;
