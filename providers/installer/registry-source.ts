import type { HttpClient } from "../registry/http-client.js";
import { DiscoveryError, type ServiceDiscovery } from "../registry/service-discovery.js";
import { registryPackageAuthentication } from "./registry-authentication.js";
import { RegistryClient } from "./registry-client.js";
import { retryPolicy, type RetryPolicy } from "./registry-http.js";
import { compareSemVer, parseSemVer, type SemVer } from "./registry-versions.js";
import type { AvailableVersions, PackageMeta, ProviderAddr, ProviderSource, SourceError } from "./source.js";

// Providers from their origin registries (Terraform's getproviders.RegistrySource, the `direct`
// installation method): the host of a provider's source address is asked for its `providers.v1`
// service by service discovery, then spoken to with the provider registry protocol. Packages come with
// the authentication that checks them against the registry's SHA256SUMS, signature and signing keys.

/** What a registry source needs. */
export interface RegistrySourceOptions {
  readonly discovery: ServiceDiscovery;
  readonly http: HttpClient;
  /** For TF_REGISTRY_DISCOVERY_RETRY (process.env by default). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** The first pause before a retry (1s, as Terraform). */
  readonly retryWaitMs?: number;
}

type Result<T> = T | { readonly error: SourceError };

/** A source that installs providers from the registries their addresses name. */
export class RegistrySource implements ProviderSource {
  readonly #retry: RetryPolicy;

  constructor(private readonly opts: RegistrySourceOptions) {
    this.#retry = retryPolicy(opts.env ?? process.env, opts.retryWaitMs);
  }

  /** The provider's versions, lowest precedence first, with the registry's warnings. */
  async availableVersions(provider: ProviderAddr): Promise<Result<AvailableVersions>> {
    const client = await this.#client(provider);
    if ("error" in client) return client;
    const res = await client.providerVersions(provider);
    if ("error" in res) return res;
    const parsed: SemVer[] = [];
    for (const raw of res.versions.keys()) {
      const v = parseSemVer(raw);
      if ("error" in v) return queryFailed(provider, `registry response includes invalid version string ${JSON.stringify(raw)}: ${v.error}`);
      parsed.push(v);
    }
    return { versions: parsed.sort(compareSemVer).map((v) => v.text), warnings: res.warnings };
  }

  /** The package of one version for one platform (`linux_amd64`), with its authentication. */
  async packageMeta(provider: ProviderAddr, version: string, platform: string): Promise<Result<PackageMeta>> {
    const client = await this.#client(provider);
    if ("error" in client) return client;
    const meta = await client.downloadMetadata(provider, version, platform);
    if ("error" in meta) return meta;
    return {
      provider,
      version,
      platform,
      filename: meta.filename,
      location: { kind: "http", url: meta.downloadURL.toString() },
      protocolVersions: meta.protocols,
      authentication: registryPackageAuthentication(meta),
    };
  }

  /** `registry HOST`, as Terraform names this source. */
  forDisplay(provider: ProviderAddr): string {
    return `registry ${provider.hostname}`;
  }

  async #client(provider: ProviderAddr): Promise<Result<RegistryClient>> {
    const host = provider.hostname;
    let services;
    try {
      services = await this.opts.discovery.discover(host);
    } catch (e) {
      if (!(e instanceof DiscoveryError)) throw e;
      return { error: { kind: "host-unreachable", message: `could not connect to ${host}: ${lowerFirst(e.message)}` } };
    }
    const baseURL = services.serviceURL("providers.v1");
    if (baseURL) return new RegistryClient({ http: this.opts.http, baseURL, authHeaders: services.authHeaders(), retry: this.#retry });
    return { error: noProviders(host, hasOtherVersion((id) => services.serviceURL(id) !== undefined)) };
  }
}

// Discovery documents list services by id; another version of providers.* means an incompatible host.
function hasOtherVersion(offers: (id: string) => boolean): boolean {
  for (let v = 0; v <= 9; v++) if (v !== 1 && offers(`providers.v${v}`)) return true;
  return false;
}

function noProviders(host: string, otherVersion: boolean): SourceError {
  const message = otherVersion
    ? `host ${host} does not support the provider registry protocol required by this Terrane version, but may be compatible with a different Terrane version`
    : `host ${host} does not offer a Terraform provider registry`;
  return { kind: "host-no-providers", message, otherVersion };
}

// Terraform's svchost words discovery failures in lower case ("failed to request discovery document").
function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

function queryFailed(provider: ProviderAddr, why: string): { readonly error: SourceError } {
  return { error: { kind: "query-failed", message: `could not query provider registry for ${provider}: ${why}` } };
}
