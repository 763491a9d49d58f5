import type { Diagnostic } from "../../lang/source/diagnostics.js";
import type { ProviderDiagnostic } from "../../providers/provider.js";
import type { AbsResourceInstance } from "../addrs/abs-resource.js";

// Diagnostics from a provider as the CLI shows them: Terraform attaches the resource's address and,
// when the provider names an attribute, the source range of that attribute in the configuration (when
// one is given).

/** Converts provider diagnostics; `subject` is the configuration construct they are about, if any. */
export function providerDiagnostics(diags: readonly ProviderDiagnostic[], _addr?: AbsResourceInstance, subject?: Diagnostic["subject"]): Diagnostic[] {
  return diags.map((d) => ({
    severity: d.severity,
    summary: d.summary,
    ...(d.detail === undefined ? {} : { detail: d.detail }),
    ...(subject === undefined ? {} : { subject }),
  }));
}
