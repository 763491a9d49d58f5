import { PROTOCOL_VERSIONS } from "../plugin/protocol-versions.js";
import type { HttpClient, HttpResponse } from "../registry/http-client.js";
import { statusLine } from "../registry/http-client.js";
import { getWithRetry, statusFrom, type RetryPolicy } from "./registry-http.js";
import { readDownloadMetadata, type DownloadMetadata } from "./registry-metadata.js";
import { compareSemVer, parseSemVer, protocolMajor } from "./registry-versions.js";
import type { ProviderAddr, SourceError } from "./source.js";

// The provider registry protocol v1 for one registry (Terraform's getproviders registryClient): the
// `:namespace/:type/versions` list and the `:namespace/:type/:version/download/:os/:arch` metadata,
// whose SHA256SUMS document and signature are fetched at once, with Terraform's error for each answer.

/** Versions (with their plugin protocols) and the registry's warnings. */
export interface ProviderVersions {
  readonly versions: ReadonlyMap<string, readonly string[]>;
  readonly warnings: readonly string[];
}

/** What one registry's client needs. */
export interface RegistryClientConfig {
  readonly http: HttpClient;
  /** The `providers.v1` service URL, ending in "/". */
  readonly baseURL: URL;
  /** The Authorization header, when a token is configured for the host. */
  readonly authHeaders: Record<string, string>;
  readonly retry: RetryPolicy;
}

type Result<T> = T | { readonly error: SourceError };

/** Talks to one registry's provider service. */
export class RegistryClient {
  constructor(private readonly config: RegistryClientConfig) {}

  /** The versions of a provider (ProviderVersions). */
  async providerVersions(addr: ProviderAddr): Promise<Result<ProviderVersions>> {
    const res = await this.#get(addr, `${addr.namespace}/${addr.type}/versions`);
    if ("error" in res) return res;
    if (res.status === 404) return fail("provider-not-known", `provider registry ${addr.hostname} does not have a provider named ${addr}`);
    const body = parseJson(addr, res);
    if ("error" in body) return body;
    const doc = body.json as { versions?: { version?: string; protocols?: string[] }[]; warnings?: string[] } | null;
    const versions = new Map<string, string[]>();
    for (const v of doc?.versions ?? []) versions.set(String(v.version ?? ""), (v.protocols ?? []).map(String));
    return { versions, warnings: (doc?.warnings ?? []).map(String) };
  }

  /** The download metadata of one package, with its SHA256SUMS and signature (PackageMeta). */
  async downloadMetadata(addr: ProviderAddr, version: string, platform: string): Promise<Result<DownloadMetadata>> {
    const [os, arch] = platform.split("_");
    const res = await this.#get(addr, `${addr.namespace}/${addr.type}/${version}/download/${os}/${arch}`);
    if ("error" in res) return res;
    if (res.status === 404) return fail("platform-not-supported", `provider ${addr} ${version} is not available for ${platform}`);
    const body = parseJson(addr, res);
    if ("error" in body) return body;
    const meta = readDownloadMetadata(body.json, new URL(res.url), platform);
    if ("error" in meta) return fail("query-failed", meta.queryFailed ? queryFailed(addr, meta.error) : meta.error);
    const unsupported = await this.#checkProtocols(addr, version, meta.protocols);
    if (unsupported) return { error: unsupported };
    const sums = await this.#getFile(meta.shasumsURL, "authentication checksums");
    if (typeof sums === "string") return fail("query-failed", queryFailed(addr, sums));
    const signature = await this.#getFile(meta.signatureURL, "cryptographic signature");
    if (typeof signature === "string") return fail("query-failed", queryFailed(addr, signature));
    return { ...meta, sums, signature };
  }

  async #checkProtocols(addr: ProviderAddr, version: string, protocols: readonly string[]): Promise<SourceError | undefined> {
    if (protocols.length === 0 || protocols.some(supportedProtocol)) return undefined;
    const message = `provider ${addr} ${version} is not supported by this version of Terrane`;
    const all = await this.providerVersions(addr);
    if ("error" in all) return all.error;
    const suggestion = newestSupported(all.versions);
    return { kind: "protocol-not-supported", message, ...(suggestion ? { suggestion } : {}) };
  }

  async #get(addr: ProviderAddr, path: string): Promise<HttpResponse | { readonly error: SourceError }> {
    const url = new URL(path, this.config.baseURL).toString();
    const res = await getWithRetry(this.config.http, url, this.config.authHeaders, this.config.retry);
    if ("error" in res) return fail("query-failed", queryFailed(addr, res.error));
    if (res.status === 401 || res.status === 403) {
      const why = Object.keys(this.config.authHeaders).length > 0 ? "rejected the given authentication credentials" : "requires authentication credentials";
      return fail("unauthorized", `host ${addr.hostname} ${why}`);
    }
    if (res.status !== 200 && res.status !== 404) return fail("query-failed", queryFailed(addr, statusLine(res.status)));
    return res;
  }

  // SHA256SUMS and its signature are fetched without the registry's credentials, as Terraform does.
  async #getFile(url: URL, what: string): Promise<Buffer | string> {
    const res = await getWithRetry(this.config.http, url.toString(), {}, this.config.retry);
    if ("error" in res) return `failed to retrieve ${what} for provider: ${res.error}`;
    if (res.status !== 200) return `failed to retrieve ${what} for provider: ${statusFrom(res)}`;
    return res.body;
  }
}

function supportedProtocol(p: string): boolean {
  const major = protocolMajor(p);
  return major !== undefined && (PROTOCOL_VERSIONS as readonly number[]).includes(major);
}

function newestSupported(versions: ReadonlyMap<string, readonly string[]>): string | undefined {
  const parsed = [...versions].flatMap(([raw, protocols]) => {
    const v = parseSemVer(raw);
    return "error" in v ? [] : [{ v, protocols }];
  });
  parsed.sort((a, b) => compareSemVer(b.v, a.v));
  return parsed.find((p) => p.protocols.some(supportedProtocol))?.v.text;
}

function parseJson(addr: ProviderAddr, res: HttpResponse): { json: unknown } | { error: SourceError } {
  try {
    return { json: JSON.parse(res.body.toString("utf8")) };
  } catch (e) {
    return fail("query-failed", queryFailed(addr, goJsonError(res.body.toString("utf8"), e as Error)));
  }
}

// Go's encoding/json texts for the two usual ways a body is not JSON.
function goJsonError(text: string, e: Error): string {
  const first = text.trimStart()[0];
  if (first === undefined) return "EOF";
  if (!/[[{"0-9tfn-]/.test(first)) return `invalid character '${first}' looking for beginning of value`;
  return e.message;
}

function queryFailed(addr: ProviderAddr, why: string): string {
  return `could not query provider registry for ${addr}: ${why}`;
}

function fail(kind: SourceError["kind"], message: string): { readonly error: SourceError } {
  return { error: { kind, message } as SourceError };
}
