import { fileURLToPath } from "node:url";
import type { Diagnostic } from "../../../lang/source/diagnostics.js";
import type { Range } from "../../../lang/source/range.js";

// Diagnostics in the shape `terraform plan -json` printed them (Terraform v1.11.4), so the
// expectations in these tests read as the recorded output: severity, summary, detail and the
// subject as `file:line,column(byte)-line,column(byte)` (the JSON view widens an empty subject by
// one column, so ours are widened the same way before comparing).

/** The fixtures of this folder. */
export const FIXTURES = fileURLToPath(new URL("../../../fixtures/config/", import.meta.url));

/** A diagnostic as recorded from Terraform. */
export interface RecordedDiag {
  readonly severity: "error" | "warning";
  readonly summary: string;
  readonly detail: string;
  readonly subject?: string;
}

/** A recorded error. */
export function err(summary: string, detail: string, subject?: string): RecordedDiag {
  return subject === undefined ? { severity: "error", summary, detail } : { severity: "error", summary, detail, subject };
}

/** A recorded warning. */
export function warn(summary: string, detail: string, subject?: string): RecordedDiag {
  return subject === undefined ? { severity: "warning", summary, detail } : { severity: "warning", summary, detail, subject };
}

/** Our diagnostics in the recorded shape. */
export function recorded(diags: readonly Diagnostic[]): RecordedDiag[] {
  return diags.map((d) => {
    const base = { severity: d.severity, summary: d.summary, detail: d.detail ?? "" };
    return d.subject ? { ...base, subject: rangeText(viewRange(d.subject)) } : base;
  });
}

/** `file:line,column(byte)-line,column(byte)`. */
export function rangeText(r: Range): string {
  const pos = (p: Range["start"]): string => `${p.line},${p.column}(${p.byte})`;
  return `${r.filename}:${pos(r.start)}-${pos(r.end)}`;
}

/** The subject as Terraform's JSON view prints it: an empty range is widened by one column. */
function viewRange(r: Range): Range {
  if (r.start.byte !== r.end.byte) return r;
  return { ...r, end: { line: r.end.line, column: r.end.column + 1, byte: r.end.byte + 1 } };
}
