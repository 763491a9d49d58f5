import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { PluginLogger, pluginLogSinkFromEnv, PluginStartError, startPluginProvider, type PluginLogSink } from "../../../providers/plugin/index.js";
import { runCli } from "../../helpers/cli.js";
// @ts-expect-error: plain JavaScript fixture script without type declarations
import { makePluginDir } from "../../../fixtures/plugin-goldens/plugin-dir.mjs";

// Provider logs as Terraform shows them with TF_LOG (go-plugin's handling of a plugin's stderr through
// hclog, as terraform 1.11.4 printed it for a plugin writing plain, [WARN]-prefixed and hclog JSON
// lines): the level settings, the text and JSON line formats, a real plugin's stderr and go-plugin's
// own messages, and `terrane plan` with an installed plugin, with and without TF_LOG.

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const LAUNCH = `"${process.execPath}" --import "${join(ROOT, "tests/helpers/ts-loader.mjs")}" "${join(ROOT, "fixtures/plugin-goldens/provider-from-source.mjs")}"`;
const NOW = new Date();
/** hclog's time prefix, in local time. */
const TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}(Z|[+-]\d{4}) /;

function collect(level: PluginLogSink["level"], json = false): { sink: PluginLogSink; lines: string[] } {
  const lines: string[] = [];
  return { sink: { level, ...(json ? { json } : {}), write: (l) => lines.push(l) }, lines };
}

describe("pluginLogSinkFromEnv", () => {
  const write = () => {};
  it.each([
    [{}, undefined],
    [{ TF_LOG: "" }, undefined],
    [{ TF_LOG: "off" }, undefined],
    [{ TF_LOG: "DEBUG" }, { level: "debug" }],
    [{ TF_LOG: "warn" }, { level: "warn" }],
    [{ TF_LOG: "bogus" }, { level: "trace" }],
    [{ TF_LOG: "json" }, { level: "trace", json: true }],
    [{ TF_LOG_PROVIDER: "error" }, { level: "error" }],
    [{ TF_LOG: "trace", TF_LOG_PROVIDER: "info" }, { level: "info" }],
    [{ TF_LOG: "json", TF_LOG_PROVIDER: "warn" }, { level: "warn", json: true }],
    [{ TF_LOG: "debug", TF_LOG_PROVIDER: "off" }, undefined],
  ])("%j", (env, want) => {
    const sink = pluginLogSinkFromEnv(env, write);
    expect(sink && { level: sink.level, ...(sink.json ? { json: true } : {}) }).toEqual(want);
  });
});

describe("plugin stderr lines, as go-plugin logs them", () => {
  const name = "terraform-provider-null_v3.2.4";
  it.each([
    ["a plain line at DEBUG", "hello", `[DEBUG] provider.${name}: hello`],
    ["a [WARN] line at WARN, kept whole", "[WARN] careful", `[WARN]  provider.${name}: [WARN] careful`],
    ["an [ERROR] line", "[ERROR] bad", `[ERROR] provider.${name}: [ERROR] bad`],
    [
      "an hclog JSON entry at its level, with its fields and own time",
      '{"@level":"info","@message":"Served request","@module":"sdk.proto","tf_rpc":"ReadResource","@timestamp":"2025-04-09T12:00:00.123456+02:00"}',
      `[INFO]  provider.${name}: Served request: @module=sdk.proto tf_rpc=ReadResource timestamp="2025-04-09T12:00:00.123+0200"`,
    ],
    ["a UTC entry without fields", '{"@level":"debug","@message":"noisy","@timestamp":"2025-04-09T12:00:00.123456Z"}', `[DEBUG] provider.${name}: noisy: timestamp=2025-04-09T12:00:00.123Z`],
    ["an entry without a time", '{"@level":"error","@message":"m","n":1,"ok":true,"list":["a","b c"]}', `[ERROR] provider.${name}: m: n=1 ok=true list=["a", "b c"] timestamp=0001-01-01T00:00:00.000Z`],
    ["values hclog quotes", '{"@level":"warn","@message":"m","e":"","s":"a b","q":"say \\"x\\"","u":"café"}', `[WARN]  provider.${name}: m: e="" s="a b" q="say \\"x\\"" u="café" timestamp=0001-01-01T00:00:00.000Z`],
    ["an entry whose time has no microseconds, as a plain line", '{"@level":"info","@message":"m","@timestamp":"2025-04-09T12:00:00Z"}', `[DEBUG] provider.${name}: {"@level":"info","@message":"m","@timestamp":"2025-04-09T12:00:00Z"}`],
    ["JSON that is not an object, as a plain line", "[1,2]", `[DEBUG] provider.${name}: [1,2]`],
  ])("%s", (_name, line, want) => {
    const { sink, lines } = collect("trace");
    new PluginLogger(sink, "provider").named(name).stderrLine(line, NOW);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(TIME);
    expect(lines[0]!.replace(TIME, "")).toBe(`${want}\n`);
  });

  it("drops lines below the sink's level", () => {
    const { sink, lines } = collect("warn");
    const log = new PluginLogger(sink, "provider");
    for (const l of ["plain", "[INFO] info", "[WARN] warn", '{"@level":"error","@message":"e"}', '{"@level":"debug","@message":"d"}']) log.stderrLine(l, NOW);
    expect(lines.map((l) => l.replace(TIME, ""))).toEqual(["[WARN]  provider: [WARN] warn\n", '[ERROR] provider: e: timestamp=0001-01-01T00:00:00.000Z\n']);
  });

  it("writes hclog's JSON lines for TF_LOG=json, keys sorted", () => {
    const { sink, lines } = collect("trace", true);
    const log = new PluginLogger(sink, "provider").named("x");
    log.stderrLine("plain", NOW);
    log.stderrLine('{"@level":"info","@message":"m","zeta":1,"alpha":"a","@timestamp":"2025-04-09T12:00:00.123456Z"}', NOW);
    const [plain, entry] = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(plain).toEqual({ "@level": "debug", "@message": "plain", "@module": "provider.x", "@timestamp": expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}(Z|[+-]\d\d:\d\d)$/) });
    expect(Object.keys(entry!)).toEqual(["@level", "@message", "@module", "@timestamp", "alpha", "timestamp", "zeta"]);
    expect(entry).toMatchObject({ "@level": "info", "@message": "m", alpha: "a", zeta: 1, timestamp: "2025-04-09T12:00:00.123Z" });
  });
});

