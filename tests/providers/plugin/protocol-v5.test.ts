import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Client, ServiceError } from "@grpc/grpc-js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtinResolver } from "../../../cmd/operation/provider-resolver.js";
import { apply } from "../../../core/apply/index.js";
import { buildConfig } from "../../../core/configs/config-builder.js";
import { plan, type ProviderResolver } from "../../../core/plan/index.js";
import { State } from "../../../core/states/state.js";
import { Value } from "../../../lang/values/value.js";
import { localProvider } from "../../../providers/builtin/local/index.js";
import { nullProvider } from "../../../providers/builtin/null/index.js";
import { randomProvider } from "../../../providers/builtin/random/index.js";
import { timeProvider } from "../../../providers/builtin/time/index.js";
import { encodeMsgpack, GrpcProvider, pathFromProto, pluginProvider, PluginStartError, startPlugin, startPluginProvider, type PluginProcess } from "../../../providers/plugin/index.js";
import type { Provider } from "../../../providers/provider.js";
import { impliedType } from "../../../providers/schema.js";
import { objectFor, proposedNew } from "../builtin/harness.js";
import { toJS } from "../../helpers/values.js";

// Protocol 5 end to end: the built-in providers served as real plugin processes offering only
// tfplugin5 (`-protocol=5`, from the sources) and driven through the same Provider interface as over
// tfplugin6, compared with the providers called in-process; the planner and apply with a v5 plugin;
// provider functions over v5 (testcloud, the test provider, asked for protocol 5 by the client); and
// the tfplugin5 RPCs on the wire, with their protocol 5 names and messages.

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const LOADER = join(ROOT, "tests/helpers/ts-loader.mjs");
const LAUNCH = ["--import", LOADER, join(ROOT, "fixtures/plugin-goldens/provider-from-source.mjs")];

async function startV5(name: string, cwd: string): Promise<GrpcProvider> {
  const p = await startPluginProvider(process.execPath, { args: [...LAUNCH, name, "-protocol=5"], cwd, address: `registry.terraform.io/hashicorp/${name}-v5` });
  if (p instanceof PluginStartError) throw new Error(p.message);
  return p;
}

const dir = mkdtempSync(join(tmpdir(), "terrane-plugin-v5-"));
const builtins: Record<string, Provider> = { random: randomProvider(), local: localProvider({ cwd: dir }), null: nullProvider(), time: timeProvider() };
const plugins: Record<string, GrpcProvider> = {};

beforeAll(async () => {
  for (const name of Object.keys(builtins)) plugins[name] = await startV5(name, dir);
}, 60_000);
afterAll(async () => {
  await Promise.all(Object.values(plugins).map((p) => p.close()));
});

async function schemaOf(p: Provider, type: string) {
  return (await p.getProviderSchema()).resourceTypes[type]!;
}

