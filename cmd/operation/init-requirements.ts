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
  const needs = new Map<string, { provider: Provider; constraints: string[] }>();
  const add = (p: Provider, constraints: readonly string[] = []) => {
    const entry = needs.get(p.toString()) ?? { provider: p, constraints: [] };
    for (const c of constraints) if (!entry.constraints.includes(c)) entry.constraints.push(c);
    needs.set(p.toString(), entry);
  };
  walk(root, (cfg) => {
    const m = cfg.module;
    for (const [name, req] of m.requiredProviders) add(providerForLocalName(m, name), req.versionConstraints);
    for (const pc of m.providerConfigs.values()) add(providerForLocalName(m, pc.name));
    for (const r of [...m.managedResources.values(), ...m.dataResources.values()]) {
      add(providerForLocalName(m, r.provider?.name ?? impliedLocalName(r.type)));
    }
  });
  return [...needs.values()].sort((a, b) => compare(a.provider, b.provider));
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
