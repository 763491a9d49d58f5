// Service discovery and the HTTPS client against a real local HTTPS server: the well-known document,
// relative service URLs, redirects, hosts without a document, bad answers, host overrides that skip
// the network, bearer tokens from TF_TOKEN_* and credentials blocks, and an untrusted certificate.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DiscoveryError, httpClient, ServiceDiscovery, type HttpClient } from "../../../providers/registry/index.js";
import { sendBytes, sendJson, startHttpsServer, type TestHttpsServer } from "../../helpers/https-server.js";

let server: TestHttpsServer;
let http: HttpClient;
const seenAuth: (string | undefined)[] = [];

beforeAll(async () => {
  server = await startHttpsServer();
  http = httpClient({ SSL_CERT_FILE: server.caFile });
  server.route("/.well-known/terraform.json", (req, res) => {
    seenAuth.push(req.headers.authorization);
    sendJson(res, 200, { "providers.v1": "/v1/providers", "modules.v1": "https://modules.example.com/v1/modules/", "login.v1": { client: "x" } });
  });
});

afterAll(async () => {
  await http.close();
  await server.close();
});

describe("ServiceDiscovery", () => {
  it("resolves service URLs against the document's URL and caches per host", async () => {
    const d = new ServiceDiscovery(http, { env: {} });
    const services = await d.discover(server.host);
    expect(services.serviceURL("providers.v1")?.toString()).toBe(`${server.origin}/v1/providers/`);
    expect(services.serviceURL("modules.v1")?.toString()).toBe("https://modules.example.com/v1/modules/");
    expect(services.serviceURL("login.v1")).toBeUndefined();
    expect(services.serviceURL("nope.v1")).toBeUndefined();
    const before = server.requests.length;
    await d.discover(server.host.toUpperCase());
    expect(server.requests.length).toBe(before);
  });

  it("follows redirects and resolves against the final URL", async () => {
    server.route("/redir/", (_req, res) => {
      res.writeHead(302, { location: "/.well-known/terraform.json" });
      res.end();
    });
    const r = await http.get(`${server.origin}/redir/x`);
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body.toString())).toHaveProperty(["providers.v1"]);
  });

  it("sends TF_TOKEN_<host> or a credentials block's token as a bearer token", async () => {
    const host = server.host;
    const envName = `TF_TOKEN_${host.replace(/\./g, "_")}`;
    seenAuth.length = 0;
    await new ServiceDiscovery(http, { env: { [envName]: "from-env" }, credentials: new Map([[host, "from-config"]]) }).discover(host);
    await new ServiceDiscovery(http, { env: {}, credentials: new Map([[host, "from-config"]]) }).discover(host);
    expect(seenAuth).toEqual(["Bearer from-env", "Bearer from-config"]);
    expect(new ServiceDiscovery(http, { env: { "TF_TOKEN_my__host_example_com": "t" } }).token("my-host.example.com")).toBe("t");
  });

  it("uses a host block's services without asking the host", async () => {
    const before = server.requests.length;
    const d = new ServiceDiscovery(http, { env: {}, hosts: new Map([["example.com", { "providers.v1": "https://localhost:1/p" }]]) });
    const s = await d.discover("example.com");
    expect(s.serviceURL("providers.v1")?.toString()).toBe("https://localhost:1/p/");
    expect(server.requests.length).toBe(before);
  });

  it("reports bad discovery answers as Terraform does", async () => {
    const other = await startHttpsServer();
    const client = httpClient({ SSL_CERT_FILE: other.caFile });
    try {
      other.route("/.well-known/", (_req, res) => sendBytes(res, "<html/>", "text/html"));
      await expect(new ServiceDiscovery(client, { env: {} }).discover(other.host)).rejects.toThrow('Discovery URL has a malformed Content-Type "text/html"');
      other.route("/.well-known/", (_req, res) => sendBytes(res, "{", "application/json"));
      await expect(new ServiceDiscovery(client, { env: {} }).discover(other.host)).rejects.toThrow(/^Failed to decode discovery document as a JSON object/);
      other.route("/.well-known/", (_req, res) => sendJson(res, 500, {}));
      await expect(new ServiceDiscovery(client, { env: {} }).discover(other.host)).rejects.toThrow("Failed to request discovery document: 500 Internal Server Error");
      other.route("/.well-known/", () => false);
      const none = await new ServiceDiscovery(client, { env: {} }).discover(other.host);
      expect(none.serviceURL("providers.v1")).toBeUndefined();
    } finally {
      await client.close();
      await other.close();
    }
  });

  it("refuses a certificate that is not trusted, and an unreachable host", async () => {
    const untrusting = httpClient({});
    try {
      const err = await new ServiceDiscovery(untrusting, { env: {} }).discover(server.host).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DiscoveryError);
      expect((err as Error).message).toMatch(/^Failed to request discovery document: Get "https:\/\/localhost:\d+\/\.well-known\/terraform\.json": self[- ]signed certificate/);
      const closed = await new ServiceDiscovery(untrusting, { env: {} }).discover("localhost:1").catch((e: unknown) => e);
      expect((closed as Error).message).toMatch(/^Failed to request discovery document: Get "https:\/\/localhost:1\/\.well-known\/terraform\.json": .*ECONNREFUSED/);
    } finally {
      await untrusting.close();
    }
  });
});
