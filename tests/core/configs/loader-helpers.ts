import { fileURLToPath } from "node:url";
import { join } from "node:path";
import type { Diagnostic } from "../../../lang/source/diagnostics.js";

// Shared by the configuration-loading tests: fixture paths, and diagnostics written the way
// `terraform validate -json` reports them, so expectations can be pasted from what Terraform printed.

const FIXTURES = fileURLToPath(new URL("../../../fixtures/config/", import.meta.url));

/** The directory of a fixture under fixtures/config/. */
export function fixture(name: string): string {
  return join(FIXTURES, name);
}

/**
 * `E main.tf:2,12(24)-2,17(29) | summary | "detail"`: severity, range (line,column(byte)), summary and
 * the JSON-quoted detail. Like Terraform's JSON view, an empty range is shown one character wide.
 */
export function tfDiag(d: Diagnostic): string {
  const sev = d.severity === "error" ? "E" : "W";
  return `${sev} ${rangeText(d)} | ${d.summary} | ${JSON.stringify(d.detail ?? "")}`;
}

/** Every diagnostic as tfDiag writes it. */
export function tfDiags(diags: readonly Diagnostic[]): string[] {
  return diags.map(tfDiag);
}

function rangeText(d: Diagnostic): string {
  const r = d.subject;
  if (!r) return "-";
  const end = r.end.byte === r.start.byte ? { ...r.end, column: r.end.column + 1, byte: r.end.byte + 1 } : r.end;
  return `${r.filename}:${r.start.line},${r.start.column}(${r.start.byte})-${end.line},${end.column}(${end.byte})`;
}
