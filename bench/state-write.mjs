#!/usr/bin/env node
// State storage throughput: serialising and atomically writing (temp file, fsync, rename, directory
// fsync) states of 1,000 / 5,000 / 20,000 terraform_data instances through the local backend, then
// an apply-like run that creates 5,000 instances one by one and feeds the growing state to the
// PersistBatcher after each (default 300 ms interval), back to back and paced by a 1 ms timer per
// instance, with the time it adds over the same run without state writes; next to writing after
// every instance as Terraform's local backend does (measured on the first 1,000 only: quadratic).
// Needs `npm run build` first.
// Usage: node bench/state-write.mjs
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FilesystemState } from "../dist/backends/index.js";
import { PersistBatcher } from "../dist/core/statemgr/index.js";
import { readStateFile, State, writeStateFile } from "../dist/core/states/index.js";

function stateOf(n) {
  const instances = [];
  for (let i = 0; i < n; i++) {
    const id = `00000000-0000-0000-0000-${String(i).padStart(12, "0")}`;
    const input = { value: `value-${i}`, type: "string" };
    instances.push({ index_key: i, schema_version: 0, attributes: { id, input, output: input, triggers_replace: null }, sensitive_attributes: [] });
  }
  const resources = [{ mode: "managed", type: "terraform_data", name: "r", provider: 'provider["terraform.io/builtin/terraform"]', instances }];
  const r = readStateFile(JSON.stringify({ version: 4, terraform_version: "1.11.4", serial: 1, lineage: "bench", outputs: {}, resources, check_results: null }));
  if (!r.file) throw new Error(JSON.stringify(r.diagnostics));
  return r.file.state;
}

function manager(dir) {
  return new FilesystemState({ cwd: dir, path: "terraform.tfstate", backupPath: "terraform.tfstate.backup", terraformVersion: "1.11.4" });
}

const ms = (t) => `${t.toFixed(1).padStart(8)} ms`;

async function writeOnce(n) {
  const dir = mkdtempSync(join(tmpdir(), "terrane-bench-state-"));
  const state = stateOf(n);
  const t0 = performance.now();
  const text = writeStateFile({ terraformVersion: "1.11.4", serial: 1, lineage: "bench", state });
  const t1 = performance.now();
  const m = manager(dir);
  await m.refresh();
  m.writeState(state);
  const t2 = performance.now();
  const diags = await m.persistState();
  const t3 = performance.now();
  if (diags.length) throw new Error(JSON.stringify(diags));
  const mb = statSync(join(dir, "terraform.tfstate")).size / 1e6;
  console.log(`${String(n).padStart(6)} instances: serialise ${ms(t1 - t0)}, serialise+write ${ms(t3 - t2)} (${mb.toFixed(1)} MB, ${(text.length / 1e6 / ((t1 - t0) / 1000)).toFixed(0)} MB/s serialise)`);
  rmSync(dir, { recursive: true });
}

// An apply creating `count` instances of `full` one at a time, feeding the state to `feed` after each
// and then waiting `paceMs` (0: just yielding to the event loop, as the walk does between resources).
async function applyLike(full, count, paceMs, feed) {
  const live = new State();
  let i = 0;
  for (const inst of full.allInstances()) {
    if (i++ === count) break;
    live.setCurrent(inst.addr, inst.state.current, inst.resource.provider);
    await feed(live);
    await new Promise((r) => (paceMs === 0 ? setImmediate(r) : setTimeout(r, paceMs)));
  }
  return live;
}

async function batched(full, count, paceMs) {
  const dir = mkdtempSync(join(tmpdir(), "terrane-bench-state-"));
  const m = manager(dir);
  await m.refresh();
  const t00 = performance.now();
  await applyLike(full, count, paceMs, () => undefined);
  const bare = performance.now() - t00;
  const batcher = new PersistBatcher(m);
  const t0 = performance.now();
  const live = await applyLike(full, count, paceMs, (s) => batcher.update(s));
  batcher.update(live);
  const diags = await batcher.flush();
  const t = performance.now() - t0;
  if (diags.length) throw new Error(JSON.stringify(diags));
  const pace = paceMs === 0 ? "back to back      " : `one per ${paceMs} ms timer`;
  console.log(`${String(count).padStart(6)} updates, ${pace}, through the batcher: ${ms(t)} total (${ms(t - bare)} more than without state writes), ${batcher.persistCount} writes`);
  rmSync(dir, { recursive: true });
}

async function everyUpdate(full, count) {
  const dir = mkdtempSync(join(tmpdir(), "terrane-bench-state-"));
  const m = manager(dir);
  await m.refresh();
  const t0 = performance.now();
  await applyLike(full, count, 0, async (s) => {
    m.writeState(s);
    await m.persistState();
  });
  const t = performance.now() - t0;
  console.log(`${String(count).padStart(6)} updates, back to back, a write after each:         ${ms(t)} total, ${count} writes`);
  rmSync(dir, { recursive: true });
}

console.log("Serialising and writing one state:");
for (const n of [1000, 5000, 20000]) await writeOnce(n);
console.log("\nFeeding an apply's intermediate states:");
const full = stateOf(5000);
await batched(full, 5000, 0);
await batched(full, 5000, 1);
await everyUpdate(full, 1000);