/** A plugin executable that writes log lines to stderr, then serves hashicorp/null over protocol 5. */
function loggingPlugin(dir: string, name = "terraform-provider-null_v3.2.4"): string {
  const exe = join(dir, name);
  const lines = ["hello from null", "[WARN] careful", '{"@level":"info","@message":"Served request","@module":"sdk.proto","@timestamp":"2025-04-09T12:00:00.123456Z"}', '{"@level":"trace","@message":"too detailed"}'];
  writeFileSync(exe, `#!/bin/sh\n${lines.map((l) => `echo '${l}' >&2\n`).join("")}exec ${LAUNCH} null -protocol=5 "$@"\n`);
  chmodSync(exe, 0o755);
  return exe;
}

describe("a plugin process with a log sink", () => {
  it("logs its stderr and go-plugin's messages about it", async () => {
    const exe = loggingPlugin(mkdtempSync(join(tmpdir(), "terrane-plugin-log-")));
    const { sink, lines } = collect("debug");
    const p = await startPluginProvider(exe, { log: sink });
    if (p instanceof PluginStartError) throw new Error(p.message);
    await p.getProviderSchema();
    const pid = p.plugin.child.pid;
    await p.close();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const got = lines.map((l) => l.replace(TIME, ""));
    const name = "provider.terraform-provider-null_v3.2.4";
    expect(got.filter((l) => l.includes(name))).toEqual([
      `[DEBUG] ${name}: hello from null\n`,
      `[WARN]  ${name}: [WARN] careful\n`,
      `[INFO]  ${name}: Served request: @module=sdk.proto timestamp=2025-04-09T12:00:00.123Z\n`,
    ]);
    expect(got.filter((l) => !l.includes(name))).toEqual([
      `[DEBUG] provider: starting plugin: path=${exe} args=["${exe}"]\n`,
      `[DEBUG] provider: plugin started: path=${exe} pid=${pid}\n`,
      `[DEBUG] provider: waiting for RPC address: plugin=${exe}\n`,
      "[DEBUG] provider: using plugin: version=5\n",
      `[INFO]  provider: plugin process exited: plugin=${exe} id=${pid}\n`,
      "[DEBUG] provider: plugin exited\n",
    ]);
  }, 60_000);

  it("logs nothing without a sink, and keeps stderr for start errors", async () => {
    const p = await startPluginProvider(loggingPlugin(mkdtempSync(join(tmpdir(), "terrane-plugin-log-"))));
    if (p instanceof PluginStartError) throw new Error(p.message);
    expect(p.stderr()).toContain("hello from null\n[WARN] careful\n");
    await p.close();
  }, 60_000);
});

describe("terrane plan with an installed plugin and TF_LOG", () => {
  it("shows the plugin's log on stderr only when TF_LOG is set", async () => {
    const plugins = mkdtempSync(join(tmpdir(), "terrane-plugin-log-dir-"));
    const exes: string[] = makePluginDir(plugins, { source: true, protocol: 5 });
    const nullExe = exes.find((e) => e.endsWith("terraform-provider-null_v3.2.4"))!;
    writeFileSync(nullExe, readFileSync(nullExe, "utf8").replace("exec ", "echo 'hello from null' >&2\nexec "));
    const cwd = mkdtempSync(join(tmpdir(), "terrane-plugin-log-cwd-"));
    writeFileSync(join(cwd, "main.tf"), 'resource "null_resource" "a" {}\n');
    const init = await runCli(["init", "-no-color", `-plugin-dir=${plugins}`], { cwd });
    expect(init.code, init.stderr).toBe(0);
    const quiet = await runCli(["plan", "-no-color"], { cwd });
    expect(quiet.stderr).toBe("");
    expect(quiet.code).toBe(0);
    const logged = await runCli(["plan", "-no-color"], { cwd, env: { TF_LOG: "debug" } });
    expect(logged.stdout).toBe(quiet.stdout);
    const lines = logged.stderr.split("\n").filter(Boolean);
    expect(lines.every((l) => TIME.test(l))).toBe(true);
    expect(lines.map((l) => l.replace(TIME, ""))).toContain("[DEBUG] provider.terraform-provider-null_v3.2.4: hello from null");
    expect(lines.map((l) => l.replace(TIME, ""))).toContain("[DEBUG] provider: using plugin: version=5");
    const warnOnly = await runCli(["plan", "-no-color"], { cwd, env: { TF_LOG_PROVIDER: "warn" } });
    expect(warnOnly.stderr).toBe("");
  }, 120_000);
});
