#!/usr/bin/env node
// Provider plugin overhead, measured with the testcloud test provider (fixtures/test-provider) run as
// a real plugin process from compiled code (its launcher runs dist/fixtures/test-provider/main.js,
// which this script compiles; the client is dist/, so run `npm run build` first):
//   1. start-up: spawn the plugin, go-plugin's handshake (mutual TLS) and GetProviderSchema; N
//      times, ms per start (median, p90), for each protocol version;
//   2. round trips through one plugin process: PlanResourceChange + ApplyResourceChange for 1,000
//      testcloud_network objects via the client's Provider interface, one at a time and 10 in flight
//      (terraform's default parallelism), in µs per call, next to the same calls on the provider
//      object in this process (what the plugin boundary costs is the difference);
//   3. a whole `terrane apply -auto-approve` (and destroy) of 1,000 testcloud_network resources
//      (`count`) after `terrane init -plugin-dir`, in wall time and µs per resource; with
//      -terraform, also `terraform apply` and destroy of the same configuration with the same plugin.
// Usage: node bench/plugin.mjs [-terraform] [starts=20] [objects=1000]
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { buildTestcloudDist, makeTestcloudPluginDir } from "../fixtures/test-provider/launcher.mjs";

const args = process.argv.slice(2).filter((a) => a !== "-terraform");
const withTerraform = process.argv.includes("-terraform");
const starts = Number(args[0] ?? 20);
const objects = Number(args[1] ?? 1000);
const { PluginStartError, startPluginProvider } = await import("../dist/providers/plugin/index.js");
const { Value } = await import("../dist/lang/values/value.js");
const { StringType } = await import("../dist/lang/types/type.js");
const { main } = await import("../dist/cmd/main.js");

const base = mkdtempSync(join(tmpdir(), "terrane-bench-plugin-"));
await buildTestcloudDist();
const { testcloudProvider } = await import("../dist/fixtures/test-provider/index.js");
const [exe] = makeTestcloudPluginDir(join(base, "plugins"), { mode: "dist" });
const store = join(base, "store");

function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], p90: s[Math.floor(s.length * 0.9)], min: s[0] };
}

async function start(protocolVersions) {
  const p = await startPluginProvider(exe, { protocolVersions, env: { ...process.env, TESTCLOUD_STORE: store }, cwd: base });
  if (p instanceof PluginStartError) throw new Error(p.message);
  return p;
}

async function startUp(version) {
  const samples = [];
  for (let i = 0; i < starts; i++) {
    const t0 = performance.now();
    const p = await start([version]);
    const schema = await p.getProviderSchema();
    samples.push(performance.now() - t0);
    if (!schema.resourceTypes.testcloud_network) throw new Error("no schema");
    await p.close();
  }
  return stats(samples);
}

function network(i, id = null, gateway = null) {
  const s = (x) => (x === null ? Value.null(StringType) : Value.string(x));
  return Value.object({ id: s(id), name: s(`net-${i}`), cidr: s(`10.${i >> 8}.${i & 255}.0/24`), gateway: s(gateway) });
}

async function roundTrip(p, i) {
  const config = network(i);
  const priorState = Value.null(config.type);
  const plan = await p.planResourceChange({ typeName: "testcloud_network", priorState, proposedNewState: config, config });
  const applied = await p.applyResourceChange({ typeName: "testcloud_network", priorState, plannedState: plan.plannedState, config });
  if (plan.diagnostics.length + applied.diagnostics.length > 0 || applied.newState.isNull) throw new Error(JSON.stringify([...plan.diagnostics, ...applied.diagnostics]));
}

