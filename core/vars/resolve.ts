import { errorDiag, hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import type { Range } from "../../lang/source/range.js";
import { goQuote } from "../../lang/text/go-quote.js";
import { Mark } from "../../lang/values/marks.js";
import { type Value } from "../../lang/values/value.js";
import { compareCodePoints } from "../../lang/text/code-point-order.js";
import type { Variable } from "../configs/model.js";
import { prepareFinalValue } from "./final-value.js";
import { isRequired, promptForMissing, type Prompter } from "./prompt.js";
import { parseRawValue, parsingMode, type InputValue, type RawValue } from "./raw-value.js";
import { undeclaredDiagnostics } from "./undeclared.js";

// From raw values to the root module's variable values, in Terraform's order: prompt for what is
// missing (when input is allowed), parse each value by its variable's parsing mode, report values
// of undeclared variables and required variables without a value (the CLI layer's
// ParseVariableValues; any error stops here), then prepare each final value (Terraform core).

/** The final value of one root variable, and where it was defined (what validation errors point at). */
export interface RootVariableValue {
  /** The value as references see it: converted, defaulted, marked sensitive or ephemeral as declared. */
  readonly value: Value;
  /** The value in its file, or the variable's declaration for values from elsewhere. */
  readonly definedAt: Range;
}

/** How to fill in missing values. */
export interface ResolveOptions {
  /** Whether the user may be asked (`-input=true`). */
  readonly input: boolean;
  /** Asks the user; without it nothing is asked even when `input` is true. */
  readonly prompt?: Prompter;
}

/** The values of the variables that were resolved without errors, and every diagnostic. */
export interface ResolveResult {
  readonly values: ReadonlyMap<string, RootVariableValue>;
  readonly diagnostics: Diagnostic[];
}

/** Resolves every root module variable from the collected raw values. */
export async function resolveRootVariables(
  variables: ReadonlyMap<string, Variable>,
  raw: ReadonlyMap<string, RawValue>,
  opts: ResolveOptions,
): Promise<ResolveResult> {
  const all = opts.input && opts.prompt ? await promptForMissing(variables, raw, opts.prompt) : raw;
  const { inputs, diagnostics } = parseDeclared(variables, all);
  diagnostics.push(...undeclaredDiagnostics(all, variables));
  diagnostics.push(...missingRequired(variables, inputs));
  if (hasErrors(diagnostics)) return { values: new Map(), diagnostics };
  const values = new Map<string, RootVariableValue>();
  for (const variable of sortedVariables(variables)) {
    const given = inputs.get(variable.name);
    const final = prepareFinalValue(variable, given);
    diagnostics.push(...final.diagnostics);
    if (hasErrors(final.diagnostics)) continue;
    const definedAt = given?.sourceRange ?? variable.declRange;
    values.set(variable.name, { value: markSensitive(variable, final.value), definedAt });
  }
  return { values, diagnostics };
}

/** Parses the raw value of each declared variable; values that fail to parse count as not given. */
function parseDeclared(
  variables: ReadonlyMap<string, Variable>,
  raw: ReadonlyMap<string, RawValue>,
): { inputs: Map<string, InputValue>; diagnostics: Diagnostic[] } {
  const inputs = new Map<string, InputValue>();
  const diagnostics: Diagnostic[] = [];
  for (const variable of sortedVariables(variables)) {
    const value = raw.get(variable.name);
    if (!value) continue;
    const r = parseRawValue(variable.name, value, parsingMode(variable));
    diagnostics.push(...r.diagnostics);
    if (r.value) inputs.set(variable.name, r.value);
  }
  return { inputs, diagnostics };
}

/** "No value for required variable" for each variable with neither a value nor a default. */
function missingRequired(variables: ReadonlyMap<string, Variable>, inputs: ReadonlyMap<string, InputValue>): Diagnostic[] {
  return sortedVariables(variables)
    .filter((v) => isRequired(v) && !inputs.has(v.name))
    .map((v) => {
      const detail = `The root module input variable ${goQuote(v.name)} is not set, and has no default value. Use a -var or -var-file command line argument to provide a value for this variable.`;
      return errorDiag("No value for required variable", detail, v.declRange);
    });
}

/** References to a sensitive variable see a sensitive value (Terraform's evaluator adds the mark). */
function markSensitive(variable: Variable, v: Value): Value {
  return variable.sensitive ? v.mark(Mark.Sensitive) : v;
}

function sortedVariables(variables: ReadonlyMap<string, Variable>): Variable[] {
  return [...variables.values()].sort((a, b) => compareCodePoints(a.name, b.name));
}
