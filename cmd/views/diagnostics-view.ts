// Diagnostics as Terraform's views print them (command/views View.Diagnostics), used by plan, apply
// and validate: sorted, similar warnings consolidated, errors to stderr and warnings to stdout; with
// -compact-warnings and nothing but warnings, only their summaries and locations.
import { sortDiagnostics } from "../../core/eval/diagnostic-order.js";
import type { Diagnostic } from "../../lang/source/diagnostics.js";
import type { CommandIO } from "../io.js";
import { compactWarnings, consolidatedDiagnostic, consolidateWarnings } from "./consolidate-warnings.js";
import { renderDiagnostic, type DiagnosticStyle, type SourceLookup } from "./diagnostic-view.js";

/** How to print: colour, block contexts, and whether warnings are listed compactly. */
export interface DiagnosticsViewStyle extends DiagnosticStyle {
  readonly compactWarnings?: boolean;
}

/** Prints one batch of diagnostics as Terraform's View.Diagnostics does. */
export function showDiagnostics(diags: readonly Diagnostic[], sources: SourceLookup, io: CommandIO, style: DiagnosticsViewStyle): void {
  printDiagnostics(diags, sources, io, style, "");
}

/** As showDiagnostics, with `trailer` after each message (the older commands' UI adds a blank line). */
export function printDiagnostics(diags: readonly Diagnostic[], sources: SourceLookup, io: CommandIO, style: DiagnosticsViewStyle, trailer: string): void {
  if (diags.length === 0) return;
  const shown = consolidateWarnings(sortDiagnostics(diags));
  if (style.compactWarnings && shown.every((s) => s.diag.severity === "warning")) {
    const hint = "To see the full warning notes, run Terrane without -compact-warnings.";
    io.stdout.write(`\n${compactWarnings(shown, style.color)}\n${hint}\n${trailer}`);
    return;
  }
  for (const s of shown) {
    const text = renderDiagnostic(consolidatedDiagnostic(s), sources, style);
    (s.diag.severity === "error" ? io.stderr : io.stdout).write(`${text}${trailer}`);
  }
}
