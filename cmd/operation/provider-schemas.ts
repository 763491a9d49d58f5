import type { Provider } from "../../core/addrs/provider.js";
import type { Config } from "../../core/configs/model.js";
import { impliedLocalName, providerForLocalName } from "../../core/graph/provider-addresses.js";
import type { State } from "../../core/states/state.js";
import type { GetProviderSchemaResponse } from "../../providers/provider.js";
import type { BlockSchema } from "../../providers/schema.js";
import { builtinResolver } from "./provider-resolver.js";

// The provider schemas a command needs without otherwise running providers (validate, show): fetched
// once per provider through the same resolver plan and apply use, so a plugin `terrane init` installed
// is asked for its schema just as a built-in provider is.

/** Provider schemas by provider source address. */
export type SchemaMap = ReadonlyMap<string, GetProviderSchemaResponse>;

/** The loaded schemas, and the providers that neither a plugin nor a built-in provider serves. */
export interface LoadedSchemas {
  readonly schemas: SchemaMap;
  readonly unavailable: readonly string[];
}

/** Loads each provider's schema (sorted by address), starting and closing each provider once. */
export async function loadProviderSchemas(cwd: string, providers: Iterable<Provider>): Promise<LoadedSchemas> {
  const byAddr = new Map<string, Provider>();
  for (const p of providers) byAddr.set(p.toString(), p);
  const resolve = builtinResolver(cwd);
  const schemas = new Map<string, GetProviderSchemaResponse>();
  const unavailable: string[] = [];
  for (const addr of [...byAddr.keys()].sort()) {
    const factory = resolve(byAddr.get(addr)!);
    if (!factory) {
      unavailable.push(addr);
      continue;
    }
    const p = await factory();
    try {
      schemas.set(addr, await p.getProviderSchema());
    } finally {
      await p.close();
    }
  }
  return { schemas, unavailable };
}

/** The providers a configuration tree's resources, data sources and provider blocks use. */
export function configProviders(config: Config, into: Provider[] = []): Provider[] {
  const m = config.module;
  for (const r of [...m.managedResources.values(), ...m.dataResources.values()]) {
    into.push(providerForLocalName(m, r.provider?.name ?? impliedLocalName(r.type)));
  }
  for (const pc of m.providerConfigs.values()) into.push(providerForLocalName(m, pc.name));
  for (const child of config.children.values()) configProviders(child, into);
  return into;
}

/** The providers a state's resources belong to. */
export function stateProviders(state: State | undefined): Provider[] {
  return [...(state?.allInstances() ?? [])].map(({ resource }) => resource.provider.provider);
}

/** Schema lookups by provider source address: resource and data source schemas, and provider configuration schemas. */
export interface SchemaLookups {
  readonly resourceSchema: (provider: string, mode: "managed" | "data", type: string) => BlockSchema | undefined;
  readonly providerSchema: (provider: string) => BlockSchema | undefined;
}

/** The lookups validate checks blocks with, over the schemas of the configuration's providers. */
export async function configSchemas(cwd: string, config: Config): Promise<SchemaLookups> {
  const { schemas } = await loadProviderSchemas(cwd, configProviders(config));
  return {
    resourceSchema: (provider, mode, type) => {
      const s = schemas.get(provider);
      return (mode === "data" ? s?.dataSources[type] : s?.resourceTypes[type])?.block;
    },
    providerSchema: (provider) => schemas.get(provider)?.provider.block,
  };
}
