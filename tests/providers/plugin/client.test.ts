import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtinResolver } from "../../../cmd/operation/provider-resolver.js";
import { apply } from "../../../core/apply/index.js";
import { buildConfig } from "../../../core/configs/config-builder.js";
import { plan } from "../../../core/plan/index.js";
import type { ProviderResolver } from "../../../core/plan/index.js";
import { State } from "../../../core/states/state.js";
import { Value } from "../../../lang/values/value.js";
import { localProvider } from "../../../providers/builtin/local/index.js";
import { nullProvider } from "../../../providers/builtin/null/index.js";
import { randomProvider } from "../../../providers/builtin/random/index.js";
import { timeProvider } from "../../../providers/builtin/time/index.js";
import { GrpcProvider, pluginProvider, PluginStartError, startPluginProvider } from "../../../providers/plugin/index.js";
import type { Provider } from "../../../providers/provider.js";
import { impliedType } from "../../../providers/schema.js";
import { objectFor, proposedNew } from "../builtin/harness.js";
import { toJS } from "../../helpers/values.js";

// The plugin client: the built-in providers run as real plugin processes (the TypeScript sources
// through tests/helpers/ts-loader.mjs) and driven through the Provider interface, compared with the
// same providers called in-process; the planner and apply with hashicorp/local as a plugin; plugins
// that print garbage, exit at once, stay silent or crash.

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const LAUNCH = ["--import", join(ROOT, "tests/helpers/ts-loader.mjs"), join(ROOT, "fixtures/plugin-goldens/provider-from-source.mjs")];

async function start(name: string, cwd: string): Promise<GrpcProvider> {
  const p = await startPluginProvider(process.execPath, { args: [...LAUNCH, name], cwd, address: `registry.terraform.io/hashicorp/${name}` });
  if (p instanceof PluginStartError) throw new Error(p.message);
  return p;
}

async function schemaOf(p: Provider, type: string) {
  return (await p.getProviderSchema()).resourceTypes[type]!;
}

const dir = mkdtempSync(join(tmpdir(), "terrane-plugin-client-"));
const builtins: Record<string, Provider> = { random: randomProvider(), local: localProvider({ cwd: dir }), null: nullProvider(), time: timeProvider() };
const plugins: Record<string, GrpcProvider> = {};

beforeAll(async () => {
  for (const name of Object.keys(builtins)) plugins[name] = await start(name, dir);
}, 60_000);
afterAll(async () => {
  await Promise.all(Object.values(plugins).map((p) => p.close()));
});

