import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { StringType } from "../../../lang/types/type.js";
import { nullProvider } from "../../../providers/builtin/null/index.js";
import { negotiateVersion, PluginStartError, serveProvider, startPluginProvider, type ProtocolVersion } from "../../../providers/plugin/index.js";
import { providerHandlers } from "../../../providers/plugin/provider-service.js";
import type { Provider } from "../../../providers/provider.js";

// go-plugin's version negotiation between Terrane's plugin client (which offers 5 and 6) and server
// (which serves 5 and 6 unless limited): the rule itself, the handshake line a server writes for each
// host offer, real plugin processes (the built-in providers from the sources, limited with
// -protocol=N) met by clients offering both or one version, plugins whose handshake names a version
// or protocol the client does not speak, and a provider whose schema protocol 5 cannot carry.

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const LAUNCH = ["--import", join(ROOT, "tests/helpers/ts-loader.mjs"), join(ROOT, "fixtures/plugin-goldens/provider-from-source.mjs")];
const COOKIE = { TF_PLUGIN_MAGIC_COOKIE: "d602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2" };

describe("negotiateVersion (go-plugin's server side)", () => {
  it.each([
    ["5,6", [5, 6], 6],
    ["6,5", [5, 6], 6],
    ["5", [5, 6], 5],
    ["6", [5, 6], 6],
    ["5,6", [5], 5],
    ["5,6", [6], 6],
    ["4, 6,x", [5, 6], 6],
    // No common version, or none listed: the oldest served (the host then refuses the handshake).
    ["6", [5], 5],
    ["7", [5, 6], 5],
    [undefined, [5, 6], 5],
    ["", [6], 6],
  ] as const)("host %j, server %j: %i", (offered, served, want) => {
    expect(negotiateVersion(offered, served)).toBe(want);
  });
});

async function handshakeFor(env: Record<string, string>, protocolVersions?: ProtocolVersion[], provider: () => Promise<Provider> = async () => nullProvider()) {
  const out: string[] = [];
  const r = await serveProvider(provider, { env: { ...COOKIE, ...env }, stdout: { write: (t: string) => out.push(t) }, ...(protocolVersions ? { protocolVersions } : {}) });
  if (r.ok) await r.close();
  return { r, line: out.join("") };
}

describe("the server's handshake line", () => {
  it.each([
    ["5,6", undefined, 6],
    ["5,6", [5], 5],
    ["5,6", [6], 6],
    ["5", undefined, 5],
    ["6", [5], 5],
  ] as const)("host %s, server %j: protocol %i", async (offered, served, want) => {
    const { r, line } = await handshakeFor({ PLUGIN_PROTOCOL_VERSIONS: offered }, served ? [...served] : undefined);
    expect(r).toMatchObject({ ok: true, protocolVersion: want });
    expect(line).toMatch(new RegExp(`^1\\|${want}\\|tcp\\|127\\.0\\.0\\.1:\\d+\\|grpc\\|\\n$`));
  });

  it.each([[[]], [[4]], [[5, 7]]])("refuses to offer %j", async (versions) => {
    const { r, line } = await handshakeFor({ PLUGIN_PROTOCOL_VERSIONS: "5,6" }, versions as ProtocolVersion[]);
    expect(r).toEqual({ ok: false, message: `Terrane serves plugin protocol versions 5 and 6, not ${versions.join(", ") || "none"}.\n` });
    expect(line).toBe("");
  });
});

/** null's provider with a nested attribute type in a resource schema and in a nested block of another. */
async function nestedProvider(): Promise<Provider> {
  const base = nullProvider();
  const schema = await base.getProviderSchema();
  const nested = { nesting: "list" as const, attributes: { port: { type: StringType, optional: true } } };
  const withNested = {
    version: 0,
    block: { attributes: { rules: { nested, optional: true } }, blocks: { spec: { nesting: "single" as const, block: { attributes: { ports: { nested, optional: true } } } } } },
  };
  const getProviderSchema = async () => ({ ...schema, resourceTypes: { ...schema.resourceTypes, null_nested: withNested } });
  return new Proxy(base, {
    get: (t, k) => {
      const v: unknown = Reflect.get(t, k);
      return k === "getProviderSchema" ? getProviderSchema : typeof v === "function" ? v.bind(t) : v;
    },
  });
}

