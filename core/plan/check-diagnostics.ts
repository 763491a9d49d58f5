import type { Diagnostic } from "../../lang/source/diagnostics.js";

// Which diagnostics a check block produced (its assertions, its nested data source), as Terraform
// tags them with CheckRuleDiagnosticExtra and DoNotConsolidateDiagnostic: they are never merged with
// similar warnings, and an apply that did not stop to ask for approval drops those of its plan, since
// the same checks run again during the apply and report there.

/** The diagnostics, marked as produced by a check block. */
export function markCheckBlockDiagnostics(diags: readonly Diagnostic[]): Diagnostic[] {
  return diags.map((d) => ({ ...d, fromCheckBlock: true, doNotConsolidate: true }));
}

/** True when a check block produced the diagnostic (DiagnosticOriginatesFromCheckRule with a check container). */
export function isCheckBlockDiagnostic(d: Diagnostic): boolean {
  return d.fromCheckBlock === true;
}
