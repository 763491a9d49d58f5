// What the module installer needs from outside core: an HTTP(S) client and service discovery for
// module registries (the CLI wires in providers/registry's), the environment the `git` command runs
// with, and a place for temporary downloads. Defined here so core depends only on these shapes.

/** A response with its body read whole. */
export interface FetchResponse {
  /** The URL finally answered (after redirects). */
  readonly url: string;
  readonly status: number;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly body: Buffer;
}

/** A GET-only HTTP(S) client; rejects (with an Error whose message is Go-like) when no answer came. */
export interface ModuleHttpClient {
  get(url: string, opts?: { headers?: Readonly<Record<string, string>> }): Promise<FetchResponse>;
}

/** A host's discovered services. */
export interface DiscoveredHost {
  /** The service's base URL (ending in "/"), or undefined when the host does not offer it. */
  serviceURL(id: string): URL | undefined;
  /** The `Authorization` header for this host, when a token is configured. */
  authHeaders(): Record<string, string>;
}

/** Terraform's service discovery; rejects with an Error saying why discovery failed. */
export interface ModuleDiscovery {
  discover(host: string): Promise<DiscoveredHost>;
}

/** Everything the installer reaches outside the configuration with. */
export interface InstallEnv {
  readonly http: ModuleHttpClient;
  readonly discovery: ModuleDiscovery;
  /** Environment variables for `git` (PATH, HOME, GIT_*). */
  readonly env: Readonly<Record<string, string | undefined>>;
}
