#!/usr/bin/env node
// Apply throughput: N terraform_data instances (`count = N`, each input its index) through the real
// command path, in three timed steps: `terrane plan -out=tfplan`, `terrane apply tfplan` (from the
// saved plan) and `terrane destroy -auto-approve`: the CLI's flag parsing, the local backend (lock
// file, atomic snapshots, the journal between them), the plan, the executor and the batched state
// persistence. Each size runs in a fresh process (so that peak RSS is its own) and prints, per step,
// wall time, the physical writes of terraform.tfstate (counted at the rename that replaces it), the
// records appended to terraform.tfstate.journal (one per object created or destroyed, plus the
// outputs), the serial written and the peak RSS so far. Budget: 5,000 applied from a saved plan in
// under 5 s, time per instance flat as N grows. For comparison, terraform 1.11.4 (which rewrites the
// whole state file after every object) took 6.5 s to apply 1,000 and 3 min 5 s for 5,000 on the
// 2-core machine these figures were first taken on. Needs `npm run build` first.
// Usage: node bench/apply.mjs [N ...]        (default: 1000 5000 50000)
import { execFileSync } from "node:child_process";
import fs, { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";

/** Counts renames onto a terraform.tfstate (physical state writes) and writes to journal files (records). */
function countWrites() {
  const counter = { snapshots: 0, records: 0 };
  const journals = new Set();
  const { rename } = fs.promises;
  const { renameSync, openSync, closeSync, writeSync } = fs;
  const count = (to) => void (basename(String(to)) === "terraform.tfstate" && counter.snapshots++);
  fs.promises.rename = async (from, to) => {
    await rename(from, to);
    count(to);
  };
  fs.renameSync = (from, to) => {
    renameSync(from, to);
    count(to);
  };
  fs.openSync = (path, ...rest) => {
    const fd = openSync(path, ...rest);
    if (String(path).endsWith(".journal")) journals.add(fd);
    return fd;
  };
  fs.closeSync = (fd) => {
    journals.delete(fd);
    closeSync(fd);
  };
  fs.writeSync = (fd, ...rest) => {
    if (journals.has(fd)) counter.records++;
    return writeSync(fd, ...rest);
  };
  syncBuiltinESMExports();
  return counter;
}

async function one(n) {
  const counter = countWrites();
  const { main } = await import("../dist/cmd/main.js");
  const dir = mkdtempSync(join(tmpdir(), `terrane-bench-apply-${n}-`));
  writeFileSync(join(dir, "main.tf"), `resource "terraform_data" "r" {\n  count = ${n}\n  input = count.index\n}\n`);
  const steps = [];
  const run = async (name, argv, expectInstances) => {
    let errors = "";
    const io = {
      stdout: { write: () => true },
      stderr: { write: (t) => (errors += t) },
      stdin: Readable.from([""]),
      cwd: dir,
      originalCwd: dir,
      env: { NO_COLOR: "1" },
    };
    const before = { ...counter };
    const started = performance.now();
    const code = await main(argv, io);
    const ms = performance.now() - started;
    if (code !== 0) throw new Error(`${name} exited ${code}: ${errors}`);
    const file = join(dir, "terraform.tfstate");
    const state = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : { serial: "-", resources: [] };
    const instances = state.resources.reduce((sum, r) => sum + r.instances.length, 0);
    if (expectInstances !== undefined && instances !== expectInstances) throw new Error(`after ${name} the state holds ${instances} instances, not ${expectInstances}`);
    const snapshots = counter.snapshots - before.snapshots;
    const records = counter.records - before.records;
    steps.push({ name, ms, snapshots, records, serial: state.serial, rssMb: process.resourceUsage().maxRSS / 1024 });
  };
  await run("plan -out", ["plan", "-out=tfplan", "-no-color"], 0);
  await run("apply PLANFILE", ["apply", "-no-color", "tfplan"], n);
  await run("destroy", ["destroy", "-auto-approve", "-no-color"], 0);
  rmSync(dir, { recursive: true, force: true });
  return { n, steps };
}

if (process.argv[2] === "--one") {
  console.log(JSON.stringify(await one(Number(process.argv[3]))));
  process.exit(0);
}

const sizes = process.argv.length > 2 ? process.argv.slice(2).map(Number) : [1000, 5000, 50000];
console.log("terrane plan -out, apply PLANFILE and destroy of N terraform_data instances (each size in a fresh process)");
console.log("instances  step              wall ms  µs/instance  state writes  journal records  serial  peak RSS MB");
const widths = [9, -16, 9, 12, 13, 16, 7, 12];
for (const n of sizes) {
  const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), "--one", String(n)], { encoding: "utf8", maxBuffer: 1 << 26 });
  const r = JSON.parse(out.trim().split("\n").at(-1));
  for (const s of r.steps) {
    const cols = [r.n, s.name, s.ms.toFixed(0), ((s.ms * 1000) / r.n).toFixed(1), s.snapshots, s.records, s.serial, s.rssMb.toFixed(0)];
    console.log(cols.map((c, i) => (widths[i] < 0 ? String(c).padEnd(-widths[i]) : String(c).padStart(widths[i]))).join(" "));
  }
}
