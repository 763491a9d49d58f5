// What `terrane validate` prints: Terraform's human form (diagnostics, then the green "Success!" line)
// or its JSON form ({ format_version, valid, error_count, warning_count, diagnostics }).
import { sortDiagnostics } from "../../core/eval/diagnostic-order.js";
import type { Diagnostic } from "../../lang/source/diagnostics.js";
import type { CommandIO } from "../io.js";
import { renderDiagnostic } from "./diagnostic-view.js";
import { jsonDiagnostic } from "./json-diagnostic.js";
import type { SourceFiles } from "./source-files.js";
import { wordWrap } from "./word-wrap.js";

/**
 * Prints the result of validation; errors to stderr and the rest to stdout, as Terraform does. The
 * human form shows the diagnostics in Terraform's sorted order (its View.Diagnostics sorts them); the
 * JSON form keeps the order they were found in.
 */
export function showValidateResult(diags: readonly Diagnostic[], sources: SourceFiles, io: CommandIO, opts: { json: boolean; color: boolean }): void {
  if (opts.json) {
    io.stdout.write(`${JSON.stringify(validateJson(diags, sources), null, 2)}\n`);
    return;
  }
  for (const d of sortDiagnostics(diags)) {
    const text = renderDiagnostic(d, sources.source, { color: opts.color, context: sources.context });
    (d.severity === "error" ? io.stderr : io.stdout).write(text);
  }
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
