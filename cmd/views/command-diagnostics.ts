// Diagnostics as the commands without a view of their own print them (Terraform's Meta.showDiagnostics,
// used by `graph` and `console`): sorted in Terraform's order, similar warnings consolidated, errors on
// stderr and warnings on stdout, each followed by the blank line the UI's Error and Warn add; with
// -compact-warnings and only warnings, the compact list.
import { sortDiagnostics } from "../../core/eval/diagnostic-order.js";
import type { Diagnostic } from "../../lang/source/diagnostics.js";
import type { Range } from "../../lang/source/range.js";
import type { CommandIO } from "../io.js";
import { compactWarnings, consolidatedDiagnostic, consolidateWarnings } from "./consolidate-warnings.js";
import { renderDiagnostic, type SourceLookup } from "./diagnostic-view.js";

/** Where snippets come from, whether to colour, and whether warnings are listed compactly. */
export interface CommandDiagnosticsStyle {
  readonly color: boolean;
  readonly context?: (subject: Range) => string | undefined;
  readonly compactWarnings?: boolean;
}

/** Prints diagnostics as Terraform's older commands do. */
export function showCommandDiagnostics(diags: readonly Diagnostic[], sources: SourceLookup, io: CommandIO, style: CommandDiagnosticsStyle): void {
  if (diags.length === 0) return;
  const shown = consolidateWarnings(sortDiagnostics(diags));
  if (style.compactWarnings && shown.every((s) => s.diag.severity === "warning")) {
    io.stdout.write(`\n${compactWarnings(shown, style.color)}\nTo see the full warning notes, run Terrane without -compact-warnings.\n\n`);
    return;
  }
  for (const s of shown) {
    const text = renderDiagnostic(consolidatedDiagnostic(s), sources, style.context ? { color: style.color, context: style.context } : { color: style.color });
    (s.diag.severity === "error" ? io.stderr : io.stdout).write(`${text}\n`);
  }
}
