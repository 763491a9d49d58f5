#!/usr/bin/env node
// Apply throughput: `terrane apply -auto-approve` of N terraform_data instances (`count = N`, each
// input its index) from an empty state, through the real command path: the CLI's flag parsing, the
// local backend (lock file, atomic writes), the plan, the executor and the batched state
// persistence. Each size runs in a fresh process (so that peak RSS is its own) and prints wall time,
// the physical writes of terraform.tfstate (counted at the rename that replaces it), the serial
// written (Terraform's count of logical writes: one per created object plus the final one), and peak
// RSS. The time per instance stays flat when apply is linear. For comparison, terraform 1.11.4 (which
// rewrites the whole state file after every object) took 6.5 s for 1,000 and 3 min 5 s for 5,000 on
// the 2-core machine these figures were first taken on. Needs `npm run build` first.
// Usage: node bench/apply.mjs [N ...]        (default: 1000 5000 10000)
import { execFileSync } from "node:child_process";
import fs, { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";

/** Counts renames onto a terraform.tfstate: each is one physical state write (writeFileAtomic[Sync]). */
function countStateWrites() {
  const counter = { writes: 0 };
  const count = (to) => void (basename(String(to)) === "terraform.tfstate" && counter.writes++);
  const rename = fs.promises.rename;
  const renameSync = fs.renameSync;
  fs.promises.rename = async (from, to) => {
    await rename(from, to);
    count(to);
  };
  fs.renameSync = (from, to) => {
    renameSync(from, to);
    count(to);
  };
  syncBuiltinESMExports();
  return counter;
}

async function one(n) {
  const counter = countStateWrites();
  const { main } = await import("../dist/cmd/main.js");
  const dir = mkdtempSync(join(tmpdir(), `terrane-bench-apply-${n}-`));
  writeFileSync(join(dir, "main.tf"), `resource "terraform_data" "r" {\n  count = ${n}\n  input = count.index\n}\n`);
  let printed = 0;
  let errors = "";
  const io = {
    stdout: { write: (t) => (printed += t.length) },
    stderr: { write: (t) => (errors += t) },
    stdin: Readable.from([""]),
    cwd: dir,
    originalCwd: dir,
    env: { NO_COLOR: "1" },
  };
  const started = performance.now();
  const code = await main(["apply", "-auto-approve", "-no-color"], io);
  const ms = performance.now() - started;
  if (code !== 0) throw new Error(`apply exited ${code}: ${errors}`);
  const state = JSON.parse(readFileSync(join(dir, "terraform.tfstate"), "utf8"));
  const instances = state.resources.reduce((sum, r) => sum + r.instances.length, 0);
  if (instances !== n) throw new Error(`state holds ${instances} instances, not ${n}`);
  rmSync(dir, { recursive: true, force: true });
  return { n, ms, writes: counter.writes, serial: state.serial, rssMb: process.resourceUsage().maxRSS / 1024, printedKb: printed / 1024 };
}

if (process.argv[2] === "--one") {
  console.log(JSON.stringify(await one(Number(process.argv[3]))));
  process.exit(0);
}

const sizes = process.argv.length > 2 ? process.argv.slice(2).map(Number) : [1000, 5000, 10000];
console.log("terrane apply -auto-approve, N terraform_data instances from an empty state (each size in a fresh process)");
console.log("instances   wall ms  µs/instance  marginal µs/instance  state writes  serial  peak RSS MB");
let previous;
for (const n of sizes) {
  const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), "--one", String(n)], { encoding: "utf8" });
  const r = JSON.parse(out.trim().split("\n").at(-1));
  // The cost of each instance beyond the previous size: flat when apply is linear (start-up excluded).
  const marginal = previous ? (((r.ms - previous.ms) * 1000) / (r.n - previous.n)).toFixed(1) : "-";
  const cols = [r.n, r.ms.toFixed(0), ((r.ms * 1000) / r.n).toFixed(1), marginal, r.writes, r.serial, r.rssMb.toFixed(0)];
  const widths = [9, 9, 12, 21, 13, 7, 12];
  console.log(cols.map((c, i) => String(c).padStart(widths[i])).join(" "));
  previous = r;
}
