import type { OutputState } from "../../../core/states/state.js";
import { compactRawJson, goIndent } from "../../../core/states/go-json-write.js";
import { errorDiag, warningDiag, type Diagnostic } from "../../../lang/source/diagnostics.js";
import { compareCodePoints } from "../../../lang/text/code-point-order.js";
import { goQuote } from "../../../lang/text/go-quote.js";
import { convert } from "../../../lang/types/convert.js";
import { friendlyName } from "../../../lang/types/type-string.js";
import { StringType } from "../../../lang/types/type.js";
import { unmarkDeep } from "../../../lang/values/deep-marks.js";
import { Value } from "../../../lang/values/value.js";
import { formatConsoleValue } from "../console-value.js";
import { ctyJson, typeJson } from "../json/value-json.js";
import { jsonBool, jsonMap, jsonStruct } from "../json/go-json.js";

// `terrane output` in its three forms (Terraform's views.OutputHuman, OutputJSON and OutputRaw): the
// root module's outputs as `name = value` lines in the console's value syntax, as JSON (every output
// with its sensitivity and type, or one output's value), or one output's value as plain text. Each
// returns the text for stdout or the diagnostics to show instead.

/** What a view produced: text for stdout, or diagnostics (the warning about no outputs is one). */
export interface OutputViewResult {
  readonly text: string;
  readonly diagnostics: Diagnostic[];
}

type Outputs = ReadonlyMap<string, OutputState>;

/** The human form: every output, or the named one's value (shown even when sensitive). */
export function humanOutputs(outputs: Outputs, name: string | undefined): OutputViewResult {
  if (outputs.size === 0) return diagnosticsOnly(noOutputsWarning());
  if (name !== undefined) {
    const o = outputs.get(name);
    return o ? ok(`${formatConsoleValue(plain(o))}\n`) : diagnosticsOnly(missingOutputError(name));
  }
  const lines = sortedNames(outputs).map((n) => {
    const o = outputs.get(n)!;
    return o.sensitive ? `${n} = <sensitive>` : `${n} = ${formatConsoleValue(plain(o))}`;
  });
  return ok(`${lines.join("\n").trim()}\n`);
}

/** The JSON form: the named output's value, or every output's `sensitive`, `type` and `value`, indented. */
export function jsonOutputs(outputs: Outputs, name: string | undefined): OutputViewResult {
  if (name !== undefined) {
    const o = outputs.get(name);
    return o ? ok(`${ctyJson(plain(o))}\n`) : diagnosticsOnly(missingOutputError(name));
  }
  const entries = sortedNames(outputs).map((n) => {
    const v = plain(outputs.get(n)!);
    return [n, jsonStruct([["sensitive", jsonBool(outputs.get(n)!.sensitive)], ["type", typeJson(v.type)], ["value", ctyJson(v)]])] as const;
  });
  return ok(`${goIndent(compactRawJson(jsonMap(entries)))}\n`);
}

/** The raw form: one output's string, number or bool value as text, with no newline after it. */
export function rawOutput(outputs: Outputs, name: string): OutputViewResult {
  if (outputs.size === 0) return diagnosticsOnly(noOutputsWarning());
  const o = outputs.get(name);
  if (!o) return diagnosticsOnly(missingOutputError(name));
  const v = plain(o);
  const s = convert(v, StringType);
  if (!(s instanceof Value)) {
    return diagnosticsOnly(
      errorDiag(
        "Unsupported value for raw output",
        `The -raw option only supports strings, numbers, and boolean values, but output value ${goQuote(name)} is ${friendlyName(v.type)}.\n\nUse the -json option for machine-readable representations of output values that have complex types.`,
      ),
    );
  }
  if (s.isNull) return diagnosticsOnly(errorDiag("Unsupported value for raw output", `The value for output value ${goQuote(name)} is null, so -raw mode cannot print it.`));
  if (!s.isKnown) return diagnosticsOnly(errorDiag("Unsupported value for raw output", `The value for output value ${goQuote(name)} won't be known until after a successful terrane apply, so -raw mode cannot print it.`));
  return ok(s.asString());
}

function plain(o: OutputState): Value {
  return unmarkDeep(o.value).value;
}

function sortedNames(outputs: Outputs): string[] {
  return [...outputs.keys()].sort(compareCodePoints);
}

function ok(text: string): OutputViewResult {
  return { text, diagnostics: [] };
}

function diagnosticsOnly(d: Diagnostic): OutputViewResult {
  return { text: "", diagnostics: [d] };
}

/** Terraform's warning when the state has no outputs. */
export function noOutputsWarning(): Diagnostic {
  return warningDiag(
    "No outputs found",
    "The state file either has no outputs defined, or all the defined outputs are empty. Please define an output in your configuration with the `output` keyword and run `terrane refresh` for it to become available. If you are using interpolation, please verify the interpolated value is not empty. You can use the `terrane console` command to assist.",
  );
}

/** Terraform's error for an output name the state does not have. */
export function missingOutputError(name: string): Diagnostic {
  return errorDiag(
    `Output ${goQuote(name)} not found`,
    "The output variable requested could not be found in the state file. If you recently added this to your configuration, be sure to run `terrane apply`, since the state won't be updated with new output variables until that command is run.",
  );
}
