// Provider sources below the CLI: the local directory scan (both layouts, junk skipped), include and
// exclude patterns as Terraform parses and matches them, the multi-source's union and priority, and
// the network mirror's answers for each way a mirror can fail.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseProviderPatterns } from "../../../cmd/cliconfig/index.js";
import { FilesystemMirrorSource } from "../../../providers/installer/filesystem-mirror-source.js";
import { HttpMirrorSource } from "../../../providers/installer/http-mirror-source.js";
import { searchLocalDirectory } from "../../../providers/installer/local-search.js";
import { canHandleProvider, MultiSource } from "../../../providers/installer/multi-source.js";
import { providerAddr } from "../../../providers/installer/source.js";
import { httpClient, type HttpClient } from "../../../providers/registry/index.js";
import { sendBytes, sendJson, startHttpsServer, type TestHttpsServer } from "../../helpers/https-server.js";

const DEMO = providerAddr("example.com", "acme", "demo");

function mirrorDir(files: readonly string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "terrane-local-search-"));
  for (const f of files) {
    const path = join(dir, f);
    if (f.endsWith("/")) mkdirSync(path, { recursive: true });
    else {
      mkdirSync(join(path, ".."), { recursive: true });
      writeFileSync(path, "x");
    }
  }
  return dir;
}

describe("searchLocalDirectory", () => {
  it("finds unpacked and packed packages and skips what does not fit the layouts", () => {
    const dir = mirrorDir([
      "example.com/acme/demo/1.0.0/linux_amd64/terraform-provider-demo",
      "example.com/acme/demo/terraform-provider-demo_1.1.0_darwin_arm64.zip",
      "example.com/acme/demo/terraform-provider-other_1.2.0_linux_amd64.zip",
      "example.com/acme/demo/not-a-version/linux_amd64/",
      "example.com/acme/demo/2.0.0/notaplatform/",
      "example.com/bad_ns!/demo/1.0.0/linux_amd64/",
      "README",
    ]);
    const found = searchLocalDirectory(dir);
    expect([...found.keys()]).toEqual(["example.com/acme/demo"]);
    expect(found.get("example.com/acme/demo")!.map((m) => [m.version, m.platform, m.location.kind])).toEqual([
      ["1.0.0", "linux_amd64", "dir"],
      ["1.1.0", "darwin_arm64", "archive"],
    ]);
  });

  it("is a source that knows its versions and says which platform is missing", async () => {
    const src = new FilesystemMirrorSource(mirrorDir(["example.com/acme/demo/1.0.0/linux_amd64/terraform-provider-demo"]));
    expect(await src.availableVersions(DEMO)).toEqual({ versions: ["1.0.0"], warnings: [] });
    const missing = await src.packageMeta(DEMO, "1.0.0", "darwin_arm64");
    expect(missing).toEqual({ error: { kind: "platform-not-supported", message: "provider example.com/acme/demo 1.0.0 is not available for darwin_arm64" } });
    const other = await src.availableVersions(providerAddr("example.com", "acme", "other"));
    expect("error" in other && other.error.kind).toBe("provider-not-found");
  });
});

