import { DEFAULT_REGISTRY_HOST, Provider } from "../addrs/provider.js";
import type { Config, Module, PassedProvider } from "./model.js";
import { parseProviderSource } from "./provider-source.js";

// Which provider type each local name means while validating provider configurations, as Terraform's
// Config.resolveProviderTypes decides it (Terraform 1.11 does so even when a child module had errors): the
// `required_providers` entries of a module, then `hashicorp/<name>` for every `provider` block whose
// name is not required there (even `terraform`, unlike the graph, which takes the built-in provider).
// A `providers = { child = parent }` entry gets the parent's type for its value and the child's for
// its key, each only when the module in question knows that name.

/** The provider type a required_providers entry or a source string names. */
export function providerOfSource(source: string): Provider | undefined {
  const p = parseProviderSource(source);
  return "type" in p ? new Provider(p.hostname, p.namespace, p.type) : undefined;
}

/** The local names a module's `required_providers` declares, with their types, in declaration order. */
export function requiredProviderTypes(module: Module): Map<string, Provider> {
  const out = new Map<string, Provider>();
  for (const [name, req] of module.requiredProviders) {
    const type = providerOfSource(req.source);
    if (type) out.set(name, type);
  }
  return out;
}

/** Every local name a module knows of (resolveProviderTypes' map): requirements, then provider blocks. */
export function knownProviderTypes(module: Module): Map<string, Provider> {
  const out = requiredProviderTypes(module);
  for (const pc of module.providerConfigs.values()) {
    if (!out.has(pc.name)) out.set(pc.name, Provider.official(pc.name));
  }
  return out;
}

/** The resolved types of one `providers` entry; absent when the module in question does not know the name. */
export interface PassedTypes {
  readonly inChild?: Provider;
  readonly inParent?: Provider;
}

/** The types of the entries a module's call passes to it. */
export function passedProviderTypes(config: Config): Map<PassedProvider, PassedTypes> {
  const out = new Map<PassedProvider, PassedTypes>();
  if (!config.call || !config.parent) return out;
  const inChild = knownProviderTypes(config.module);
  const inParent = knownProviderTypes(config.parent.module);
  for (const passed of config.call.providers) {
    const child = inChild.get(passed.inChild.name);
    const parent = inParent.get(passed.inParent.name);
    out.set(passed, { ...(child ? { inChild: child } : {}), ...(parent ? { inParent: parent } : {}) });
  }
  return out;
}

/** True for providers in the `hashicorp` namespace of the public registry (addrs.IsOfficialProvider). */
export function isOfficialProvider(p: Provider): boolean {
  return p.hostname === DEFAULT_REGISTRY_HOST && p.namespace === "hashicorp";
}

