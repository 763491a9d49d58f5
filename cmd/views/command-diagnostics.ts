// Diagnostics as the commands without a view of their own print them (Terraform's Meta.showDiagnostics,
// used by `graph` and `console`): sorted in Terraform's order, similar warnings consolidated, errors on
// stderr and warnings on stdout, each followed by the blank line the UI's Error and Warn add; with
// -compact-warnings and only warnings, the compact list.
import type { Diagnostic } from "../../lang/source/diagnostics.js";
import type { Range } from "../../lang/source/range.js";
import type { CommandIO } from "../io.js";
import type { SourceLookup } from "./diagnostic-view.js";
import { printDiagnostics } from "./diagnostics-view.js";

/** Where snippets come from, whether to colour, and whether warnings are listed compactly. */
export interface CommandDiagnosticsStyle {
  readonly color: boolean;
  readonly context?: (subject: Range) => string | undefined;
  readonly compactWarnings?: boolean;
}

/** Prints diagnostics as Terraform's older commands do. */
export function showCommandDiagnostics(diags: readonly Diagnostic[], sources: SourceLookup, io: CommandIO, style: CommandDiagnosticsStyle): void {
  printDiagnostics(diags, sources, io, style, "\n");
}
