import { HttpRequestError, statusLine, type HttpClient } from "./http-client.js";

// Terraform's remote service discovery (svchost/disco): a host's services (`providers.v1`, `modules.v1`)
// are listed in https://HOST/.well-known/terraform.json, each a URL resolved against that document's URL.
// The CLI configuration's `host` blocks replace discovery for their hosts, and `credentials` blocks or
// TF_TOKEN_<host> environment variables give the bearer token sent to a host's services.

/** A host's discovered services. */
export interface HostServices {
  readonly host: string;
  /** The service's base URL (ending in "/"), or undefined when the host does not offer it. */
  serviceURL(id: string): URL | undefined;
  /** The `Authorization` header for this host's services, when a token is configured. */
  authHeaders(): Record<string, string>;
}

/** Service map and token overrides from the CLI configuration. */
export interface DiscoveryConfig {
  /** host -> service id -> URL, from `host "NAME" { services = {...} }`. */
  readonly hosts?: ReadonlyMap<string, Readonly<Record<string, string>>>;
  /** host -> token, from `credentials "NAME" { token = "..." }`. */
  readonly credentials?: ReadonlyMap<string, string>;
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** Why discovery failed, as Terraform says it. */
export class DiscoveryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DiscoveryError";
  }
}

const WELL_KNOWN = "/.well-known/terraform.json";

/** Discovers hosts' services, once per host. */
export class ServiceDiscovery {
  readonly #cache = new Map<string, Promise<HostServices>>();

  constructor(private readonly http: HttpClient, private readonly config: DiscoveryConfig = {}) {}

  /** The services of a host (`registry.terraform.io`, `localhost:8443`); rejects with DiscoveryError. */
  discover(host: string): Promise<HostServices> {
    const key = host.toLowerCase();
    let p = this.#cache.get(key);
    if (!p) {
      p = this.#discover(key);
      this.#cache.set(key, p);
    }
    return p;
  }

  /** The bearer token for a host: TF_TOKEN_<host> wins over a credentials block. */
  token(host: string): string | undefined {
    const env = this.config.env ?? process.env;
    const name = `TF_TOKEN_${host.replace(/-/g, "__").replace(/\./g, "_")}`;
    return env[name] ?? this.config.credentials?.get(host);
  }

  async #discover(host: string): Promise<HostServices> {
    const overridden = this.config.hosts?.get(host);
    if (overridden) return this.#services(host, overridden, new URL(`https://${host}${WELL_KNOWN}`));
    const url = `https://${host}${WELL_KNOWN}`;
    let res;
    try {
      res = await this.http.get(url, { headers: this.#auth(host) });
    } catch (e) {
      const reason = e instanceof HttpRequestError ? e.message : String(e);
      throw new DiscoveryError(`Failed to request discovery document: ${reason}`);
    }
    if (res.status === 404) return this.#services(host, {}, new URL(url));
    if (res.status !== 200) throw new DiscoveryError(`Failed to request discovery document: ${statusLine(res.status)}`);
    const type = (res.headers["content-type"] ?? "").split(";")[0]!.trim();
    if (type !== "application/json") throw new DiscoveryError(`Discovery URL has a malformed Content-Type "${res.headers["content-type"] ?? ""}"`);
    let doc: unknown;
    try {
      doc = JSON.parse(res.body.toString("utf8"));
    } catch (e) {
      throw new DiscoveryError(`Failed to decode discovery document as a JSON object: ${(e as Error).message}`);
    }
    if (typeof doc !== "object" || doc === null || Array.isArray(doc)) throw new DiscoveryError("Failed to decode discovery document as a JSON object");
    return this.#services(host, doc as Record<string, unknown>, new URL(res.url));
  }

  #services(host: string, doc: Readonly<Record<string, unknown>>, base: URL): HostServices {
    return {
      host,
      serviceURL: (id) => {
        const raw = doc[id];
        if (typeof raw !== "string") return undefined;
        const u = new URL(raw, base);
        if (!u.pathname.endsWith("/")) u.pathname += "/";
        return u;
      },
      authHeaders: () => this.#auth(host),
    };
  }

  #auth(host: string): Record<string, string> {
    const token = this.token(host);
    return token ? { authorization: `Bearer ${token}` } : {};
  }
}
