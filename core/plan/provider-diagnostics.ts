import type { Body } from "../../lang/hcl/body.js";
import type { Diagnostic } from "../../lang/source/diagnostics.js";
import type { Range } from "../../lang/source/range.js";
import type { ValuePath } from "../../lang/values/path.js";
import type { ProviderDiagnostic } from "../../providers/provider.js";

// Diagnostics from a provider as the CLI shows them. Where Terraform elaborates them from the
// configuration they are about (tfdiags InConfigBody: planning, applying and refreshing a resource
// instance, configuring a provider), they get the object's address (the "with ..." line) and a
// subject: the attribute the provider names, when it names a top-level one, else the opening brace
// of the block's body (its missing-item range). Other operations (destroying, importing, upgrading
// state) pass the provider's diagnostics on as they are.

/** What provider diagnostics are about: the object's address and the body it was configured with. */
export interface DiagnosticSite {
  readonly address: string;
  /** The configuration body; none for an object without configuration (a provider with no block). */
  readonly body?: Body;
}

/** Converts provider diagnostics, elaborating them from `site` when given. */
export function providerDiagnostics(diags: readonly ProviderDiagnostic[], site?: DiagnosticSite): Diagnostic[] {
  return diags.map((d) => {
    const subject = site?.body ? subjectIn(site.body, d.attribute ?? []) : undefined;
    return {
      severity: d.severity,
      summary: d.summary,
      ...(d.detail === undefined ? {} : { detail: d.detail }),
      ...(subject === undefined ? {} : { subject }),
      ...(site === undefined ? {} : { address: site.address }),
    };
  });
}

/**
 * The range a diagnostic about `path` points at: the expression of the attribute it names (an index
 * into it points at the attribute too), or the body's missing-item range when the path is empty,
 * goes into nested blocks, or names nothing the body sets.
 */
function subjectIn(body: Body, path: ValuePath): Range {
  const missing = body.missingItemRange();
  const steps = path.length > 1 && !("attr" in path[path.length - 1]!) ? path.slice(0, -1) : path;
  const first = steps[0];
  if (steps.length !== 1 || first === undefined || !("attr" in first)) return missing;
  const attr = body.partialContent({ attributes: [{ name: first.attr }] }).content.attributes.get(first.attr);
  return attr ? attr.expr.range : missing;
}
