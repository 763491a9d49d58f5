import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { Provider } from "../../../core/addrs/provider.js";
import { RegistrySource } from "../../../providers/installer/registry-source.js";
import type { PackageMeta, SourceError } from "../../../providers/installer/source.js";
import { httpClient, ServiceDiscovery, type HttpClient } from "../../../providers/registry/index.js";
import { startProviderRegistry, type RegistryOptions, type TestProviderRegistry } from "../../helpers/provider-registry.js";
import { demoPackages, SCENARIOS, signer } from "../../../fixtures/registry-goldens/scenarios.js";

// RegistrySource against the test registry, set up as each scenario of fixtures/registry-goldens says;
// every error text is compared with what terraform 1.11.4 printed for the same registry
// (fixtures/registry-goldens/terraform/<scenario>/stderr.txt, where Terraform wraps it at 78 columns).

const GOLDENS = join(__dirname, "../../../fixtures/registry-goldens/terraform");
const open: { registry: TestProviderRegistry; http: HttpClient }[] = [];

afterEach(async () => {
  for (const o of open.splice(0)) {
    await o.http.close();
    await o.registry.close();
  }
});

async function setup(name: string, extra: Partial<RegistryOptions> = {}, credentials?: string) {
  const scenario = SCENARIOS.find((s) => s.name === name)!;
  const registry = await startProviderRegistry({ packages: demoPackages(), signingKey: signer(), ...scenario.registry, ...extra });
  const http = httpClient({ SSL_CERT_FILE: registry.caFile });
  open.push({ registry, http });
  const creds = credentials === undefined ? undefined : new Map([[registry.host, credentials]]);
  const discovery = new ServiceDiscovery(http, { env: {}, ...(creds ? { credentials: creds } : {}) });
  const source = new RegistrySource({ discovery, http, env: {}, retryWaitMs: 10 });
  const host = scenario.unreachable ? "localhost:1" : registry.host;
  return { registry, source, provider: new Provider(host, "terrane", scenario.type), version: scenario.version.replace(/^[^0-9]*/, "") };
}

function golden(name: string, file = "stderr.txt"): string {
  return readFileSync(join(GOLDENS, name, file), "utf8");
}

// The text with the port and key ID as the goldens have them, and Terraform's line wrapping undone.
function flat(text: string, registry: TestProviderRegistry): string {
  return text.replaceAll(registry.host, "localhost:PORT").replaceAll(registry.signingKey.keyId, "KEYID").replace(/\s+/g, " ").trim();
}

function expectTerraformSaid(name: string, message: string, registry: TestProviderRegistry): void {
  expect(flat(golden(name), registry)).toContain(flat(message, registry));
}

function sourceError(r: object): SourceError {
  expect(r).toHaveProperty("error");
  return (r as { error: SourceError }).error;
}

async function downloadTo(meta: PackageMeta): Promise<string> {
  if (meta.location.kind !== "http") throw new Error("expected an http location");
  const http = httpClient({ SSL_CERT_FILE: open[open.length - 1]!.registry.caFile });
  const res = await http.get(meta.location.url);
  await http.close();
  const file = join(mkdtempSync(join(tmpdir(), "registry-src-")), meta.filename);
  writeFileSync(file, res.body);
  return file;
}

describe("RegistrySource: versions and metadata", () => {
  it("lists versions lowest first, with the registry's warnings", async () => {
    const { source, provider } = await setup("install-newest");
    expect(await source.availableVersions(provider)).toEqual({
      versions: ["1.0.0", "1.1.0", "1.2.0", "2.0.0"],
      warnings: ["This provider is deprecated; use terrane/demo2 instead."],
    });
  });

  it("describes a package: file name, download URL resolved against the metadata URL, protocols", async () => {
    const { source, provider, registry } = await setup("install-pinned");
    const meta = (await source.packageMeta(provider, "1.0.0", "linux_amd64")) as PackageMeta;
    expect(meta.filename).toBe("terraform-provider-demo_1.0.0_linux_amd64.zip");
    expect(meta.location).toEqual({ kind: "http", url: `https://${registry.host}/files/terrane/demo/1.0.0/terraform-provider-demo_1.0.0_linux_amd64.zip` });
    expect(meta.protocolVersions).toEqual(["5.0"]);
    expect(source.forDisplay(provider)).toBe(`registry ${registry.host}`);
  });

  it("authenticates the downloaded archive as self-signed with the key ID, and vouches for every platform's zh: hash", async () => {
    const { source, provider, registry } = await setup("install-pinned");
    const meta = (await source.packageMeta(provider, "1.0.0", "linux_amd64")) as PackageMeta;
    const result = await meta.authentication!.authenticate({ kind: "archive", path: await downloadTo(meta) });
    expect(result).toEqual({ kind: "self-signed", keyId: registry.signingKey.keyId });
    expect(golden("install-pinned", "stdout.txt")).toContain(`(self-signed, key ID KEYID)`);
    const lockZh = golden("install-pinned", "lock.hcl").match(/zh:[0-9a-f]{64}/g);
    expect([...meta.authentication!.acceptableHashes()].sort()).toEqual(lockZh);
  });

  it("sends the configured token", async () => {
    const { source, provider } = await setup("token-accepted", {}, "right");
    expect(await source.availableVersions(provider)).toMatchObject({ versions: ["1.0.0", "1.1.0", "1.2.0", "2.0.0"] });
  });
});