describe("the plugin client against the built-in providers", () => {
  it.each(["random", "local", "null", "time"])("reads %s's schema as the built-in provider has it", async (name) => {
    const got = await plugins[name]!.getProviderSchema();
    const want = await builtins[name]!.getProviderSchema();
    expect(got.diagnostics).toEqual([]);
    expect(got.provider).toEqual(want.provider);
    expect(got.resourceTypes).toEqual(want.resourceTypes);
    expect(got.dataSources).toEqual(want.dataSources);
    expect(got.functions).toEqual(want.functions ?? {});
    expect(got.serverCapabilities).toEqual({ planDestroy: false, getProviderSchemaOptional: true, moveResourceState: false, ...want.serverCapabilities });
  });

  it("validates with the built-in provider's diagnostics, attribute paths kept", async () => {
    const schema = await schemaOf(builtins.random!, "random_password");
    const config = objectFor(schema, { length: 1.5 });
    const got = await plugins.random!.validateResourceConfig({ typeName: "random_password", config });
    expect(got.diagnostics).toEqual((await builtins.random!.validateResourceConfig({ typeName: "random_password", config })).diagnostics);
    expect(got.diagnostics[0]!.attribute).toEqual([{ attr: "length" }]);
    expect((await plugins.random!.validateResourceConfig({ typeName: "random_nope", config })).diagnostics[0]!.summary).toBe("Unknown resource type");
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
    const read = await p.readResource({ typeName: "random_string", currentState: applied.newState });
    expect(read.newState).toEqual(applied.newState);
    const rawStateJson = JSON.stringify(toJS(applied.newState));
    const upgrade = { typeName: "random_string", version: schema.version, rawStateJson };
    const upgraded = await p.upgradeResourceState(upgrade);
    expect(upgraded.diagnostics).toEqual([]);
    expect(toJS(upgraded.upgradedState)).toEqual(toJS((await builtins.random!.upgradeResourceState(upgrade)).upgradedState));
    const imported = { typeName: "random_string", id: "hello" };
    expect(await p.importResourceState(imported)).toEqual(await builtins.random!.importResourceState(imported));
  });

  it("plans a destroy without asking a provider that does not plan destroys", async () => {
    const schema = await schemaOf(plugins.null!, "null_resource");
    const prior = objectFor(schema, { id: "123" });
    const gone = Value.null(impliedType(schema.block));
    const r = await plugins.null!.planResourceChange({ typeName: "null_resource", priorState: prior, proposedNewState: gone, config: gone });
    expect(r).toEqual({ plannedState: gone, requiresReplace: [], diagnostics: [] });
  });

  it("plans null_resource and time_static as the built-in providers do", async () => {
    for (const [name, type, attrs] of [["null", "null_resource", { triggers: { a: "b" } }], ["time", "time_static", {}]] as const) {
      const schema = await schemaOf(builtins[name]!, type);
      const config = objectFor(schema, attrs);
      const prior = Value.null(impliedType(schema.block));
      const req = { typeName: type, priorState: prior, proposedNewState: proposedNew(schema, prior, config), config };
      expect(await plugins[name]!.planResourceChange(req)).toEqual(await builtins[name]!.planResourceChange(req));
    }
  });

  it("configures local, writes a file, reads it back and reads it as a data source", async () => {
    const p = plugins.local!;
    const empty = Value.null(impliedType((await p.getProviderSchema()).provider.block));
    expect(await p.configureProvider({ terraformVersion: "1.11.4", config: empty })).toEqual({ diagnostics: [] });
    const schema = await schemaOf(p, "local_file");
    const config = objectFor(schema, { filename: "from-plugin.txt", content: "hello" });
    const prior = Value.null(impliedType(schema.block));
    const planned = await p.planResourceChange({ typeName: "local_file", priorState: prior, proposedNewState: proposedNew(schema, prior, config), config });
    const applied = await p.applyResourceChange({ typeName: "local_file", priorState: prior, plannedState: planned.plannedState, config });
    expect(applied.diagnostics).toEqual([]);
    expect(readFileSync(join(dir, "from-plugin.txt"), "utf8")).toBe("hello");
    const read = { typeName: "local_file", currentState: applied.newState };
    expect(await p.readResource(read)).toEqual(await builtins.local!.readResource(read));
    const dsSchema = (await p.getProviderSchema()).dataSources.local_file!;
    const ds = { typeName: "local_file", config: objectFor(dsSchema, { filename: "from-plugin.txt" }) };
    const got = await p.readDataSource(ds);
    expect(got).toEqual(await builtins.local!.readDataSource(ds));
    expect(got.state.entries().get("content")).toEqual(Value.string("hello"));
  });

  it("answers a function the provider does not have with an error", async () => {
    expect(await plugins.local!.callFunction({ name: "direxists", arguments: [] })).toEqual({ error: { text: 'provider has no function named "direxists"' } });
    expect(await plugins.local!.getFunctions()).toEqual({ functions: {}, diagnostics: [] });
  });

  it("stops in-flight work when asked", async () => {
    expect(await plugins.time!.stopProvider()).toEqual({});
  });
});

const CONFIG = `
resource "local_file" "a" {
  filename = "\${path.module}/planned.txt"
  content  = "from \${null_resource.n.id == "" ? "x" : "terrane"}"
}
resource "null_resource" "n" {}
data "local_file" "self" {
  filename = "\${path.module}/main.tf"
}
output "size" {
  value = length(data.local_file.self.content)
}
`;

