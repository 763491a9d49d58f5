import type { Expression } from "../../lang/hcl/expression.js";
import { errorDiag, hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import type { ProviderConfigRef } from "./model.js";
import { checkProviderNameNormalized } from "./provider-name.js";
import { exprIsNativeQuotedString, shimmedRange, shimmedTraversal, shimTraversalInString } from "./resource-traversal.js";

// `provider = aws` or `provider = aws.west` in resource, data and import blocks: a provider local
// name, optionally followed by a configuration alias, read statically (configs.decodeProviderConfigRef).

/** Decodes a provider configuration reference; `argName` names the argument in messages. */
export function decodeProviderConfigRef(expr: Expression, argName: string): { ref?: ProviderConfigRef; diagnostics: Diagnostic[] } {
  const { shimmed, diagnostics } = shimTraversalInString(expr, false);
  const range = shimmedRange(shimmed);
  const found = shimmedTraversal(shimmed);
  if (!hasErrors(found.diagnostics)) diagnostics.push(...found.diagnostics);
  const traversal = found.traversal;
  if (!traversal || traversal.length > 2) {
    const detail =
      shimmed.kind === "expr" && exprIsNativeQuotedString(shimmed.expr)
        ? "A provider configuration reference must not be given in quotes."
        : `The ${argName} argument requires a provider type name, optionally followed by a period and then a configuration alias.`;
    diagnostics.push(errorDiag("Invalid provider configuration reference", detail, range));
    return { diagnostics };
  }
  const [root, aliasStep] = traversal;
  diagnostics.push(...checkProviderNameNormalized(root.name, root.range));
  if (hasErrors(diagnostics)) return { diagnostics };
  if (aliasStep && aliasStep.type !== "TraverseAttr") {
    const detail = "Provider name must either stand alone or be followed by a period and then a configuration alias.";
    diagnostics.push(errorDiag("Invalid provider configuration reference", detail, aliasStep.range));
    return { ref: { name: root.name, range, nameRange: root.range }, diagnostics };
  }
  const base = { name: root.name, range, nameRange: root.range };
  const ref = aliasStep ? { ...base, alias: aliasStep.name } : base;
  return { ref, diagnostics };
}

/** The compact string form of a provider configuration reference: `aws` or `aws.west`. */
export function providerRefString(ref: Pick<ProviderConfigRef, "name" | "alias">): string {
  return ref.alias === undefined ? ref.name : `${ref.name}.${ref.alias}`;
}
