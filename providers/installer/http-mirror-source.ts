import type { HttpClient, HttpResponse } from "../registry/http-client.js";
import { packageHashAuthentication } from "./hash-authentication.js";
import { getWithRetry, retryPolicy, type RetryPolicy } from "./registry-http.js";
import { compareSemVer, parseSemVer } from "./registry-versions.js";
import { platformNotSupported, providerNotFound, type AvailableVersions, type PackageMeta, type ProviderAddr, type ProviderSource, type SourceError } from "./source.js";

// A network mirror (Terraform's HTTPMirrorSource, the provider network mirror protocol): under the
// mirror's base URL, `HOST/NAMESPACE/TYPE/index.json` lists the versions and `.../VERSION.json` the
// archives per platform with their hashes; archive URLs are relative to that document. Packages are
// authenticated by those hashes ("verified checksum").

/** What a network mirror source needs. */
export interface HttpMirrorOptions {
  readonly http: HttpClient;
  /** The Authorization header for the mirror's host, when credentials are configured. */
  readonly authHeaders?: (host: string) => Record<string, string>;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly retryWaitMs?: number;
}

type Result<T> = T | { readonly error: SourceError };

/** Provider packages from a network mirror. */
export class HttpMirrorSource implements ProviderSource {
  readonly #retry: RetryPolicy;

  constructor(readonly baseURL: URL, private readonly opts: HttpMirrorOptions) {
    this.#retry = retryPolicy(opts.env ?? {}, opts.retryWaitMs);
  }

  /** The versions the mirror's index.json lists, lowest first (invalid ones ignored). */
  async availableVersions(provider: ProviderAddr): Promise<Result<AvailableVersions>> {
    const res = await this.#getJson(provider, "index.json");
    if ("error" in res) return res;
    if (res.status === 404) return providerNotFound(provider, []);
    const versions = Object.keys(objectField(res.json, "versions") ?? {}).filter((v) => !("error" in parseSemVer(v)));
    const sorted = versions.sort((a, b) => compareSemVer(parseSemVer(a) as never, parseSemVer(b) as never));
    return { versions: sorted.map((v) => (parseSemVer(v) as { text: string }).text), warnings: [] };
  }

  /** The archive of one version for one platform, with the mirror's hashes as its authentication. */
  async packageMeta(provider: ProviderAddr, version: string, platform: string): Promise<Result<PackageMeta>> {
    const res = await this.#getJson(provider, `${version}.json`);
    if ("error" in res) return res;
    if (res.status === 404) return this.#failed(provider, `provider mirror does not have archive index for previously-reported ${provider} version ${version}`);
    const archive = objectField(objectField(res.json, "archives") ?? {}, platform);
    if (!archive) return platformNotSupported(provider, version, platform, this.baseURL.toString());
    const rel = typeof archive.url === "string" ? archive.url : "";
    let abs: URL;
    try {
      abs = new URL(rel, res.url);
    } catch (e) {
      return this.#failed(provider, `provider mirror returned invalid URL ${JSON.stringify(rel)}: ${(e as Error).message}`);
    }
    const hashes = Array.isArray(archive.hashes) ? archive.hashes.map(String) : [];
    const filename = abs.pathname.slice(abs.pathname.lastIndexOf("/") + 1);
    const meta: PackageMeta = { provider, version, platform, filename, location: { kind: "http", url: abs.toString() } };
    return hashes.length > 0 ? { ...meta, authentication: packageHashAuthentication(hashes) } : meta;
  }

  /** `provider mirror at URL`. */
  forDisplay(): string {
    return `provider mirror at ${this.baseURL}`;
  }

  async #getJson(provider: ProviderAddr, file: string): Promise<Result<{ status: number; json?: unknown; url: string }>> {
    const url = new URL(`${provider.hostname}/${provider.namespace}/${provider.type}/${file}`, this.baseURL);
    const res = await getWithRetry(this.opts.http, url.toString(), this.opts.authHeaders?.(url.host) ?? {}, this.#retry);
    if ("error" in res) return this.#failed(provider, res.error);
    if (res.status === 401 || res.status === 403) {
      return { error: { kind: "unauthorized", message: `host ${new URL(res.url).host} rejected the given authentication credentials` } };
    }
    if (res.status === 404) return { status: 404, url: res.url };
    if (res.status !== 200) return this.#failed(provider, `server returned unsuccessful status ${res.status}`);
    const body = jsonBody(res);
    return "error" in body ? this.#failed(provider, body.error) : { status: 200, json: body.json, url: res.url };
  }

  #failed(provider: ProviderAddr, why: string): { readonly error: SourceError } {
    return { error: { kind: "query-failed", message: `failed to query provider mirror ${this.baseURL} for ${provider}: ${why}` } };
  }
}

function jsonBody(res: HttpResponse): { json: unknown } | { error: string } {
  const type = (res.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
  if (type === "") return { error: "response has invalid Content-Type: mime: no media type" };
  if (type !== "application/json") return { error: "response has invalid Content-Type: must be application/json" };
  try {
    return { json: JSON.parse(res.body.toString("utf8")) };
  } catch (e) {
    return { error: `invalid response content from mirror server: ${(e as Error).message}` };
  }
}

function objectField(obj: unknown, name: string): Record<string, unknown> | undefined {
  if (typeof obj !== "object" || obj === null) return undefined;
  const v = (obj as Record<string, unknown>)[name];
  return typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}
