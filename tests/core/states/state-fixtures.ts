import { readFileSync } from "node:fs";
import type { Diagnostic } from "../../../lang/source/diagnostics.js";

// Shared helpers for the state file tests: fixture files under fixtures/state/ and diagnostics printed
// the way `terraform state list` prints a state that failed to load.

const ROOT = new URL("../../../fixtures/state/", import.meta.url);

/** The text of fixtures/state/<path>. */
export function fixture(path: string): string {
  return readFileSync(new URL(path, ROOT), "utf8");
}

/** Diagnostics as Terraform's CLI prints a state load error ("Failed to load state: ..."). */
export function asLoadError(diags: readonly Diagnostic[]): string {
  const one = (d: Diagnostic): string => (d.detail === undefined ? d.summary : `${d.summary}: ${d.detail}`);
  if (diags.length === 1) return `Failed to load state: ${one(diags[0]!)}`;
  return `Failed to load state: ${diags.length} problems:\n\n${diags.map((d) => `- ${one(d)}`).join("\n")}`;
}
