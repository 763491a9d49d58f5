import { Module as ModuleAddr } from "../addrs/module.js";
import { AbsProviderConfig, impliedLocalName, impliedProvider, Provider } from "../addrs/provider.js";
import type { Module, ProviderConfigRef, Resource } from "../configs/model.js";
import { parseProviderSource } from "../configs/provider-source.js";

// Which provider, and which configuration of it, a module means by a local provider name (Terraform's
// Module.ProviderForLocalConfig and Resource.ProviderConfigAddr): the `required_providers` entry of that
// name, or else the provider implied by the name itself (`hashicorp/<name>`, and the built-in provider
// for `terraform`). A resource without a `provider` argument uses the default configuration of the
// provider its type implies: the part of the type name before the first underscore.

export { impliedLocalName, impliedProvider };

/** The provider a module means by a local name. */
export function providerForLocalName(module: Module, localName: string): Provider {
  const requirement = module.requiredProviders.get(localName);
  if (requirement) {
    const parsed = parseProviderSource(requirement.source);
    if ("type" in parsed) return new Provider(parsed.hostname, parsed.namespace, parsed.type);
  }
  return impliedProvider(localName);
}

/** The provider configuration a local reference (`aws`, `aws.west`) names in a module at `path`. */
export function providerConfigAddr(module: Module, path: readonly string[], ref: { name: string; alias?: string }): AbsProviderConfig {
  return new AbsProviderConfig(new ModuleAddr(path), providerForLocalName(module, ref.name), ref.alias ?? null);
}

/** The provider configuration a resource asks for in its own module, before inheritance is resolved. */
export function requestedProviderConfig(module: Module, path: readonly string[], resource: Resource): AbsProviderConfig {
  const ref: Pick<ProviderConfigRef, "name" | "alias"> = resource.provider ?? { name: impliedLocalName(resource.type) };
  return providerConfigAddr(module, path, ref);
}
