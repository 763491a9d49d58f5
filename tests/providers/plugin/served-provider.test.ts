import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { status, type Client, type ServiceError } from "@grpc/grpc-js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Value } from "../../../lang/values/value.js";
import { randomProvider } from "../../../providers/builtin/random/index.js";
import { localProvider } from "../../../providers/builtin/local/index.js";
import {
  DynamicValueError,
  decodeDynamicValue,
  diagnosticFromProto,
  encodeMsgpack,
  pathFromProto,
  schemaFromProto,
  startPlugin,
  PluginStartError,
  type PluginProcess,
} from "../../../providers/plugin/index.js";
import { impliedType, type Schema } from "../../../providers/schema.js";
import { objectFor, proposedNew } from "../builtin/harness.js";
import { toJS } from "../../helpers/values.js";

// The built-in providers served as real plugin processes: each test run starts
// fixtures/plugin-goldens/provider-from-source.mjs (the sources, no build) through go-plugin's
// handshake with automatic mutual TLS, then calls tfplugin6 RPCs over gRPC with the codecs of
// providers/plugin and compares what comes back with the built-in provider called in-process.

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const LAUNCH = ["--import", join(ROOT, "tests/helpers/ts-loader.mjs"), join(ROOT, "fixtures/plugin-goldens/provider-from-source.mjs")];

type Msg = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function call(client: Client, method: string, req: Msg): Promise<Msg> {
  const fn = (client as unknown as Record<string, (r: Msg, cb: (e: ServiceError | null, res: Msg) => void) => void>)[method]!;
  return new Promise((resolve, reject) => fn.call(client, req, (e, res) => (e ? reject(e) : resolve(res))));
}

function dv(v: Value, schema: Schema): Msg {
  const b = encodeMsgpack(v, impliedType(schema.block));
  if (b instanceof DynamicValueError) throw new Error(b.message);
  return { msgpack: b };
}

function value(m: Msg, schema: Schema): Value {
  const v = decodeDynamicValue(m, impliedType(schema.block));
  if (v instanceof DynamicValueError) throw new Error(v.message);
  return v;
}

async function start(name: string, cwd = ROOT): Promise<PluginProcess> {
  const p = await startPlugin({ command: process.execPath, args: [...LAUNCH, name], cwd });
  if (p instanceof PluginStartError) throw new Error(p.message);
  return p;
}

describe("the random provider served over tfplugin6", () => {
  let plugin: PluginProcess;
  const expected = randomProvider().getProviderSchema();
  beforeAll(async () => {
    plugin = await start("random");
  }, 120_000);
  afterAll(() => plugin?.kill());

  it("hands shake as go-plugin does: core 1, protocol 6, tcp on loopback, a TLS certificate", () => {
    expect(plugin.handshake).toMatchObject({ coreVersion: 1, protocolVersion: 6, network: "tcp", protocol: "grpc" });
    expect(plugin.handshake.address).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(plugin.handshake.serverCertPem).toContain("BEGIN CERTIFICATE");
  });

  it("answers the health check", async () => {
    expect(await call(plugin.health, "Check", { service: "plugin" })).toEqual({ status: "SERVING" });
  });

  it("serves every resource schema as the provider has it", async () => {
    const res = await call(plugin.provider, "GetProviderSchema", {});
    const want = await expected;
    expect(Object.keys(res.resource_schemas).sort()).toEqual(Object.keys(want.resourceTypes).sort());
    for (const [name, schema] of Object.entries(want.resourceTypes)) expect(schemaFromProto(res.resource_schemas[name])).toEqual(schema);
    expect(res.server_capabilities).toEqual({ plan_destroy: false, get_provider_schema_optional: true, move_resource_state: false });
    const meta = await call(plugin.provider, "GetMetadata", {});
    expect(meta.resources.map((r: Msg) => r.type_name).sort()).toEqual(Object.keys(want.resourceTypes).sort());
  });

  it("plans and applies random_pet with values that cross the wire intact", async () => {
    const schema = (await expected).resourceTypes.random_pet!;
    const config = objectFor(schema, { length: 3, prefix: "x" });
    const prior = Value.null(impliedType(schema.block));
    const plan = await call(plugin.provider, "PlanResourceChange", {
      type_name: "random_pet", prior_state: dv(prior, schema), proposed_new_state: dv(proposedNew(schema, prior, config), schema), config: dv(config, schema),
    });
    expect(plan.diagnostics).toEqual([]);
    const planned = value(plan.planned_state, schema);
    expect(toJS(planned)).toEqual({ id: "(known after apply)", keepers: null, length: 3, prefix: "x", separator: "-" });
    const applied = await call(plugin.provider, "ApplyResourceChange", {
      type_name: "random_pet", prior_state: dv(prior, schema), planned_state: plan.planned_state, config: dv(config, schema),
    });
    const state = value(applied.new_state, schema);
    expect(state.entries().get("id")!.asString()).toMatch(/^x-[a-z]+-[a-z]+-[a-z]+$/);
  });

  it("returns diagnostics with attribute paths", async () => {
    const schema = (await expected).resourceTypes.random_password!;
    const res = await call(plugin.provider, "ValidateResourceConfig", { type_name: "random_password", config: dv(objectFor(schema, { length: 1.5 }), schema) });
    expect(res.diagnostics.map(diagnosticFromProto)).toEqual((await randomProvider().validateResourceConfig({ typeName: "random_password", config: objectFor(schema, { length: 1.5 }) })).diagnostics);
    expect(pathFromProto(res.diagnostics[0].attribute)).toEqual([{ attr: "length" }]);
  });

  it("reports unknown types and undecodable values as error diagnostics", async () => {
    const unknown = await call(plugin.provider, "ValidateResourceConfig", { type_name: "random_nope", config: { msgpack: Buffer.from([0xc0]) } });
    expect(unknown.diagnostics.map(diagnosticFromProto)).toEqual([{ severity: "error", summary: "Unknown resource type", detail: 'This provider does not have a resource type named "random_nope".' }]);
    const bad = await call(plugin.provider, "ValidateResourceConfig", { type_name: "random_pet", config: { msgpack: Buffer.from([0x81, 0xa1, 0x7a, 0x01]) } });
    expect(bad.diagnostics[0].summary).toBe("Invalid config value");
    expect(bad.diagnostics[0].detail).toContain("an object with 5 attributes is required (1 given)");
  });

  it("answers the RPCs it does not offer with Unimplemented", async () => {
    await expect(call(plugin.provider, "MoveResourceState", {})).rejects.toMatchObject({ code: status.UNIMPLEMENTED });
    await expect(call(plugin.provider, "OpenEphemeralResource", {})).rejects.toMatchObject({ code: status.UNIMPLEMENTED });
  });

  it("stops when asked and shuts down through the controller", async () => {
    expect(await call(plugin.provider, "StopProvider", {})).toEqual({ Error: "" });
    const exit = new Promise<number | null>((resolve) => plugin.child.once("exit", (code) => resolve(code)));
    await plugin.kill(10_000);
    expect(await exit).toBe(0);
  });
});

