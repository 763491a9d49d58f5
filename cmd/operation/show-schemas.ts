import type { Config } from "../../core/configs/model.js";
import { impliedLocalName, providerForLocalName } from "../../core/graph/provider-addresses.js";
import type { State } from "../../core/states/state.js";
import { errorDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import { builtinProviders } from "../../providers/builtin/index.js";
import type { GetProviderSchemaResponse } from "../../providers/provider.js";
import type { SchemaLookup } from "../views/json/index.js";

// The provider schemas `show` decodes states and plans with (Terraform's MaybeGetSchemas): every
// provider the state or configuration uses must be one Terrane has, or there is nothing to decode
// its objects with.

/** Provider schemas by provider source address. */
export type SchemaMap = ReadonlyMap<string, GetProviderSchemaResponse>;

/** The schemas of the built-in providers that the state and the configuration use. */
export async function showSchemas(cwd: string, state: State | undefined, config: Config | undefined): Promise<{ schemas: SchemaMap; diagnostics: Diagnostic[] }> {
  const wanted = new Set<string>();
  for (const { resource } of state?.allInstances() ?? []) wanted.add(resource.provider.provider.toString());
  if (config) collectConfigProviders(config, wanted);
  const factories = builtinProviders({ cwd });
  const schemas = new Map<string, GetProviderSchemaResponse>();
  const diagnostics: Diagnostic[] = [];
  for (const source of [...wanted].sort()) {
    const factory = factories.get(source);
    if (!factory) {
      diagnostics.push(unavailable(source));
      continue;
    }
    const p = await factory();
    schemas.set(source, await p.getProviderSchema());
    await p.close();
  }
  return { schemas, diagnostics };
}

function collectConfigProviders(config: Config, into: Set<string>): void {
  for (const r of [...config.module.managedResources.values(), ...config.module.dataResources.values()]) {
    into.add(providerForLocalName(config.module, r.provider?.name ?? impliedLocalName(r.type)).toString());
  }
  for (const child of config.children.values()) collectConfigProviders(child, into);
}

function unavailable(source: string): Diagnostic {
  return errorDiag(
    "Failed to load plugin schemas",
    `Error while loading schemas for plugin components: Failed to obtain provider schema: Could not load the schema for provider ${source}: provider ${source} is not available in Terrane (only the built-in providers are)..`,
  );
}

/** The JSON views' schema lookup over loaded schemas. */
export function jsonSchemaLookup(schemas: SchemaMap): SchemaLookup {
  return (provider, mode, type) => {
    const s = schemas.get(provider);
    return mode === "data" ? s?.dataSources[type] : s?.resourceTypes[type];
  };
}