describe("the planner and apply with hashicorp/local as a plugin", () => {
  it("plans exactly as with the built-in provider and applies", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "terrane-plugin-plan-"));
    writeFileSync(join(cwd, "main.tf"), CONFIG);
    const built = buildConfig(cwd, { displayDir: "." });
    expect(built.diagnostics).toEqual([]);
    const builtin = builtinResolver(cwd);
    const local = pluginProvider(process.execPath, { args: [...LAUNCH, "local"], cwd, address: "registry.terraform.io/hashicorp/local" });
    const viaPlugin: ProviderResolver = (addr) => (addr.toString() === "registry.terraform.io/hashicorp/local" ? local : builtin(addr));
    const options = (providers: ProviderResolver) => ({ mode: "normal" as const, refresh: true, variables: new Map(), providers, cwd, terraformVersion: "1.11.4" });
    const want = await plan(built.config, new State(), options(builtin));
    const got = await plan(built.config, new State(), options(viaPlugin));
    expect(got.diagnostics).toEqual(want.diagnostics);
    expect(got.plan!.changes.map((c) => `${c.addr.toString()} ${c.change.action}`).sort()).toEqual(["local_file.a create", "null_resource.n create"]);
    expect(got.plan!.changes).toEqual(want.plan!.changes);
    expect(got.plan!.outputChanges).toEqual(want.plan!.outputChanges);
    const [gotLocal, wantLocal] = [got, want].map((r) => r.schemas.get("registry.terraform.io/hashicorp/local")!);
    expect(gotLocal!.resourceTypes).toEqual(wantLocal!.resourceTypes);
    const applied = await apply(built.config, got.plan!, { providers: viaPlugin, cwd, terraformVersion: "1.11.4" });
    expect(applied.diagnostics).toEqual([]);
    expect(readFileSync(join(cwd, "planned.txt"), "utf8")).toBe("from terrane");
  }, 30_000);
});

describe("plugins that do not start or stop answering", () => {
  const node = (script: string, timeoutMs = 10_000) => startPluginProvider(process.execPath, { args: ["-e", script], timeoutMs });

  it("quotes a bad handshake line and the plugin's stderr", async () => {
    const r = await node(`console.error("some log"); console.log("hello world"); setTimeout(() => {}, 5000)`);
    expect(r).toBeInstanceOf(PluginStartError);
    expect((r as PluginStartError).message).toMatch(/^Unrecognized remote plugin message: hello world\nThe plugin wrote to stderr:\nsome log$/);
    expect((r as PluginStartError).message).toContain("The plugin wrote to stderr:\nsome log");
  });

  it("reports a plugin that exits at once, with its stderr", async () => {
    const r = await node(`process.stderr.write("panic: no config\\n"); process.exit(2)`);
    expect((r as PluginStartError).message).toBe("plugin exited before we could connect (exit code 2)\nThe plugin wrote to stderr:\npanic: no config");
  });

  it("times out on a plugin that never hands shake", async () => {
    const r = await node(`setInterval(() => {}, 1000)`, 300);
    expect((r as PluginStartError).message).toBe("timeout while waiting for plugin to start (300 ms)");
  });

  it("reports an executable that does not exist", async () => {
    const r = await startPluginProvider(join(dir, "no-such-plugin"));
    expect((r as PluginStartError).message).toContain("no-such-plugin: spawn");
  });

  it("gives a factory's provider that answers every operation with the start error", async () => {
    const p = await pluginProvider(process.execPath, { args: ["-e", "process.exit(1)"], address: "registry.terraform.io/hashicorp/broken" })();
    const s = await p.getProviderSchema();
    expect(s.diagnostics[0]!.summary).toBe("Failed to load plugin schemas");
    expect(s.diagnostics[0]!.detail).toContain('failed to instantiate provider "registry.terraform.io/hashicorp/broken" to obtain schema: plugin exited before we could connect (exit code 1)');
    expect((await p.validateProviderConfig({ config: Value.null(impliedType(s.provider.block)) })).diagnostics).toEqual(s.diagnostics);
  });

  it("turns a plugin that died into 'Plugin did not respond', and closes", async () => {
    const p = await start("null", dir);
    const schema = await schemaOf(p, "null_resource");
    p.plugin.child.kill("SIGKILL");
    await new Promise((resolve) => p.plugin.child.once("exit", resolve));
    const r = await p.readResource({ typeName: "null_resource", currentState: objectFor(schema, { id: "1" }) });
    expect(r.diagnostics).toEqual([{ severity: "error", summary: "Plugin did not respond", detail: "The plugin encountered an error, and failed to respond to the plugin6.(*GRPCProvider).ReadResource call. The plugin logs may contain more details." }]);
    await p.close();
    expect(existsSync(dir)).toBe(true);
  }, 20_000);

  it("shuts a healthy plugin down through the controller", async () => {
    const p = await start("random", dir);
    const exit = new Promise<number | null>((resolve) => p.plugin.child.once("exit", (code) => resolve(code)));
    await p.close();
    expect(await exit).toBe(0);
    expect(p.stderr()).toBe("");
  }, 20_000);
});
