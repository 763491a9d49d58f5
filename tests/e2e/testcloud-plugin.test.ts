// The testcloud provider as a plugin process, called through Terrane's plugin client (the Provider
// interface over gRPC) with each protocol version it serves: the schema and functions it reports, a
// server's whole life against the store (create, drift seen by Read, update, delete), its validation
// diagnostics and the attributes they point at, imports, the data sources, and its function, whose
// results and errors are compared with what terraform 1.11.4 printed calling it
// (fixtures/testcloud-goldens/functions, from generate.mjs there).
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { StringType } from "../../lang/types/type.js";
import { Value } from "../../lang/values/value.js";
import { GrpcProvider, PluginStartError, startPluginProvider } from "../../providers/plugin/index.js";
import { impliedType } from "../../providers/schema.js";
import { objectFor, planAndApply, plain } from "../providers/builtin/harness.js";
import { testcloudPluginDir, TESTCLOUD_SOURCE } from "../helpers/test-provider.js";

const FUNCTION_GOLDENS = join(import.meta.dirname, "../../fixtures/testcloud-goldens/functions");
const base = mkdtempSync(join(tmpdir(), "terrane-testcloud-plugin-"));
const [v1, v2] = testcloudPluginDir(join(base, "plugins"), ["0.1.0", "0.2.0"]);

async function start(exe: string, store: string | undefined, protocolVersions: readonly (5 | 6)[] = [5, 6]): Promise<GrpcProvider> {
  const env = { ...process.env, TESTCLOUD_STORE: store };
  if (store === undefined) delete env.TESTCLOUD_STORE;
  const p = await startPluginProvider(exe, { env, protocolVersions, address: TESTCLOUD_SOURCE, cwd: base });
  if (p instanceof PluginStartError) throw new Error(p.message);
  return p;
}

const NO_STORE_DIR = Value.object({ store_dir: Value.null(StringType) });

async function config(provider: GrpcProvider, typeName: string, attrs: Record<string, unknown>): Promise<Value> {
  return objectFor((await provider.getProviderSchema()).resourceTypes[typeName]!, attrs);
}