describe("provider matching patterns", () => {
  it.each([
    ["a/b/c/d", 'invalid provider matching pattern "a/b/c/d": must have either two or three slash-separated segments'],
    ["*/demo", 'invalid provider matching pattern "*/demo": namespace can be a wildcard only if the provider type is also a wildcard'],
    ["*/acme/*", 'invalid provider matching pattern "*/acme/*": hostname can be a wildcard only if both namespace and provider type are also wildcards'],
    ["acme/bad_type", 'invalid provider type "bad_type" in provider matching pattern "acme/bad_type": must either be the wildcard * or a provider type name'],
  ])("rejects %s", (pattern, error) => {
    expect(parseProviderPatterns([pattern])).toEqual({ error });
  });

  it.each([
    [["example.com/acme/*"], [], true],
    [["example.com/*/*"], ["example.com/acme/demo"], false],
    [[], ["*/*/*"], false],
    [["acme/demo"], [], false],
    [[], [], true],
  ])("include %j exclude %j handles example.com/acme/demo: %s", (include, exclude, want) => {
    const inc = parseProviderPatterns(include);
    const exc = parseProviderPatterns(exclude);
    if ("error" in inc || "error" in exc) throw new Error("bad pattern");
    expect(canHandleProvider({ source: new FilesystemMirrorSource("/none"), include: inc.patterns, exclude: exc.patterns }, DEMO)).toBe(want);
  });

  it("unions versions over the selectors that handle a provider and takes packages from the first", async () => {
    const a = new FilesystemMirrorSource(mirrorDir(["example.com/acme/demo/1.0.0/linux_amd64/terraform-provider-demo"]), "A");
    const b = new FilesystemMirrorSource(mirrorDir(["example.com/acme/demo/1.0.0/linux_amd64/x", "example.com/acme/demo/2.0.0/linux_amd64/x"]), "B");
    const multi = new MultiSource([{ source: a }, { source: b }]);
    expect(await multi.availableVersions(DEMO)).toEqual({ versions: ["1.0.0", "2.0.0"], warnings: [] });
    const meta = await multi.packageMeta(DEMO, "1.0.0", "linux_amd64");
    expect("location" in meta && meta.location.kind === "dir" && meta.location.path).toContain("terrane-local-search");
    const excluded = new MultiSource([{ source: a, exclude: [{ hostname: "example.com", namespace: "*", type: "*" }] }, { source: b, include: [{ hostname: "other.com", namespace: "*", type: "*" }] }]);
    expect(await excluded.availableVersions(DEMO)).toEqual({ error: { kind: "provider-not-found", message: "provider example.com/acme/demo was not found in any of the search locations", sources: [] } });
  });
});

describe("HttpMirrorSource", () => {
  let server: TestHttpsServer;
  let http: HttpClient;
  const source = () => new HttpMirrorSource(new URL(`${server.origin}/m/`), { http, retryWaitMs: 1 });

  beforeAll(async () => {
    server = await startHttpsServer();
    http = httpClient({ SSL_CERT_FILE: server.caFile });
    server.route("/m/example.com/acme/demo/index.json", (_q, res) => sendJson(res, 200, { versions: { "1.0.0": {}, "0.9.0": {}, "v-bad": {} } }));
    server.route("/m/example.com/acme/demo/1.0.0.json", (_q, res) => sendJson(res, 200, { archives: { linux_amd64: { url: "demo.zip", hashes: ["zh:abc"] } } }));
    server.route("/m/example.com/acme/fail/", (_q, res) => sendJson(res, 500, {}));
    server.route("/m/example.com/acme/text/", (_q, res) => sendBytes(res, "{}", "text/plain"));
    server.route("/m/example.com/acme/locked/", (_q, res) => sendJson(res, 403, {}));
  });
  afterAll(async () => {
    await http.close();
    await server.close();
  });

  it("lists valid versions and resolves archive URLs against the version document", async () => {
    expect(await source().availableVersions(DEMO)).toEqual({ versions: ["0.9.0", "1.0.0"], warnings: [] });
    const meta = await source().packageMeta(DEMO, "1.0.0", "linux_amd64");
    expect("location" in meta && meta.location).toEqual({ kind: "http", url: `${server.origin}/m/example.com/acme/demo/demo.zip` });
    expect("authentication" in meta && meta.authentication?.acceptableHashes()).toEqual(["zh:abc"]);
    const mac = await source().packageMeta(DEMO, "1.0.0", "darwin_arm64");
    expect(mac).toEqual({
      error: { kind: "platform-not-supported", message: `provider mirror ${server.origin}/m/ does not have a package of example.com/acme/demo 1.0.0 for darwin_arm64`, mirrorURL: `${server.origin}/m/` },
    });
  });

  it.each([
    ["nothing", { kind: "provider-not-found", message: "was not found in any of the search locations" }],
    ["fail", { kind: "query-failed", message: "the request failed after 2 attempts, please try again later: 500 Internal Server Error returned from" }],
    ["text", { kind: "query-failed", message: "response has invalid Content-Type: must be application/json" }],
    ["locked", { kind: "unauthorized", message: "rejected the given authentication credentials" }],
  ])("reports a mirror answering for %s", async (type, want) => {
    const r = await source().availableVersions(providerAddr("example.com", "acme", type));
    if (!("error" in r)) throw new Error("expected an error");
    expect(r.error.kind).toBe(want.kind);
    if (want.message) expect(r.error.message).toContain(want.message);
  });
});
