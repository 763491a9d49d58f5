// `terrane output [-json] [-raw] [-no-color] [-state=PATH] [NAME]`: the root module's outputs from the
// state, as Terraform's output command prints them (human, JSON or raw), with its argument errors.
import { errorDiag, hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import type { CommandIO } from "../io.js";
import { readCurrentState } from "../operation/show-input.js";
import { helpPrompt, parseViewArgs } from "../operation/view-args.js";
import { showDiagnostics } from "../views/diagnostics-view.js";
import { humanOutputs, jsonOutputs, rawOutput } from "../views/output/output-view.js";

const HELP = `Usage: terrane [global options] output [options] [NAME]

  Reads an output variable from a Terrane state file and prints
  the value. With no additional arguments, output will display all
  the outputs for the root module.  If NAME is not specified, all
  outputs are printed.

Options:

  -state=path      Path to the state file to read. Defaults to
                   "terraform.tfstate". Ignored when remote 
                   state is used.

  -no-color        If specified, output won't contain any color.

  -json            If specified, machine readable output will be
                   printed in JSON format.

  -raw             For value types that can be automatically
                   converted to a string, will print the raw
                   string directly, rather than a human-oriented
                   representation of the value.
`;

/** Prints outputs; exit code 1 on errors (a missing output, a bad state file, bad arguments). */
export async function run(args: string[], io: CommandIO): Promise<number> {
  const parsed = parseViewArgs(args, { bools: ["json", "raw"], strings: ["state"] });
  const color = parsed.color && !io.env.NO_COLOR;
  const show = (diags: readonly Diagnostic[]): void => showDiagnostics(diags, () => undefined, io, { color });
  if (parsed.help) {
    io.stdout.write(HELP);
    return 0;
  }
  const json = parsed.bools.has("json");
  const raw = parsed.bools.has("raw");
  const argDiags = [...parsed.diagnostics, ...argumentProblems(parsed.positional, json, raw)];
  if (hasErrors(argDiags)) {
    show(argDiags);
    io.stderr.write(helpPrompt("output"));
    return 1;
  }
  const input = readCurrentState(io, parsed.strings.get("state") || undefined);
  if (input.kind === "error") {
    show(input.diagnostics);
    return 1;
  }
  const outputs = input.kind === "state" ? (input.file?.state.modules.get("")?.outputs ?? new Map()) : new Map();
  const name = parsed.positional[0];
  const result = raw ? rawOutput(outputs, name!) : json ? jsonOutputs(outputs, name) : humanOutputs(outputs, name);
  io.stdout.write(result.text);
  show(result.diagnostics);
  return hasErrors(result.diagnostics) ? 1 : 0;
}

// The checks of arguments.ParseOutput after the flags.
function argumentProblems(positional: readonly string[], json: boolean, raw: boolean): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (positional.length > 1) {
    out.push(errorDiag("Unexpected argument", "The output command expects exactly one argument with the name of an output variable or no arguments to show all outputs."));
  }
  if (json && raw) out.push(errorDiag("Invalid output format", "The -raw and -json options are mutually-exclusive."));
  if (raw && positional.length === 0) out.push(errorDiag("Output name required", "You must give the name of a single output value when using the -raw option."));
  return out;
}
