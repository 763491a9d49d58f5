import type { GetProviderSchemaResponse } from "../../providers/provider.js";
import type { BlockSchema } from "../../providers/schema.js";
import { builtinProviders } from "../../providers/builtin/index.js";

// The resource schemas of the built-in providers, fetched once for a command that checks
// configuration without running providers otherwise (validate).

/** A lookup of resource and data source schemas by provider source address. */
export async function builtinResourceSchemas(cwd: string): Promise<(provider: string, mode: "managed" | "data", type: string) => BlockSchema | undefined> {
  const schemas = new Map<string, GetProviderSchemaResponse>();
  for (const [source, factory] of builtinProviders({ cwd })) {
    const p = await factory();
    schemas.set(source, await p.getProviderSchema());
    await p.close();
  }
  return (provider, mode, type) => {
    const s = schemas.get(provider);
    return (mode === "data" ? s?.dataSources[type] : s?.resourceTypes[type])?.block;
  };
}
