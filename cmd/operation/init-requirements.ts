import type { Provider } from "../../core/addrs/provider.js";
import type { Config } from "../../core/configs/model.js";
import { impliedLocalName, providerForLocalName } from "../../core/graph/index.js";

// The providers a configuration needs, for `init` (Terraform's Config.ProviderRequirements): every
// `required_providers` entry of every module with its version constraints, plus the provider each
// resource, data source and provider block implies, sorted by address as Terraform lists them.

/** One provider the configuration needs, with all version constraints the modules place on it. */
export interface ProviderNeed {
  readonly provider: Provider;
  readonly constraints: readonly string[];
}

/** The providers the whole configuration tree needs, in Terraform's order. */
export function providerRequirements(root: Config): ProviderNeed[] {
  const needs = new Map<string, ProviderNeed>();
  walk(root, (cfg) => void merge(needs, moduleProviderRequirements(cfg)));
  return [...needs.values()].sort((a, b) => compare(a.provider, b.provider));
}

/** The providers one module needs by itself (its required_providers, provider blocks and resources). */
export function moduleProviderRequirements(cfg: Config): ProviderNeed[] {
  const needs = new Map<string, ProviderNeed>();
  const add = (p: Provider, constraints: readonly string[] = []) => merge(needs, [{ provider: p, constraints }]);
  const m = cfg.module;
  for (const [name, req] of m.requiredProviders) add(providerForLocalName(m, name), req.versionConstraints);
  for (const pc of m.providerConfigs.values()) add(providerForLocalName(m, pc.name));
  for (const r of [...m.managedResources.values(), ...m.dataResources.values()]) {
    add(providerForLocalName(m, r.provider?.name ?? impliedLocalName(r.type)));
  }
  return [...needs.values()].sort((a, b) => compare(a.provider, b.provider));
}

function merge(into: Map<string, ProviderNeed>, needs: readonly ProviderNeed[]): void {
  for (const n of needs) {
    const prev = into.get(n.provider.toString());
    const constraints = [...(prev?.constraints ?? [])];
    for (const c of n.constraints) if (!constraints.includes(c)) constraints.push(c);
    into.set(n.provider.toString(), { provider: n.provider, constraints });
  }
}

function walk(cfg: Config, visit: (c: Config) => void): void {
  visit(cfg);
  for (const child of cfg.children.values()) walk(child, visit);
}

function compare(a: Provider, b: Provider): number {
  const ka = [a.hostname, a.namespace, a.type].join("\0");
  const kb = [b.hostname, b.namespace, b.type].join("\0");
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
