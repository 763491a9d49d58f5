import { hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import type { Variable } from "../../core/configs/model.js";
import { collectRawValues, formatInputPrompt, resolveRootVariables, type InputRequest, type RootVariableValue, type VarArgument } from "../../core/vars/index.js";
import type { CommandIO } from "../io.js";
import { readLine } from "./read-line.js";

// The root module's variable values for an operation: every source in Terraform's precedence, then
// prompts for missing required ones on the terminal unless -input=false (or TF_INPUT=0/false).

/** Resolves root variable values; the values are empty when there are errors. */
export async function rootVariables(
  variables: ReadonlyMap<string, Variable>,
  args: readonly VarArgument[],
  input: boolean,
  io: CommandIO,
): Promise<{ values: ReadonlyMap<string, RootVariableValue>; diagnostics: Diagnostic[] }> {
  const collected = collectRawValues({ dir: io.cwd, env: io.env, args });
  if (hasErrors(collected.diagnostics)) return { values: new Map(), diagnostics: collected.diagnostics };
  const prompt = async (req: InputRequest): Promise<string | undefined> => {
    io.stdout.write(formatInputPrompt(req));
    const line = await readLine(io.stdin);
    io.stdout.write("\n");
    return line;
  };
  const r = await resolveRootVariables(variables, collected.values, { input: input && inputAllowed(io), prompt });
  return { values: r.values, diagnostics: [...collected.diagnostics, ...r.diagnostics] };
}

/** TF_INPUT=0 or false turns prompting off, as -input=false does. */
function inputAllowed(io: CommandIO): boolean {
  const v = io.env.TF_INPUT;
  return v === undefined || !(v === "0" || v.toLowerCase() === "false");
}
