// Diagnostics as the commands without a view of their own print them (Terraform's Meta.showDiagnostics,
// used by `graph` and `console`): sorted in Terraform's order, errors on stderr and warnings on stdout,
// each followed by the blank line the UI's Error and Warn add.
import { sortDiagnostics } from "../../core/eval/diagnostic-order.js";
import type { Diagnostic } from "../../lang/source/diagnostics.js";
import type { Range } from "../../lang/source/range.js";
import type { CommandIO } from "../io.js";
import { renderDiagnostic, type SourceLookup } from "./diagnostic-view.js";

/** Where snippets come from and whether to colour. */
export interface CommandDiagnosticsStyle {
  readonly color: boolean;
  readonly context?: (subject: Range) => string | undefined;
}

/** Prints diagnostics as Terraform's older commands do. */
export function showCommandDiagnostics(diags: readonly Diagnostic[], sources: SourceLookup, io: CommandIO, style: CommandDiagnosticsStyle): void {
  for (const d of sortDiagnostics(diags)) {
    const text = renderDiagnostic(d, sources, style.context ? { color: style.color, context: style.context } : { color: style.color });
    (d.severity === "error" ? io.stderr : io.stdout).write(`${text}\n`);
  }
}
