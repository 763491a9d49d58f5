import type { Provider } from "../../core/addrs/provider.js";
import type { Config } from "../../core/configs/model.js";
import { impliedLocalName, providerForLocalName } from "../../core/graph/provider-addresses.js";
import type { State } from "../../core/states/state.js";
import type { GetProviderSchemaResponse, Provider as ProviderInstance, ProviderDiagnostic } from "../../providers/provider.js";
import type { Value } from "../../lang/values/value.js";
import type { CommandIO } from "../io.js";
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

/** What validate needs of providers: schema lookups by provider source address, and the providers' own checks. */
export interface ValidationProviders {
  readonly resourceSchema: (provider: string, mode: "managed" | "data", type: string) => BlockSchema | undefined;
  readonly providerSchema: (provider: string) => BlockSchema | undefined;
  readonly validateWithProvider: (provider: string, mode: "managed" | "data", type: string, config: Value) => Promise<readonly ProviderDiagnostic[]>;
  /** Ends the provider instances. */
  close(): Promise<void>;
}

/**
 * One unconfigured instance of each provider the configuration uses (as Terraform's validate starts
 * them), for its schema and its validation of resource and data source configurations.
 */
export async function validationProviders(cwd: string, config: Config, io?: Pick<CommandIO, "env" | "stderr">): Promise<ValidationProviders> {
  const byAddr = new Map<string, Provider>();
  for (const p of configProviders(config)) byAddr.set(p.toString(), p);
  const resolve = builtinResolver(cwd, io);
  const started = new Map<string, { provider: ProviderInstance; schema: GetProviderSchemaResponse }>();
  for (const [addr, p] of byAddr) {
    const factory = resolve(p);
    if (!factory) continue;
    const provider = await factory();
    started.set(addr, { provider, schema: await provider.getProviderSchema() });
  }
  return {
    resourceSchema: (provider, mode, type) => {
      const s = started.get(provider)?.schema;
      return (mode === "data" ? s?.dataSources[type] : s?.resourceTypes[type])?.block;
    },
    providerSchema: (provider) => started.get(provider)?.schema.provider.block,
    validateWithProvider: async (provider, mode, type, value) => {
      const p = started.get(provider)?.provider;
      if (!p) return [];
      const r = mode === "data" ? await p.validateDataResourceConfig({ typeName: type, config: value }) : await p.validateResourceConfig({ typeName: type, config: value });
      return r.diagnostics;
    },
    close: async () => {
      await Promise.all([...started.values()].map((s) => s.provider.close()));
    },
  };
}
