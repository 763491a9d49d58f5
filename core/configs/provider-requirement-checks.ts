import { impliedLocalName, impliedProvider, Provider } from "../addrs/provider.js";
import { errorDiag, warningDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import { goQuote } from "../../lang/text/go-quote.js";
import type { Module, Resource } from "./model.js";
import { parseProviderPart } from "./provider-name.js";
import { isOfficialProvider, providerOfSource } from "./provider-types.js";

// The first part of Terraform's validateProviderConfigs for one module: a provider required twice
// under different local names, a provider block named after a provider that required_providers gives
// another name, and resources whose implied local name is invalid or is the provider required under
// another name. Terraform walks its maps in random order; these go in declaration order.

/** What the requirement checks learned: each required local name and its provider type. */
export interface RequirementNames {
  readonly localNames: ReadonlyMap<string, Provider>;
  readonly diagnostics: Diagnostic[];
}

/** Checks `required_providers` for duplicates and returns the local names it declares. */
export function checkRequiredProviders(module: Module): RequirementNames {
  const diagnostics: Diagnostic[] = [];
  const localNames = new Map<string, Provider>();
  const localTypes = new Set<string>();
  for (const req of module.requiredProviders.values()) {
    const type = providerOfSource(req.source);
    if (!type) continue;
    if (localTypes.has(type.toString())) {
      const prev = [...localNames].filter(([, t]) => t.equals(type)).pop()?.[0] ?? "";
      const detail = `Provider ${type.forDisplay()} with the local name ${goQuote(req.name)} was previously required as ${goQuote(prev)}. A provider can only be required once within required_providers.`;
      diagnostics.push(warningDiag("Duplicate required provider", detail, req.declRange));
    } else if (isOfficialProvider(type)) {
      const implied = type.type;
      const clash = [...module.providerConfigs.values()].some((pc) => pc.name === implied && req.name !== implied);
      if (clash) {
        const detail = `Provider ${type.forDisplay()} with the local name ${goQuote(req.name)} was implicitly required via a configuration block as ${goQuote(implied)}. The provider configuration block name must match the name used in required_providers.`;
        diagnostics.push(warningDiag("Duplicate required provider", detail, req.declRange));
      }
    }
    localTypes.add(type.toString());
    localNames.set(req.name, type);
  }
  return { localNames, diagnostics };
}

/** Resources without a `provider` argument whose type implies a bad or differently-required local name. */
export function checkImpliedProviderNames(resources: Iterable<Resource>, localNames: ReadonlyMap<string, Provider>): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const r of resources) {
    if (r.provider) continue;
    const localName = impliedLocalName(r.type);
    const part = parseProviderPart(localName);
    if ("error" in part) {
      const detail = `${goQuote(localName)} is an invalid implied provider local name: ${part.error}`;
      diagnostics.push(errorDiag("Invalid provider local name", detail, r.declRange));
      continue;
    }
    if (localNames.has(localName)) continue;
    const implied = impliedProvider(localName);
    for (const [prevLocalName, type] of localNames) {
      if (!type.equals(implied)) continue;
      const detail = `Provider ${goQuote(implied.toString())} was implicitly required via resource ${goQuote(resourceAddr(r))}, but listed in required_providers as ${goQuote(prevLocalName)}. Either the local name in required_providers must match the resource name, or the ${goQuote(prevLocalName)} provider must be assigned within the resource block.`;
      diagnostics.push(warningDiag("Duplicate required provider", detail, r.declRange));
    }
  }
  return diagnostics;
}

function resourceAddr(r: Resource): string {
  return r.mode === "data" ? `data.${r.type}.${r.name}` : `${r.type}.${r.name}`;
}
