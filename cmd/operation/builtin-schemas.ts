import type { GetProviderSchemaResponse } from "../../providers/provider.js";
import type { BlockSchema } from "../../providers/schema.js";
import { builtinProviders } from "../../providers/builtin/index.js";

// The resource and provider schemas of the built-in providers, fetched once for a command that checks
// configuration without running providers otherwise (validate).

/** Schema lookups by provider source address: resource and data source schemas, and provider configuration schemas. */
export interface BuiltinSchemas {
  readonly resourceSchema: (provider: string, mode: "managed" | "data", type: string) => BlockSchema | undefined;
  readonly providerSchema: (provider: string) => BlockSchema | undefined;
}

/** The schemas of every built-in provider. */
export async function builtinSchemas(cwd: string): Promise<BuiltinSchemas> {
  const schemas = new Map<string, GetProviderSchemaResponse>();
  for (const [source, factory] of builtinProviders({ cwd })) {
    const p = await factory();
    schemas.set(source, await p.getProviderSchema());
    await p.close();
  }
  return {
    resourceSchema: (provider, mode, type) => {
      const s = schemas.get(provider);
      return (mode === "data" ? s?.dataSources[type] : s?.resourceTypes[type])?.block;
    },
    providerSchema: (provider) => schemas.get(provider)?.provider.block,
  };
}
