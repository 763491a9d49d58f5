import { mkdtempSync, writeFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { createServer } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { selfSignedCertificate } from "../../providers/plugin/tls-certificate.js";

// A local HTTPS server for tests of registries, mirrors and module archives: a fresh self-signed
// certificate for "localhost" (its own CA), written to a file so both Terrane and Terraform can be told to
// trust it through SSL_CERT_FILE. Routes are added by path prefix; every request is recorded.

/** Answers one request; return false to fall through to a 404. */
export type Route = (req: IncomingMessage, res: ServerResponse, url: URL) => boolean | void | Promise<boolean | void>;

/** A running test server. */
export interface TestHttpsServer {
  /** `localhost:PORT`. */
  readonly host: string;
  /** `https://localhost:PORT`. */
  readonly origin: string;
  /** The certificate's PEM file, for SSL_CERT_FILE. */
  readonly caFile: string;
  /** Paths requested so far, in order. */
  readonly requests: string[];
  /** Adds a handler for paths starting with `prefix` (longest prefix wins). */
  route(prefix: string, handler: Route): void;
  close(): Promise<void>;
}

/** Starts a server on a free port of 127.0.0.1. */
export async function startHttpsServer(): Promise<TestHttpsServer> {
  const cert = selfSignedCertificate({ organization: "Terrane tests" });
  const dir = mkdtempSync(join(tmpdir(), "terrane-https-"));
  const caFile = join(dir, "ca.pem");
  writeFileSync(caFile, cert.certPem);
  const routes = new Map<string, Route>();
  const requests: string[] = [];
  const server = createServer({ key: cert.keyPem, cert: cert.certPem }, (req, res) => {
    const url = new URL(req.url ?? "/", "https://localhost");
    requests.push(url.pathname + url.search);
    const prefix = [...routes.keys()].filter((p) => url.pathname.startsWith(p)).sort((a, b) => b.length - a.length)[0];
    Promise.resolve(prefix === undefined ? false : routes.get(prefix)!(req, res, url))
      .then((handled) => {
        if (handled === false && !res.headersSent) notFound(res);
      })
      .catch((e: unknown) => {
        if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
        res.end(String(e));
      });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    host: `localhost:${port}`,
    origin: `https://localhost:${port}`,
    caFile,
    requests,
    route: (prefix, handler) => void routes.set(prefix, handler),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Sends a JSON body. */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

/** Sends bytes with a content type. */
export function sendBytes(res: ServerResponse, body: Buffer | string, type = "application/octet-stream", headers: Record<string, string> = {}): void {
  res.writeHead(200, { "content-type": type, ...headers });
  res.end(body);
}

function notFound(res: ServerResponse): void {
  res.writeHead(404, { "content-type": "text/plain" });
  res.end("not found");
}
