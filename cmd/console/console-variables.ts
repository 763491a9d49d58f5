// The root variables' values as `terraform console` takes them (the CLI's ParseVariableValues with
// AllowUnsetVariables): every value given for a declared variable is parsed by that variable's
// parsing mode, and values for undeclared variables are reported as every command reports them; but a
// required variable without a value is no error here: it is left out, and the console's eval walk
// makes it unknown. Converting each value to its variable's type is the walk's business too.
import type { Variable } from "../../core/configs/model.js";
import { parseRawValue, parsingMode, type InputValue, type RawValue } from "../../core/vars/raw-value.js";
import { undeclaredDiagnostics } from "../../core/vars/undeclared.js";
import type { Diagnostic } from "../../lang/source/diagnostics.js";
import { compareCodePoints } from "../../lang/text/code-point-order.js";

/** The parsed values by variable name, and the problems (errors stop the console). */
export interface ConsoleVariableInputs {
  readonly inputs: ReadonlyMap<string, InputValue>;
  readonly diagnostics: Diagnostic[];
}

/** Parses the collected raw values of the root module's variables, in name order. */
export function consoleVariableInputs(variables: ReadonlyMap<string, Variable>, raw: ReadonlyMap<string, RawValue>): ConsoleVariableInputs {
  const inputs = new Map<string, InputValue>();
  const diagnostics: Diagnostic[] = [];
  for (const name of [...variables.keys()].sort(compareCodePoints)) {
    const value = raw.get(name);
    if (!value) continue;
    const r = parseRawValue(name, value, parsingMode(variables.get(name)!));
    diagnostics.push(...r.diagnostics);
    if (r.value) inputs.set(name, r.value);
  }
  diagnostics.push(...undeclaredDiagnostics(raw, variables));
  return { inputs, diagnostics };
}