describe.each([5, 6] as const)("testcloud over plugin protocol %i", (version) => {
  let provider: GrpcProvider;
  const store = join(base, `store-${version}`);

  beforeAll(async () => {
    provider = await start(v1!, store, [version]);
    expect((await provider.configureProvider({ terraformVersion: "1.11.4", config: NO_STORE_DIR })).diagnostics).toEqual([]);
  });
  afterAll(async () => provider.close());

  it("speaks the protocol offered and reports its schema and function", async () => {
    expect(provider.protocolVersion).toBe(version);
    const s = await provider.getProviderSchema();
    expect(Object.keys(s.resourceTypes).sort()).toEqual(["testcloud_network", "testcloud_server"]);
    expect(Object.keys(s.dataSources).sort()).toEqual(["testcloud_image", "testcloud_info"]);
    expect(s.resourceTypes.testcloud_server!.block.attributes.admin_password!.sensitive).toBe(true);
    expect(s.functions?.cidr_host?.parameters.map((p) => p.name)).toEqual(["prefix", "hostnum"]);
  });

  it("creates a server in the store, sees drift made there, updates and deletes it", async () => {
    const net = await planAndApply(provider, "testcloud_network", Value.null(impliedType((await provider.getProviderSchema()).resourceTypes.testcloud_network!.block)), await config(provider, "testcloud_network", { name: "lan", cidr: "10.1.0.0/24" }));
    expect(net.planned).toMatchObject({ gateway: "10.1.0.1", id: "(known after apply)" });
    const netId = plain(net.state!.entries().get("id")) as string;
    const cfg = await config(provider, "testcloud_server", { name: "app", image: "img-debian-12", network_id: netId, tags: { env: "test" }, admin_password: "long-enough" });
    const created = await planAndApply(provider, "testcloud_server", Value.null(cfg.type), cfg);
    expect(created.planned).toMatchObject({ size: "small", ip: "(known after apply)" });
    const state = created.state!;
    const id = plain(state.entries().get("id")) as string;
    const file = join(store, "testcloud_server", `${id}.json`);
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual({ ...plain(state) as object, ip: "10.1.0.10", network_id: netId });

    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, "utf8")), size: "large" }));
    const read = await provider.readResource({ typeName: "testcloud_server", currentState: state });
    expect(plain(read.newState.entries().get("size"))).toBe("large");
    const updated = await planAndApply(provider, "testcloud_server", read.newState, cfg);
    expect(updated.plan.requiresReplace).toEqual([]);
    expect(JSON.parse(readFileSync(file, "utf8")).size).toBe("small");

    const replaced = await planAndApply(provider, "testcloud_server", updated.state!, await config(provider, "testcloud_server", { name: "app", image: "img-ubuntu-2204", network_id: netId }), true);
    expect(replaced.plan.requiresReplace).toEqual([[{ attr: "image" }]]);

    const inUse = await provider.applyResourceChange({ typeName: "testcloud_network", priorState: net.state!, plannedState: Value.null(net.state!.type), config: Value.null(net.state!.type) });
    expect(inUse.diagnostics).toEqual([{ severity: "error", summary: "Network in use", detail: `Network ${netId} still has servers attached (${id}); delete them first.` }]);
    const deleted = await provider.applyResourceChange({ typeName: "testcloud_server", priorState: updated.state!, plannedState: Value.null(cfg.type), config: Value.null(cfg.type) });
    expect(deleted.diagnostics).toEqual([]);
    expect(existsSync(file)).toBe(false);
    expect((await provider.readResource({ typeName: "testcloud_server", currentState: updated.state! })).newState.isNull).toBe(true);
  });

  it("reports invalid configuration with the attribute at fault", async () => {
    const bad = async (typeName: string, attrs: Record<string, unknown>) =>
      (await provider.validateResourceConfig({ typeName, config: await config(provider, typeName, attrs) })).diagnostics;
    expect(await bad("testcloud_network", { name: "n", cidr: "10.1.0.300/24" })).toEqual([
      { severity: "error", summary: "Invalid CIDR block", detail: '"10.1.0.300/24" is not a valid CIDR block: invalid CIDR address: 10.1.0.300/24.', attribute: [{ attr: "cidr" }] },
    ]);
    expect((await bad("testcloud_network", { name: "n", cidr: "10.1.2.3/16" }))[0]!.detail).toBe('"10.1.2.3/16" is not a network address (host bits are set); did you mean "10.1.0.0/16"?');
    expect((await bad("testcloud_network", { name: "n", cidr: "10.0.0.0/30" }))[0]!.detail).toBe("testcloud networks must be between /8 and /28, got /30.");
    const server = await bad("testcloud_server", { name: "Web_1", image: "img-debian-12", size: "huge", admin_password: "short", tags: { "": "x" } });
    expect(server.map((d) => [d.summary, d.attribute])).toEqual([
      ["Invalid name", [{ attr: "name" }]],
      ["Invalid server size", [{ attr: "size" }]],
      ["Password too short", [{ attr: "admin_password" }]],
      ["Invalid tag", [{ attr: "tags" }, { key: "" }]],
    ]);
    expect(server[1]!.detail).toBe('Expected one of "small", "medium", "large", got "huge".');
    expect(await bad("testcloud_server", { name: "web", image: Value.unknown(StringType), size: Value.unknown(StringType) })).toEqual([]);
  });

  it("imports an object made outside Terraform by its id, and finds nothing for an unknown id", async () => {
    const legacy = { cidr: "172.16.0.0/12", gateway: "172.16.0.1", id: "net-outside", name: "outside" };
    writeFileSync(join(store, "testcloud_network", "net-outside.json"), JSON.stringify(legacy));
    const imported = await provider.importResourceState({ typeName: "testcloud_network", id: "net-outside" });
    expect(imported.diagnostics).toEqual([]);
    const state = imported.importedResources[0]!.state;
    expect(plain(state)).toEqual({ id: "net-outside", name: null, cidr: null, gateway: null });
    expect(plain((await provider.readResource({ typeName: "testcloud_network", currentState: state })).newState)).toEqual(legacy);
    const missing = await provider.importResourceState({ typeName: "testcloud_network", id: "net-nowhere" });
    expect((await provider.readResource({ typeName: "testcloud_network", currentState: missing.importedResources[0]!.state })).newState.isNull).toBe(true);
    const bad = await provider.importResourceState({ typeName: "testcloud_server", id: "../etc/passwd" });
    expect(bad.diagnostics.map((d) => d.summary)).toEqual(["Invalid import id"]);
  });

  it("reads images, and says which image names exist when one does not", async () => {
    const read = (name: string) => provider.readDataSource({ typeName: "testcloud_image", config: Value.object({ name: Value.string(name), id: Value.null(StringType), family: Value.null(StringType) }) });
    expect(plain((await read("debian-12")).state)).toEqual({ name: "debian-12", id: "img-debian-12", family: "debian" });
    expect((await read("windows")).diagnostics).toEqual([
      { severity: "error", summary: "Image not found", detail: 'There is no image named "windows". Available images: debian-12, ubuntu-22.04, ubuntu-24.04.', attribute: [{ attr: "name" }] },
    ]);
  });

  it("computes cidr_host as terraform printed it, and fails as it did", async () => {
    const outputs = JSON.parse(readFileSync(join(FUNCTION_GOLDENS, "output.json"), "utf8"));
    const calls: [string, number][] = [["10.10.0.0/16", 5], ["10.10.0.0/16", -2], ["192.168.4.0/30", 3]];
    const results = await Promise.all(calls.map(([p, n]) => provider.callFunction({ name: "cidr_host", arguments: [Value.string(p), Value.numberFrom(n)] })));
    expect(results.map((r) => plain(r.result))).toEqual(outputs.hosts.value);
    const failed = await provider.callFunction({ name: "cidr_host", arguments: [Value.string("10.10.0.0/16"), Value.numberFrom(70000)] });
    const stderr = readFileSync(join(FUNCTION_GOLDENS, "plan-error.stderr"), "utf8").replace(/\s+/g, " ");
    expect(failed.error?.functionArgument).toBe(1);
    expect(stderr).toContain(`Invalid value for "hostnum" parameter: ${failed.error!.text}.`);
    const badPrefix = await provider.callFunction({ name: "cidr_host", arguments: [Value.string("fd00::/8"), Value.numberFrom(1)] });
    expect(badPrefix.error).toEqual({ text: "testcloud supports IPv4 only: fd00::/8", functionArgument: 0 });
  });
});

