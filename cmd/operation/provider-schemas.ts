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

/** Started provider instances with their schemas, by address, and the providers nothing serves. */
interface StartedProviders {
  readonly started: ReadonlyMap<string, { readonly provider: ProviderInstance; readonly schema: GetProviderSchemaResponse }>;
  readonly unavailable: readonly string[];
  close(): Promise<void>;
}

// One unconfigured instance of each provider (sorted by address), started and asked for its schema.
async function startProviders(cwd: string, providers: Iterable<Provider>, io?: Pick<CommandIO, "env" | "stderr">): Promise<StartedProviders> {
  const byAddr = new Map<string, Provider>();
  for (const p of providers) byAddr.set(p.toString(), p);
  const resolve = builtinResolver(cwd, io);
  const started = new Map<string, { provider: ProviderInstance; schema: GetProviderSchemaResponse }>();
  const running: ProviderInstance[] = [];
  const unavailable: string[] = [];
  const close = async (): Promise<void> => void (await Promise.all(running.map((p) => p.close())));
  try {
    for (const addr of [...byAddr.keys()].sort()) {
      const factory = resolve(byAddr.get(addr)!);
      if (!factory) {
        unavailable.push(addr);
        continue;
      }
      const provider = await factory();
      running.push(provider);
      started.set(addr, { provider, schema: await provider.getProviderSchema() });
    }
  } catch (e) {
    await close();
    throw e;
  }
  return { started, unavailable, close };
}

/** Loads each provider's schema (sorted by address), starting and closing each provider once. */
export async function loadProviderSchemas(cwd: string, providers: Iterable<Provider>): Promise<LoadedSchemas> {
  const { started, unavailable, close } = await startProviders(cwd, providers);
  await close();
  return { schemas: new Map([...started].map(([addr, s]) => [addr, s.schema])), unavailable };
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
  const { started, close } = await startProviders(cwd, configProviders(config), io);
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
    close,
  };
}