describe("the built-in providers over tfplugin5", () => {
  it.each(["random", "local", "null", "time"])("%s speaks protocol 5 and has the built-in provider's schema", async (name) => {
    const p = plugins[name]!;
    expect(p.protocolVersion).toBe(5);
    const got = await p.getProviderSchema();
    const want = await builtins[name]!.getProviderSchema();
    expect(got.diagnostics).toEqual([]);
    expect([got.provider, got.resourceTypes, got.dataSources]).toEqual([want.provider, want.resourceTypes, want.dataSources]);
  });

  it("validates with diagnostics whose attribute paths survive the trip", async () => {
    const config = objectFor(await schemaOf(builtins.random!, "random_password"), { length: 1.5 });
    const got = await plugins.random!.validateResourceConfig({ typeName: "random_password", config });
    expect(got.diagnostics).toEqual((await builtins.random!.validateResourceConfig({ typeName: "random_password", config })).diagnostics);
    expect(got.diagnostics[0]!.attribute).toEqual([{ attr: "length" }]);
    const provider = await plugins.random!.validateProviderConfig({ config: Value.null(impliedType((await plugins.random!.getProviderSchema()).provider.block)) });
    expect(provider).toEqual({ diagnostics: [] });
  });

  it("plans, applies, reads, upgrades and imports random_string", async () => {
    const p = plugins.random!;
    const schema = await schemaOf(p, "random_string");
    const config = objectFor(schema, { length: 12, special: false });
    const prior = Value.null(impliedType(schema.block));
    const req = { typeName: "random_string", priorState: prior, proposedNewState: proposedNew(schema, prior, config), config };
    const planned = await p.planResourceChange(req);
    expect(planned).toEqual(await builtins.random!.planResourceChange(req));
    const applied = await p.applyResourceChange({ typeName: "random_string", priorState: prior, plannedState: planned.plannedState, config });
    expect(applied.diagnostics).toEqual([]);
    expect(applied.newState.entries().get("result")!.asString()).toMatch(/^[A-Za-z0-9]{12}$/);
    expect((await p.readResource({ typeName: "random_string", currentState: applied.newState })).newState).toEqual(applied.newState);
    const upgrade = { typeName: "random_string", version: schema.version, rawStateJson: JSON.stringify(toJS(applied.newState)) };
    expect(toJS((await p.upgradeResourceState(upgrade)).upgradedState)).toEqual(toJS(applied.newState));
    const imported = { typeName: "random_string", id: "hello" };
    expect(await p.importResourceState(imported)).toEqual(await builtins.random!.importResourceState(imported));
  });

  it("configures local, writes, reads back and reads a data source", async () => {
    const p = plugins.local!;
    expect(await p.configureProvider({ terraformVersion: "1.11.4", config: Value.null(impliedType((await p.getProviderSchema()).provider.block)) })).toEqual({ diagnostics: [] });
    const schema = await schemaOf(p, "local_file");
    const config = objectFor(schema, { filename: "v5.txt", content: "over five" });
    const prior = Value.null(impliedType(schema.block));
    const planned = await p.planResourceChange({ typeName: "local_file", priorState: prior, proposedNewState: proposedNew(schema, prior, config), config });
    const applied = await p.applyResourceChange({ typeName: "local_file", priorState: prior, plannedState: planned.plannedState, config });
    expect(readFileSync(join(dir, "v5.txt"), "utf8")).toBe("over five");
    const read = { typeName: "local_file", currentState: applied.newState };
    expect(await p.readResource(read)).toEqual(await builtins.local!.readResource(read));
    const ds = { typeName: "local_file", config: objectFor((await p.getProviderSchema()).dataSources.local_file!, { filename: "v5.txt" }) };
    expect(await p.readDataSource(ds)).toEqual(await builtins.local!.readDataSource(ds));
  });

  it("stops through Stop", async () => {
    expect(await plugins.time!.stopProvider()).toEqual({});
  });

  it("names protocol 5's client in errors from a plugin that died", async () => {
    const p = await startV5("null", dir);
    const schema = await schemaOf(p, "null_resource");
    p.plugin.child.kill("SIGKILL");
    await new Promise((resolve) => p.plugin.child.once("exit", resolve));
    const r = await p.readResource({ typeName: "null_resource", currentState: objectFor(schema, { id: "1" }) });
    expect(r.diagnostics).toEqual([
      { severity: "error", summary: "Plugin did not respond", detail: "The plugin encountered an error, and failed to respond to the plugin.(*GRPCProvider).ReadResource call. The plugin logs may contain more details." },
    ]);
    await p.close();
  }, 20_000);
});

describe("the planner and apply with hashicorp/local as a protocol 5 plugin", () => {
  it("plans exactly as with the built-in provider, applies, then plans no changes", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "terrane-plugin-v5-plan-"));
    writeFileSync(join(cwd, "main.tf"), 'resource "local_file" "a" {\n  filename = "${path.module}/a.txt"\n  content  = "five"\n}\n');
    const built = buildConfig(cwd, { displayDir: "." });
    const builtin = builtinResolver(cwd);
    const local = pluginProvider(process.execPath, { args: [...LAUNCH, "local", "-protocol=5"], cwd, address: "registry.terraform.io/hashicorp/local" });
    const viaPlugin: ProviderResolver = (addr) => (addr.toString() === "registry.terraform.io/hashicorp/local" ? local : builtin(addr));
    const options = (providers: ProviderResolver) => ({ mode: "normal" as const, refresh: true, variables: new Map(), providers, cwd, terraformVersion: "1.11.4" });
    const want = await plan(built.config, new State(), options(builtin));
    const got = await plan(built.config, new State(), options(viaPlugin));
    expect(got.diagnostics).toEqual([]);
    expect(got.plan!.changes).toEqual(want.plan!.changes);
    const applied = await apply(built.config, got.plan!, { providers: viaPlugin, cwd, terraformVersion: "1.11.4" });
    expect(applied.diagnostics).toEqual([]);
    expect(readFileSync(join(cwd, "a.txt"), "utf8")).toBe("five");
    const again = await plan(built.config, applied.state, options(viaPlugin));
    expect(again.plan!.changes.map((c) => c.change.action)).toEqual(["no-op"]);
  }, 60_000);
});

