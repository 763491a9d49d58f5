#!/usr/bin/env node
// Planning throughput: `plan` of N terraform_data instances (`count = N`, each input its index) from
// an empty state (N creates) and from a full state holding them already (N refreshes, no changes),
// through the real planner and the built-in terraform provider. Prints wall time and peak RSS for
// 5,000 (budget: under 1 s from empty, under 1.5 s from full) and the time per instance up to 50,000,
// which stays flat when planning is linear: once in this process one size after another, and once
// with each size in a fresh process after a warm-up plan (so that one size's heap does not weigh on
// the next). Needs `npm run build` first.
// Usage: node bench/plan.mjs [maxN]
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildConfig } from "../dist/core/configs/config-builder.js";
import { plan } from "../dist/core/plan/index.js";
import { readStateFile } from "../dist/core/states/index.js";
import { builtinProviders } from "../dist/providers/builtin/index.js";

import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const maxN = Number(process.argv[2] ?? 50000);

function workDir(n) {
  const dir = mkdtempSync(join(tmpdir(), `terrane-bench-plan-${n}-`));
  writeFileSync(join(dir, "main.tf"), `resource "terraform_data" "r" {\n  count = ${n}\n  input = count.index\n}\n`);
  return dir;
}

function fullState(n) {
  const instances = [];
  for (let i = 0; i < n; i++) {
    const id = `00000000-0000-0000-0000-${String(i).padStart(12, "0")}`;
    instances.push({
      index_key: i,
      schema_version: 0,
      attributes: { id, input: { value: i, type: "number" }, output: { value: i, type: "number" }, triggers_replace: null },
      sensitive_attributes: [],
    });
  }
  const file = {
    version: 4,
    terraform_version: "1.11.4",
    serial: 1,
    lineage: "bench",
    outputs: {},
    resources: [{ mode: "managed", type: "terraform_data", name: "r", provider: 'provider["terraform.io/builtin/terraform"]', instances }],
    check_results: null,
  };
  const r = readStateFile(JSON.stringify(file));
  if (!r.file) throw new Error(JSON.stringify(r.diagnostics));
  return r.file.state;
}

async function run(n, full) {
  const dir = workDir(n);
  const state = full ? fullState(n) : readStateFile("").file?.state;
  const built = buildConfig(dir, { displayDir: "." });
  const builtins = builtinProviders({ cwd: dir });
  const start = performance.now();
  const r = await plan(built.config, state ?? fullState(0), {
    mode: "normal",
    refresh: true,
    variables: new Map(),
    providers: (p) => builtins.get(p.toString()),
    cwd: dir,
    terraformVersion: "1.11.4",
  });
  const ms = performance.now() - start;
  if (!r.plan) throw new Error(JSON.stringify(r.diagnostics));
  const changes = r.plan.changes.filter((c) => c.change.action !== "no-op").length;
  return { ms, changes };
}

if (process.argv[2] === "--one") {
  await run(1000, process.argv[4] === "full");
  const r = await run(Number(process.argv[3]), process.argv[4] === "full");
  console.log(((r.ms * 1000) / Number(process.argv[3])).toFixed(1));
  process.exit(0);
}

const five = [await run(5000, false), await run(5000, true)];
console.log(`plan 5,000 instances, empty state: ${five[0].ms.toFixed(0)} ms (${five[0].changes} to add; budget 1000 ms)`);
console.log(`plan 5,000 instances, full state:  ${five[1].ms.toFixed(0)} ms (${five[1].changes} changes; budget 1500 ms)`);
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
console.log("instances  empty µs/instance  full µs/instance");
for (const n of [1000, 5000, 10000, 50000].filter((x) => x <= maxN)) {
  const e = await run(n, false);
  const f = await run(n, true);
  console.log(`${String(n).padStart(9)}  ${((e.ms * 1000) / n).toFixed(1).padStart(17)}  ${((f.ms * 1000) / n).toFixed(1).padStart(16)}`);
}
console.log("each size in a fresh process:");
console.log("instances  empty µs/instance  full µs/instance");
const one = (n, mode) => execFileSync(process.execPath, [fileURLToPath(import.meta.url), "--one", String(n), mode], { encoding: "utf8" }).trim();
for (const n of [1000, 5000, 10000, 50000].filter((x) => x <= maxN)) {
  console.log(`${String(n).padStart(9)}  ${one(n, "empty").padStart(17)}  ${one(n, "full").padStart(16)}`);
}
