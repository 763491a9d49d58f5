// `terrane show [-json] [-no-color] [PATH]`: the current state, or the plan file or state file at PATH,
// in Terraform's human form or its JSON formats, as `terraform show` prints them.
import type { StateFile } from "../../core/states/state.js";
import { errorDiag, hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import type { CommandIO } from "../io.js";
import { showPlanFile } from "../operation/show-plan-file.js";
import { readCurrentState, readShowPath } from "../operation/show-input.js";
import { jsonSchemaLookup, showSchemas } from "../operation/show-schemas.js";
import { helpPrompt, parseViewArgs } from "../operation/view-args.js";
import { showDiagnostics } from "../views/diagnostics-view.js";
import { stateJson } from "../views/json/index.js";
import { renderHumanState } from "../views/state/state-render.js";

const HELP = `Usage: terrane [global options] show [options] [path]

  Reads and outputs a Terrane state or plan file in a human-readable
  form. If no path is specified, the current state will be shown.

Options:

  -no-color           If specified, output won't contain any color.
  -json               If specified, output the Terrane plan or state in
                      a machine-readable form.
`;

/** What a show prints with: the view and how to print diagnostics. */
export interface ShowView {
  readonly json: boolean;
  readonly color: boolean;
  readonly show: (diags: readonly Diagnostic[]) => void;
}

/** Shows a state or a plan; exit code 1 when it cannot be read. */
export async function run(args: string[], io: CommandIO): Promise<number> {
  const parsed = parseViewArgs(args, { bools: ["json"], strings: [] });
  const color = parsed.color && !io.env.NO_COLOR;
  const show = (diags: readonly Diagnostic[]): void => showDiagnostics(diags, () => undefined, io, { color });
  if (parsed.help) {
    io.stdout.write(HELP);
    return 0;
  }
  const argDiags = [...parsed.diagnostics];
  if (parsed.positional.length > 1) argDiags.push(errorDiag("Too many command line arguments", "Expected at most one positional argument."));
  if (hasErrors(argDiags)) {
    show(argDiags);
    io.stderr.write(helpPrompt("show"));
    return 1;
  }
  const view: ShowView = { json: parsed.bools.has("json"), color, show };
  const path = parsed.positional[0];
  const input = path === undefined ? readCurrentState(io) : readShowPath(io.cwd, path);
  switch (input.kind) {
    case "error":
      show(input.diagnostics);
      return 1;
    case "plan":
      return showPlanFile(input.plan, input.extras, io, view);
    case "state":
      return showState(input.file, io, view);
  }
}

async function showState(file: StateFile | undefined, io: CommandIO, view: ShowView): Promise<number> {
  if (!file) {
    io.stdout.write(view.json ? '{"format_version":"1.0"}\n' : "No state.\n");
    return 0;
  }
  const loaded = await showSchemas(io.cwd, file.state, undefined);
  if (hasErrors(loaded.diagnostics)) {
    view.show(loaded.diagnostics);
    return 1;
  }
  const lookup = jsonSchemaLookup(loaded.schemas);
  const text = view.json
    ? `${stateJson(file.state, lookup, { terraformVersion: file.terraformVersion })}\n`
    : renderHumanState(file.state, lookup, { color: view.color });
  io.stdout.write(text);
  return 0;
}