async function roundTrips(inFlight, inProcess) {
  rmSync(store, { recursive: true, force: true });
  const p = inProcess ? testcloudProvider({ version: "0.1.0", env: { TESTCLOUD_STORE: store } }) : await start([5, 6]);
  await p.configureProvider({ terraformVersion: "1.11.4", config: Value.object({ store_dir: Value.null(StringType) }) });
  await roundTrip(p, objects); // warm-up: schema fetched, connections open
  let next = 0;
  const t0 = performance.now();
  const worker = async () => {
    while (next < objects) await roundTrip(p, next++);
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  const ms = performance.now() - t0;
  await p.close();
  const written = readdirSync(join(store, "testcloud_network")).length;
  if (written !== objects + 1) throw new Error(`${written} objects in the store, not ${objects + 1}`);
  return { ms, usPerCall: (ms * 1000) / (objects * 2) };
}

async function cli(dir, argv) {
  let errors = "";
  const io = { stdout: { write: () => true }, stderr: { write: (t) => (errors += t) }, stdin: Readable.from([""]), cwd: dir, originalCwd: dir, env: { NO_COLOR: "1" } };
  const t0 = performance.now();
  const code = await main(argv, io);
  const ms = performance.now() - t0;
  if (code !== 0) throw new Error(`terrane ${argv.join(" ")} exited ${code}: ${errors}`);
  return ms;
}

function workDir() {
  const dir = join(base, "work");
  rmSync(dir, { recursive: true, force: true });
  rmSync(store, { recursive: true, force: true });
  mkdirSync(dir);
  writeFileSync(
    join(dir, "main.tf"),
    `terraform {\n  required_providers {\n    testcloud = { source = "registry.terrane.test/terrane/testcloud" }\n  }\n}\n\n` +
      `provider "testcloud" {\n  store_dir = "${store}"\n}\n\n` +
      `resource "testcloud_network" "n" {\n  count = ${objects}\n  name  = "net-\${count.index}"\n  cidr  = "10.\${floor(count.index / 256)}.\${count.index % 256}.0/24"\n}\n`,
  );
  return dir;
}

function checkStore(what) {
  const created = readdirSync(join(store, "testcloud_network")).length;
  if (created !== objects) throw new Error(`${what} made ${created} networks, not ${objects}`);
}

async function wholeApply() {
  const dir = workDir();
  await cli(dir, ["init", `-plugin-dir=${join(base, "plugins")}`, "-no-color"]);
  const apply = await cli(dir, ["apply", "-auto-approve", "-no-color"]);
  checkStore("terrane apply");
  const destroy = await cli(dir, ["destroy", "-auto-approve", "-no-color"]);
  return { apply, destroy };
}

function terraformApply() {
  const dir = workDir();
  const env = { ...process.env, TF_CLI_CONFIG_FILE: "/dev/null", CHECKPOINT_DISABLE: "1" };
  const tf = (argv) => {
    const t0 = performance.now();
    execFileSync("terraform", argv, { cwd: dir, env, stdio: "ignore" });
    return performance.now() - t0;
  };
  tf(["init", `-plugin-dir=${join(base, "plugins")}`, "-no-color"]);
  const apply = tf(["apply", "-auto-approve", "-no-color"]);
  checkStore("terraform apply");
  return { apply, destroy: tf(["destroy", "-auto-approve", "-no-color"]) };
}

const fmt = (r) => `median ${r.median.toFixed(1)} ms, p90 ${r.p90.toFixed(1)} ms, min ${r.min.toFixed(1)} ms`;
const perResource = (ms) => `${ms.toFixed(0)} ms, ${((ms * 1000) / objects).toFixed(0)} µs per resource`;
try {
  console.log(`plugin start-up: spawn + handshake + GetProviderSchema (${starts} starts each)`);
  for (const v of [6, 5]) console.log(`  protocol ${v}   ${fmt(await startUp(v))}`);
  console.log(`PlanResourceChange + ApplyResourceChange of ${objects} testcloud_network objects, µs per call`);
  for (const inFlight of [1, 10]) {
    const plugin = await roundTrips(inFlight, false);
    const local = await roundTrips(inFlight, true);
    console.log(`  ${String(inFlight).padStart(2)} in flight   plugin ${plugin.usPerCall.toFixed(0)} µs (${plugin.ms.toFixed(0)} ms in all), in-process ${local.usPerCall.toFixed(0)} µs`);
  }
  const runs = [["terrane", await wholeApply()]];
  if (withTerraform) runs.push(["terraform", terraformApply()]);
  console.log(`apply -auto-approve and destroy -auto-approve of ${objects} testcloud_network resources (after init -plugin-dir)`);
  for (const [name, r] of runs) console.log(`  ${name.padEnd(9)}  apply ${perResource(r.apply)}; destroy ${perResource(r.destroy)}`);
} finally {
  rmSync(base, { recursive: true, force: true });
}
