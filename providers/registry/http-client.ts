import { readFileSync } from "node:fs";
import { STATUS_CODES } from "node:http";
import { rootCertificates } from "node:tls";
import { Agent, request, type Dispatcher } from "undici";
import { TERRANE_USER_AGENT } from "./user-agent.js";

// The HTTPS client for registries, mirrors and module archives. It trusts the system's roots plus the
// certificates in SSL_CERT_FILE (as Go programs such as Terraform do on Linux, so a test registry's
// certificate can be trusted the same way for both), sends Terraform's kind of User-Agent, follows up to
// ten redirects and gives up after TF_REGISTRY_CLIENT_TIMEOUT seconds (10 by default).

/** A response with its body read whole. */
export interface HttpResponse {
  readonly url: string;
  readonly status: number;
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly body: Buffer;
}

/** A request that could not be made or answered (DNS, TLS, refused, timed out). */
export class HttpRequestError extends Error {
  constructor(readonly url: string, message: string) {
    super(message);
    this.name = "HttpRequestError";
  }
}

/** What a GET may add: request headers (an Authorization token, Accept). */
export interface GetOptions {
  readonly headers?: Readonly<Record<string, string>>;
}

/** A small GET-only HTTP(S) client. */
export interface HttpClient {
  get(url: string, opts?: GetOptions): Promise<HttpResponse>;
  close(): Promise<void>;
}

const MAX_REDIRECTS = 10;

/** A client configured from the environment (SSL_CERT_FILE, TF_REGISTRY_CLIENT_TIMEOUT). */
export function httpClient(env: Readonly<Record<string, string | undefined>> = process.env): HttpClient {
  const timeoutSeconds = Number(env.TF_REGISTRY_CLIENT_TIMEOUT ?? "10");
  const timeout = (Number.isFinite(timeoutSeconds) && timeoutSeconds > 0 ? timeoutSeconds : 10) * 1000;
  const agent = new Agent({ connect: { ca: trustedCertificates(env) }, headersTimeout: timeout, bodyTimeout: timeout, connectTimeout: timeout });
  return {
    get: (url, opts) => get(agent, url, opts ?? {}, 0),
    close: () => agent.close(),
  };
}

async function get(agent: Dispatcher, url: string, opts: GetOptions, redirects: number): Promise<HttpResponse> {
  let res: Dispatcher.ResponseData;
  try {
    res = await request(url, { dispatcher: agent, method: "GET", headers: { "user-agent": TERRANE_USER_AGENT, ...opts.headers } });
  } catch (e) {
    throw new HttpRequestError(url, `Get ${JSON.stringify(url)}: ${describe(e)}`);
  }
  const body = Buffer.from(await res.body.arrayBuffer());
  const location = header(res.headers.location);
  if (res.statusCode >= 300 && res.statusCode < 400 && location !== undefined) {
    if (redirects >= MAX_REDIRECTS) throw new HttpRequestError(url, `Get ${JSON.stringify(url)}: stopped after ${MAX_REDIRECTS} redirects`);
    return get(agent, new URL(location, url).toString(), opts, redirects + 1);
  }
  const headers: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(res.headers)) headers[k.toLowerCase()] = header(v);
  return { url, status: res.statusCode, headers, body };
}

/** Go's `resp.Status`: `404 Not Found` (the code alone when it has no standard text). */
export function statusLine(status: number): string {
  const text = STATUS_CODES[status];
  return text ? `${status} ${text}` : `${status}`;
}

function header(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

function trustedCertificates(env: Readonly<Record<string, string | undefined>>): string[] {
  const file = env.SSL_CERT_FILE;
  if (!file) return [...rootCertificates];
  try {
    return [...rootCertificates, readFileSync(file, "utf8")];
  } catch {
    return [...rootCertificates];
  }
}

function describe(e: unknown): string {
  const err = e as { code?: string; message?: string; cause?: { code?: string; message?: string } };
  const cause = err.cause?.message ?? err.message ?? String(e);
  if (err.code === "UND_ERR_HEADERS_TIMEOUT" || err.code === "UND_ERR_CONNECT_TIMEOUT" || err.code === "UND_ERR_BODY_TIMEOUT") {
    return "context deadline exceeded (Client.Timeout exceeded while awaiting headers)";
  }
  return cause;
}
