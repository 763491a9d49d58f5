// Terraform's warning consolidation (tfdiags ConsolidateWarnings with a threshold of 1, as its
// views use it): a warning with a source location absorbs every later warning with the same summary,
// and says how many it stands for; errors, warnings without a location and those marked not to be
// consolidated (check block results) stay as they are. Also the compact form -compact-warnings
// prints when there are only warnings (format.DiagnosticWarningsCompact).
import type { Diagnostic } from "../../lang/source/diagnostics.js";
import type { Range } from "../../lang/source/range.js";

/** A diagnostic to show, with the similar warnings merged into it (their subjects, in order). */
export interface ShownDiagnostic {
  readonly diag: Diagnostic;
  readonly similar: readonly Diagnostic[];
}

/** Merges warnings with the same summary into the first of them, keeping the order otherwise. */
export function consolidateWarnings(diags: readonly Diagnostic[]): ShownDiagnostic[] {
  const out: { diag: Diagnostic; similar: Diagnostic[] }[] = [];
  const groups = new Map<string, { similar: Diagnostic[] }>();
  for (const diag of diags) {
    if (diag.severity !== "warning" || !diag.subject || diag.doNotConsolidate) {
      out.push({ diag, similar: [] });
      continue;
    }
    const group = groups.get(diag.summary);
    if (group) {
      group.similar.push(diag);
      continue;
    }
    const shown = { diag, similar: [] };
    groups.set(diag.summary, shown);
    out.push(shown);
  }
  return out;
}

/** The diagnostic as it is printed: a group's detail ends by saying how many more there are. */
export function consolidatedDiagnostic(shown: ShownDiagnostic): Diagnostic {
  const n = shown.similar.length;
  if (n === 0) return shown.diag;
  const note = n === 1 ? "(and one more similar warning elsewhere)" : `(and ${n} more similar warnings elsewhere)`;
  const detail = shown.diag.detail ? `${shown.diag.detail}\n\n${note}` : note;
  return { ...shown.diag, detail };
}

/** The compact list of warnings: each summary, and where it is (and how many more places). */
export function compactWarnings(shown: readonly ShownDiagnostic[], color: boolean): string {
  let out = color ? "\x1b[1m\x1b[33mWarnings:\x1b[0m\n\n" : "Warnings:\n\n";
  for (const s of shown) out += `- ${s.diag.summary}\n${whereText(s.diag.subject, s.similar.length)}`;
  return out;
}

function whereText(subject: Range | undefined, more: number): string {
  if (subject) {
    const at = `  on ${subject.filename} line ${subject.start.line}`;
    return more > 0 ? `${at} (and ${more} more)\n` : `${at}\n`;
  }
  // Only a group can have more sources, and a group always has a location; kept for Terraform's shape.
  return more > 0 ? `  (${more + 1} occurences of this warning)\n` : "";
}