describe("provider functions over tfplugin5 (testcloud)", () => {
  let p: GrpcProvider;
  beforeAll(async () => {
    const started = await startPluginProvider(process.execPath, { args: ["--import", LOADER, join(ROOT, "fixtures/test-provider/main.ts"), "0.1.0"], cwd: dir, protocolVersions: [5] });
    if (started instanceof PluginStartError) throw new Error(started.message);
    p = started;
  }, 60_000);
  afterAll(() => p?.close());

  it("lists and calls functions, with errors that blame an argument", async () => {
    expect(p.protocolVersion).toBe(5);
    const fns = await p.getFunctions();
    expect(fns.diagnostics).toEqual([]);
    expect(Object.keys(fns.functions)).toEqual(["cidr_host"]);
    expect((await p.getProviderSchema()).functions).toEqual(fns.functions);
    expect(await p.callFunction({ name: "cidr_host", arguments: [Value.string("10.1.0.0/16"), Value.numberFrom(5)] })).toEqual({ result: Value.string("10.1.0.5") });
    const bad = await p.callFunction({ name: "cidr_host", arguments: [Value.string("not a cidr"), Value.numberFrom(5)] });
    expect(bad.error?.functionArgument).toBe(0);
  });
});

type Msg = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function call(client: Client, method: string, req: Msg): Promise<Msg> {
  const fn = (client as unknown as Record<string, (r: Msg, cb: (e: ServiceError | null, res: Msg) => void) => void>)[method]!;
  return new Promise((resolve, reject) => fn.call(client, req, (e, res) => (e ? reject(e) : resolve(res))));
}

describe("tfplugin5 on the wire", () => {
  let plugin: PluginProcess;
  beforeAll(async () => {
    const p = await startPlugin({ command: process.execPath, args: [...LAUNCH, "random", "-protocol=5"], cwd: dir });
    if (p instanceof PluginStartError) throw new Error(p.message);
    plugin = p;
  }, 60_000);
  afterAll(() => plugin?.kill());

  it("serves GetSchema with protocol 5's attribute messages (no nested_type)", async () => {
    const res = await call(plugin.provider, "GetSchema", {});
    const attr = res.resource_schemas.random_pet.block.attributes[0];
    expect(Object.keys(attr).sort()).toEqual(["computed", "deprecated", "description", "description_kind", "name", "optional", "required", "sensitive", "type", "write_only"]);
    expect(res.server_capabilities).toEqual({ plan_destroy: false, get_provider_schema_optional: true, move_resource_state: false });
  });

  it("answers PrepareProviderConfig with the config and ValidateResourceTypeConfig with attribute paths", async () => {
    const config = { msgpack: Buffer.from([0x80]) };
    expect(await call(plugin.provider, "PrepareProviderConfig", { config })).toEqual({ prepared_config: { msgpack: Buffer.from([0x80]), json: Buffer.alloc(0) }, diagnostics: [] });
    const schema = (await randomProvider().getProviderSchema()).resourceTypes.random_password!;
    const msgpack = encodeMsgpack(objectFor(schema, { length: 1.5 }), impliedType(schema.block));
    const res = await call(plugin.provider, "ValidateResourceTypeConfig", { type_name: "random_password", config: { msgpack } });
    expect(res.diagnostics[0].severity).toBe("ERROR");
    expect(pathFromProto(res.diagnostics[0].attribute)).toEqual([{ attr: "length" }]);
  });

  it("stops through Stop and shuts down", async () => {
    expect(await call(plugin.provider, "Stop", {})).toEqual({ Error: "" });
    const exit = new Promise<number | null>((resolve) => plugin.child.once("exit", (code) => resolve(code)));
    await plugin.kill(10_000);
    expect(await exit).toBe(0);
  });
});
