import type { Config } from "../../core/configs/model.js";
import type { State } from "../../core/states/state.js";
import { errorDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import type { SchemaLookup } from "../views/json/index.js";
import { configProviders, loadProviderSchemas, stateProviders, type SchemaMap } from "./provider-schemas.js";

// The provider schemas `show` decodes states and plans with (Terraform's MaybeGetSchemas): every
// provider the state or configuration uses must be installed or built in, or there is nothing to
// decode its objects with.

export type { SchemaMap } from "./provider-schemas.js";

/** The schemas of the providers that the state and the configuration use (installed plugins or built-in). */
export async function showSchemas(cwd: string, state: State | undefined, config: Config | undefined): Promise<{ schemas: SchemaMap; diagnostics: Diagnostic[] }> {
  const providers = [...stateProviders(state), ...(config ? configProviders(config) : [])];
  const { schemas, unavailable: missing } = await loadProviderSchemas(cwd, providers);
  return { schemas, diagnostics: missing.map(unavailable) };
}

function unavailable(source: string): Diagnostic {
  return errorDiag(
    "Failed to load plugin schemas",
    `Error while loading schemas for plugin components: Failed to obtain provider schema: Could not load the schema for provider ${source}: failed to instantiate provider "${source}" to obtain schema: unavailable provider "${source}"..`,
  );
}

/** The JSON views' schema lookup over loaded schemas. */
export function jsonSchemaLookup(schemas: SchemaMap): SchemaLookup {
  return (provider, mode, type) => {
    const s = schemas.get(provider);
    return mode === "data" ? s?.dataSources[type] : s?.resourceTypes[type];
  };
}
