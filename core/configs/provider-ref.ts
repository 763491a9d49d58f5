import type { Expression } from "../../lang/hcl/expression.js";
import { absTraversal } from "./static-traversal.js";
import { errorDiag, hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import type { ProviderConfigRef } from "./model.js";
import { exprIsNativeQuotedString, shimTraversalInString } from "./legacy-shims.js";
import { checkProviderNameNormalized } from "./provider-name.js";

/**
 * Reads a reference to a provider configuration (`aws` or `aws.west`), as written in a resource's
 * `provider` argument or a module's `providers` map (configs.decodeProviderConfigRef). `argName`
 * names the argument in the error message.
 */
export function decodeProviderConfigRef(expr: Expression, argName: string): { ref?: ProviderConfigRef; diagnostics: Diagnostic[] } {
  const shim = shimTraversalInString(expr, false);
  const diagnostics = [...shim.diagnostics];
  const target = shim.expr;
  const { traversal, diagnostics: travDiags } = absTraversal(target);
  if (!hasErrors(travDiags)) diagnostics.push(...travDiags);
  if (!traversal || traversal.length > 2) {
    const detail = exprIsNativeQuotedString(target)
      ? "A provider configuration reference must not be given in quotes."
      : `The ${argName} argument requires a provider type name, optionally followed by a period and then a configuration alias.`;
    diagnostics.push(errorDiag("Invalid provider configuration reference", detail, target.range));
    return { diagnostics };
  }
  const root = traversal[0];
  diagnostics.push(...checkProviderNameNormalized(root.name, root.range));
  if (hasErrors(diagnostics)) return { diagnostics };
  const step = traversal[1];
  if (!step) return { ref: { name: root.name, range: target.range }, diagnostics };
  if (step.type !== "TraverseAttr") {
    const detail = "Provider name must either stand alone or be followed by a period and then a configuration alias.";
    diagnostics.push(errorDiag("Invalid provider configuration reference", detail, step.range));
    return { ref: { name: root.name, range: target.range }, diagnostics };
  }
  return { ref: { name: root.name, alias: step.name, range: target.range }, diagnostics };
}

/** The compact string form of a provider configuration reference: `aws` or `aws.west`. */
export function providerRefString(ref: ProviderConfigRef): string {
  return ref.alias === undefined ? ref.name : `${ref.name}.${ref.alias}`;
}