describe("a provider whose schema uses nested attribute types", () => {
  const message =
    "This provider cannot be served over plugin protocol 5: its schema uses nested attribute types, which only protocol 6 can describe:\n" +
    '  - resource type "null_nested" attribute "rules"\n' +
    '  - resource type "null_nested" attribute "spec.ports"\n' +
    "Serve it over protocol 6 (a host that offers protocol 6, such as Terraform 1.0 or later).\n";

  it("is served over protocol 6", async () => {
    expect((await handshakeFor({ PLUGIN_PROTOCOL_VERSIONS: "5,6" }, undefined, nestedProvider)).r).toMatchObject({ ok: true, protocolVersion: 6 });
  });

  it("is refused over protocol 5, naming every nested attribute", async () => {
    expect(await handshakeFor({ PLUGIN_PROTOCOL_VERSIONS: "5" }, undefined, nestedProvider)).toEqual({ r: { ok: false, message }, line: "" });
    expect((await handshakeFor({ PLUGIN_PROTOCOL_VERSIONS: "5,6" }, [5], nestedProvider)).r).toEqual({ ok: false, message });
  });

  it("gets an error diagnostic from GetSchema instead of a schema that lost attributes", async () => {
    const res = await providerHandlers(await nestedProvider(), 5).GetSchema!({});
    expect(res.diagnostics).toEqual([
      {
        severity: "ERROR",
        summary: "Schema not expressible in protocol 5",
        detail: 'The provider\'s schema uses nested attribute types, which plugin protocol 5 cannot describe: resource type "null_nested" attribute "rules", resource type "null_nested" attribute "spec.ports".',
        attribute: null,
      },
    ]);
  });
});

describe("real plugin processes", () => {
  const start = (args: string[], protocolVersions?: ProtocolVersion[]) =>
    startPluginProvider(process.execPath, { args: [...LAUNCH, "null", ...args], cwd: ROOT, ...(protocolVersions ? { protocolVersions } : {}) });

  it.each([
    [[], undefined, 6],
    [["-protocol=5"], undefined, 5],
    [["-protocol=6"], undefined, 6],
    [["-protocol=5,6"], [5] as ProtocolVersion[], 5],
  ])("server %j, client %j: protocol %i", async (args, offered, want) => {
    const p = await start(args, offered);
    if (p instanceof PluginStartError) throw new Error(p.message);
    expect([p.protocolVersion, p.plugin.handshake.protocolVersion]).toEqual([want, want]);
    expect(Object.keys((await p.getProviderSchema()).resourceTypes)).toEqual(["null_resource"]);
    await p.close();
  }, 60_000);

  it("fails with go-plugin's error, quoting the handshake, when there is no common version", async () => {
    const p = await start(["-protocol=5"], [6]);
    expect(p).toBeInstanceOf(PluginStartError);
    expect((p as PluginStartError).message).toMatch(
      /^Incompatible API version with plugin\. Plugin version: 5, Client versions: \[6\]\nThe plugin's handshake line was: 1\|5\|tcp\|127\.0\.0\.1:\d+\|grpc\|[A-Za-z0-9+/]+$/,
    );
  }, 60_000);
});

describe("handshakes the client does not accept", () => {
  const fake = (line: string) => startPluginProvider(process.execPath, { args: ["-e", `console.log(${JSON.stringify(line)}); setTimeout(() => {}, 5000)`], timeoutMs: 10_000 });

  it.each([
    ["a version it did not offer", "1|4|tcp|127.0.0.1:1|grpc|", "Incompatible API version with plugin. Plugin version: 4, Client versions: [5 6]"],
    ["a newer version", "1|7|unix|/tmp/plugin.sock|grpc|", "Incompatible API version with plugin. Plugin version: 7, Client versions: [5 6]"],
    ["net/rpc instead of gRPC", "1|5|tcp|127.0.0.1:1|netrpc", 'Unsupported plugin protocol "netrpc". Supported: [grpc]'],
  ])("%s", async (_name, line, why) => {
    const p = await fake(line);
    expect(p).toEqual(new PluginStartError(`${why}\nThe plugin's handshake line was: ${line}`));
  }, 20_000);

  it("offers protocols 5 and 6 in PLUGIN_PROTOCOL_VERSIONS", async () => {
    const p = await startPluginProvider(process.execPath, { args: ["-e", "process.stderr.write(process.env.PLUGIN_PROTOCOL_VERSIONS); process.exit(1)"] });
    expect((p as PluginStartError).message).toBe("plugin exited before we could connect (exit code 1)\nThe plugin wrote to stderr:\n5,6");
  }, 20_000);
});
