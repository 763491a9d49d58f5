import { errorDiag, hasErrors, warningDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import { goQuote } from "../../lang/text/go-quote.js";
import { compareCodePoints } from "../../lang/text/code-point-order.js";
import type { Variable } from "../configs/model.js";
import { parseRawValue, type RawValue } from "./raw-value.js";

// Values given for variables the root module does not declare (Terraform's
// ParseUndeclaredVariableValues): an error on the command line, a warning from a file (only the
// first two, then one summary), and silence for TF_VAR_ environment variables, which people set
// for many configurations at once.

const FILE_WARNINGS = 2;

/** The diagnostics for raw values whose names the root module does not declare, in name order. */
export function undeclaredDiagnostics(raw: ReadonlyMap<string, RawValue>, variables: ReadonlyMap<string, Variable>): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  let inFiles = 0;
  const names = [...raw.keys()].filter((n) => !variables.has(n)).sort(compareCodePoints);
  for (const name of names) {
    const value = raw.get(name)!;
    if (hasErrors(parseRawValue(name, value, "literal").diagnostics)) continue;
    if (value.kind === "expression") {
      if (inFiles < FILE_WARNINGS) diagnostics.push(fileWarning(name, value.expr.range.filename));
      inFiles++;
    } else if (value.source !== "env") {
      diagnostics.push(undeclaredError(name, value.source));
    }
  }
  if (inFiles > FILE_WARNINGS) {
    const detail = `In addition to the other similar warnings shown, ${inFiles - FILE_WARNINGS} other variable(s) defined without being declared.`;
    diagnostics.push(warningDiag("Values for undeclared variables", detail));
  }
  return diagnostics;
}

function fileWarning(name: string, filename: string): Diagnostic {
  const detail =
    `The root module does not declare a variable named ${goQuote(name)} but a value was found in file ${goQuote(filename)}. ` +
    'If you meant to use this value, add a "variable" block to the configuration.\n\n' +
    'To silence these warnings, use TF_VAR_... environment variables to provide certain "global" settings to all ' +
    "configurations in your organization. To reduce the verbosity of these warnings, use the -compact-warnings option.";
  return warningDiag("Value for undeclared variable", detail);
}

function undeclaredError(name: string, source: "cli" | "input"): Diagnostic {
  const how = source === "cli" ? "was assigned on the command line" : "was assigned a value";
  const detail = `A variable named ${goQuote(name)} ${how}, but the root module does not declare a variable of that name. To use this value, add a "variable" block to the configuration.`;
  return errorDiag("Value for undeclared variable", detail);
}