describe("RegistrySource: Terraform's errors", () => {
  const versionErrors: [string, SourceError["kind"], string?][] = [
    ["provider-not-known", "provider-not-known"],
    ["host-unreachable", "host-unreachable"],
    ["token-required", "unauthorized"],
    ["token-rejected", "unauthorized", "wrong"],
    ["versions-server-error", "query-failed"],
  ];
  it.each(versionErrors)("%s: a %s error with Terraform's text", async (name, kind, token) => {
    const { source, provider, registry } = await setup(name, {}, token);
    const err = sourceError(await source.availableVersions(provider));
    expect(err.kind).toBe(kind);
    if (name === "host-unreachable") {
      expect(err.message).toMatch(/^could not connect to localhost:1: failed to request discovery document: Get "https:\/\/localhost:1\/\.well-known\/terraform\.json": /);
    } else expectTerraformSaid(name, err.message, registry);
  });

  it("no-providers-service: the host has no providers.v1 service", async () => {
    const { source, provider, registry } = await setup("no-providers-service");
    const err = sourceError(await source.availableVersions(provider));
    expect(err).toEqual({ kind: "host-no-providers", message: `host ${registry.host} does not offer a Terraform provider registry`, otherVersion: false });
    expect(golden("no-providers-service")).toContain("does not offer a Terraform provider registry.");
  });

  it("other-providers-version: the host offers another version of the protocol", async () => {
    const { source, provider, registry } = await setup("other-providers-version");
    const err = sourceError(await source.availableVersions(provider));
    expect(err).toMatchObject({ kind: "host-no-providers", otherVersion: true });
    expect(err.message).toBe(`host ${registry.host} does not support the provider registry protocol required by this Terrane version, but may be compatible with a different Terrane version`);
  });

  it("platform-not-available: the registry has no package for the platform", async () => {
    const { source, provider, registry } = await setup("platform-not-available");
    const err = sourceError(await source.packageMeta(provider, "1.2.0", "linux_amd64"));
    expect(err).toEqual({ kind: "platform-not-supported", message: `provider ${registry.host}/terrane/demo 1.2.0 is not available for linux_amd64` });
  });

  it("protocol-not-supported: suggests the newest version with a supported protocol, as Terraform did", async () => {
    const { source, provider } = await setup("protocol-not-supported");
    const err = sourceError(await source.packageMeta(provider, "2.0.0", "linux_amd64"));
    expect(err).toMatchObject({ kind: "protocol-not-supported", suggestion: "1.2.0" });
    expect(golden("protocol-not-supported")).toContain("You need to downgrade to v1.2.0 or earlier.");
  });

  it.each(["download-server-error", "signature-missing"])("%s: a failed query with Terraform's text", async (name) => {
    const { source, provider, registry } = await setup(name);
    const err = sourceError(await source.packageMeta(provider, "1.0.0", "linux_amd64"));
    expect(err.kind).toBe("query-failed");
    expectTerraformSaid(name, err.message, registry);
  });

  it("rejects metadata with a bad checksum or a non-http URL", async () => {
    const bad = await setup("install-pinned", { metadata: (m) => ({ ...m, shasum: "xyz" }) });
    expect(sourceError(await bad.source.packageMeta(bad.provider, "1.0.0", "linux_amd64")).message).toBe(
      `could not query provider registry for ${bad.registry.host}/terrane/demo: registry response includes invalid SHA256 hash "xyz": %!s(<nil>)`,
    );
    const ftp = await setup("install-pinned", { metadata: (m) => ({ ...m, download_url: "ftp://example.com/x.zip" }) });
    expect(sourceError(await ftp.source.packageMeta(ftp.provider, "1.0.0", "linux_amd64")).message).toBe("registry response includes invalid download URL: must use http or https scheme");
  });
});

describe("RegistrySource: authentication failures", () => {
  const cases = ["archive-checksum-mismatch", "sums-missing-file", "sums-other-hash", "signature-bad", "signature-unknown-key", "key-armor-corrupt", "trust-signature-unknown"];
  it.each(cases)("%s: fails with Terraform's text", async (name) => {
    const { source, provider, registry } = await setup(name);
    const meta = (await source.packageMeta(provider, "1.0.0", "linux_amd64")) as PackageMeta;
    const result = await meta.authentication!.authenticate({ kind: "archive", path: await downloadTo(meta) });
    expect(result).toHaveProperty("error");
    expectTerraformSaid(name, (result as { error: string }).error, registry);
  });

  it("refuses to check an unpacked directory against the archive checksum", async () => {
    const { source, provider } = await setup("install-pinned");
    const meta = (await source.packageMeta(provider, "1.0.0", "linux_amd64")) as PackageMeta;
    expect(await meta.authentication!.authenticate({ kind: "dir", path: "/x" })).toEqual({ error: "cannot check archive hash for non-archive location /x" });
  });
});
