// What `terrane validate` prints: Terraform's human form (diagnostics, then the green "Success!" line)
// or its JSON form ({ format_version, valid, error_count, warning_count, diagnostics }).
import type { Diagnostic } from "../../lang/source/diagnostics.js";
import type { CommandIO } from "../io.js";
import { showDiagnostics } from "./diagnostics-view.js";
import { goMarshalIndent } from "./go-marshal.js";
import { jsonDiagnostic } from "./json-diagnostic.js";
import type { SourceFiles } from "./source-files.js";
import { wordWrap } from "./word-wrap.js";

/**
 * Prints the result of validation; errors to stderr and the rest to stdout, as Terraform does. The
 * human form shows the diagnostics as Terraform's View.Diagnostics does (sorted, similar warnings
 * consolidated, or listed compactly with -compact-warnings); the JSON form keeps the order they were
 * found in.
 */
export function showValidateResult(
  diags: readonly Diagnostic[],
  sources: SourceFiles,
  io: CommandIO,
  opts: { json: boolean; color: boolean; compactWarnings?: boolean },
): void {
  if (opts.json) {
    io.stdout.write(`${goMarshalIndent(validateJson(diags, sources))}\n`);
    return;
  }
  showDiagnostics(diags, sources.source, io, { color: opts.color, context: sources.context, compactWarnings: !!opts.compactWarnings });
  if (diags.some((d) => d.severity === "error")) return;
  const rest = diags.length > 0 ? "The configuration is valid, but there were some validation warnings as shown above." : "The configuration is valid.";
  const lines = wordWrap(`Success! ${rest}`, 78).join("\n").replace(/^Success! /, "");
  io.stdout.write(opts.color ? `\x1b[32m\x1b[1mSuccess!\x1b[0m ${lines}\n\x1b[0m\n` : `Success! ${lines}\n\n`);
}

/** Terraform's `validate -json` document. */
export function validateJson(diags: readonly Diagnostic[], sources: SourceFiles): object {
  const errors = diags.filter((d) => d.severity === "error").length;
  return {
    format_version: "1.0",
    valid: errors === 0,
    error_count: errors,
    warning_count: diags.length - errors,
    diagnostics: diags.map((d) => jsonDiagnostic(d, sources.source, sources.context)),
  };
}
