import type { Attribute } from "../../lang/hcl/body.js";
import { exprMap } from "../../lang/hcl/static.js";
import { errorDiag, hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import { formatRange, rangeBetween, type Range } from "../../lang/source/range.js";
import type { PassedProvider } from "./model.js";
import { decodeProviderConfigRef, providerRefString } from "./provider-config-ref.js";

/**
 * Reads a module block's `providers = { aws = aws.west }` map (configs.decodePassedProviderConfigs):
 * each key is a provider configuration in the child, each value one in the calling module, and each
 * child configuration may be given only once.
 */
export function decodePassedProviders(attr: Attribute): { providers: PassedProvider[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const providers: PassedProvider[] = [];
  const pairs = exprMap(attr.expr);
  if (!pairs) {
    diagnostics.push(errorDiag("Invalid expression", "A static map expression is required.", attr.expr.startRange));
    return { providers, diagnostics };
  }
  const seen = new Map<string, Range>();
  for (const pair of pairs) {
    const key = decodeProviderConfigRef(pair.key, "providers");
    const value = decodeProviderConfigRef(pair.value, "providers");
    diagnostics.push(...key.diagnostics, ...value.diagnostics);
    if (hasErrors(key.diagnostics) || hasErrors(value.diagnostics) || !key.ref || !value.ref) continue;
    const matchKey = providerRefString(key.ref);
    const prev = seen.get(matchKey);
    if (prev) {
      const detail = `A provider configuration was already passed to ${matchKey} at ${formatRange(prev)}. Each child provider configuration can be assigned only once.`;
      diagnostics.push(errorDiag("Duplicate provider address", detail, pair.value.range));
      continue;
    }
    seen.set(matchKey, rangeBetween(pair.key.range, pair.value.range));
    providers.push({ inChild: key.ref, inParent: value.ref });
  }
  return { providers, diagnostics };
}
