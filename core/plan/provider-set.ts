import { errorDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import type { GetProviderSchemaResponse, Provider, ProviderFactory } from "../../providers/provider.js";
import type { AbsProviderConfig, Provider as ProviderAddr } from "../addrs/provider.js";

// The providers one operation uses (Terraform's contextPlugins plus the walk's provider cache): a
// factory per provider type, each type's schema fetched once from an unconfigured instance, and one
// running instance per provider configuration, configured by the walk and closed at the end.

/** Finds how to start a provider of a type; undefined when it is not available (not installed). */
export type ProviderResolver = (provider: ProviderAddr) => ProviderFactory | undefined;

/** Provider instances and schemas for one walk. */
export class ProviderSet {
  readonly #schemas = new Map<string, Promise<SchemaResult>>();
  readonly #configured = new Map<string, Provider>();
  readonly #started: Provider[] = [];

  constructor(private readonly resolve: ProviderResolver) {}

  /** The schema of a provider type, fetched once; errors when the provider is not available. */
  schema(provider: ProviderAddr): Promise<SchemaResult> {
    const key = provider.toString();
    let p = this.#schemas.get(key);
    if (!p) this.#schemas.set(key, (p = this.#fetchSchema(provider)));
    return p;
  }

  /** Starts the instance serving a provider configuration (not yet configured). */
  async start(addr: AbsProviderConfig): Promise<{ provider?: Provider; diagnostics: Diagnostic[] }> {
    const factory = this.resolve(addr.provider);
    if (!factory) return { diagnostics: [missingProvider(addr.provider)] };
    const provider = await factory();
    this.#started.push(provider);
    this.#configured.set(addr.toString(), provider);
    return { provider, diagnostics: [] };
  }

  /** The running instance of a provider configuration, once started. */
  instance(addr: AbsProviderConfig): Provider | undefined {
    return this.#configured.get(addr.toString());
  }

  /** The schemas fetched so far, by provider source address. */
  async fetchedSchemas(): Promise<Map<string, GetProviderSchemaResponse>> {
    const out = new Map<string, GetProviderSchemaResponse>();
    for (const [k, p] of this.#schemas) {
      const r = await p;
      if (r.schema) out.set(k, r.schema);
    }
    return out;
  }

  /** Closes every instance started. */
  async closeAll(): Promise<void> {
    await Promise.all(this.#started.splice(0).map((p) => p.close()));
  }

  async #fetchSchema(provider: ProviderAddr): Promise<SchemaResult> {
    const factory = this.resolve(provider);
    if (!factory) return { diagnostics: [missingProvider(provider)] };
    const instance = await factory();
    this.#started.push(instance);
    const schema = await instance.getProviderSchema();
    const diagnostics = schema.diagnostics.map((d) =>
      d.severity === "error" ? errorDiag(d.summary, d.detail) : { severity: d.severity, summary: d.summary, ...(d.detail ? { detail: d.detail } : {}) },
    );
    return { schema, diagnostics };
  }
}

/** A provider type's schema, or why it is not available. */
export interface SchemaResult {
  readonly schema?: GetProviderSchemaResponse;
  readonly diagnostics: Diagnostic[];
}

function missingProvider(provider: ProviderAddr): Diagnostic {
  const detail =
    `This configuration requires provider ${provider.toString()}, but that provider isn't available. ` +
    "You may be able to install it automatically by running:\n  terrane init";
  return errorDiag("Missing required provider", detail);
}