describe("testcloud's provider configuration and versions", () => {
  it("reports the release version baked into its launcher and the store it uses", async () => {
    const store = join(base, "store-info");
    for (const [exe, want] of [[v1!, "0.1.0"], [v2!, "0.2.0"]] as const) {
      const p = await start(exe, undefined);
      const cfg = Value.object({ store_dir: Value.string(store) });
      expect((await p.configureProvider({ terraformVersion: "1.11.4", config: cfg })).diagnostics).toEqual([]);
      const info = await p.readDataSource({ typeName: "testcloud_info", config: Value.object({ version: Value.null(StringType), store_dir: Value.null(StringType) }) });
      expect(plain(info.state)).toEqual({ version: want, store_dir: store });
      await p.close();
    }
  });

  it("needs a store directory from the provider block or TESTCLOUD_STORE", async () => {
    const p = await start(v1!, undefined);
    expect((await p.validateProviderConfig({ config: Value.object({ store_dir: Value.string("") }) })).diagnostics.map((d) => [d.summary, d.attribute])).toEqual([
      ["Invalid store directory", [{ attr: "store_dir" }]],
    ]);
    const r = await p.configureProvider({ terraformVersion: "1.11.4", config: NO_STORE_DIR });
    expect(r.diagnostics.map((d) => [d.summary, d.attribute])).toEqual([["Missing store directory", [{ attr: "store_dir" }]]]);
    await p.close();
  });
});