describe("the local provider served over tfplugin6", () => {
  it("refreshes a file edited or deleted on disk to a null state, in the plugin's working directory", async () => {
    const dir = mkdtempSync(join(tmpdir(), "terrane-plugin-local-"));
    const plugin = await start("local", dir);
    try {
      const schema = (await localProvider({ cwd: dir }).getProviderSchema()).resourceTypes.local_file!;
      const config = objectFor(schema, { filename: "a.txt", content: "hi" });
      const prior = Value.null(impliedType(schema.block));
      const plan = await call(plugin.provider, "PlanResourceChange", {
        type_name: "local_file", prior_state: dv(prior, schema), proposed_new_state: dv(proposedNew(schema, prior, config), schema), config: dv(config, schema),
      });
      const applied = await call(plugin.provider, "ApplyResourceChange", { type_name: "local_file", prior_state: dv(prior, schema), planned_state: plan.planned_state, config: dv(config, schema) });
      const state = value(applied.new_state, schema);
      expect(state.entries().get("content")).toEqual(Value.string("hi"));
      const same = await call(plugin.provider, "ReadResource", { type_name: "local_file", current_state: applied.new_state });
      expect(value(same.new_state, schema)).toEqual(state);
      writeFileSync(join(dir, "a.txt"), "edited");
      const edited = await call(plugin.provider, "ReadResource", { type_name: "local_file", current_state: applied.new_state });
      expect(value(edited.new_state, schema).isNull).toBe(true);
      rmSync(join(dir, "a.txt"));
      const gone = await call(plugin.provider, "ReadResource", { type_name: "local_file", current_state: applied.new_state });
      expect(value(gone.new_state, schema).isNull).toBe(true);
    } finally {
      await plugin.kill();
    }
  }, 120_000);
});

describe("starting a plugin", () => {
  it("refuses to run without Terraform's magic cookie, as go-plugin does", () => {
    const r = spawnSync(process.execPath, [...LAUNCH, "random"], { cwd: ROOT, env: { PATH: process.env.PATH }, encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("This binary is a plugin. These are not meant to be executed directly.\nPlease execute the program that consumes these plugins, which will\nload any plugins automatically\n");
  }, 120_000);

  it.each([["a provider name it does not serve", ["aws"]], ["a protocol it does not speak", ["random", "-protocol=4"]], ["an unknown flag", ["random", "-debug"]]])(
    "reports %s",
    (_name, args) => {
      const r = spawnSync(process.execPath, [...LAUNCH, ...args], { cwd: ROOT, encoding: "utf8" });
      expect(r.status).toBe(1);
      expect(r.stderr).toBe("Usage: terrane-provider <random|null|local|time> [-protocol=5|6|5,6]\n");
    },
    120_000,
  );
});
