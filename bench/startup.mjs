#!/usr/bin/env node
// Start-up time of `terrane version` (budget: well under 150 ms), next to a bare `node` start for scale.
// Needs the compiled CLI: run `npm run build` first. Usage: node bench/startup.mjs [runs]
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const runs = Number(process.argv[2] ?? 30);
const bin = fileURLToPath(new URL("../bin/terrane.js", import.meta.url));

function time(args) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { encoding: "utf8" });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.status !== 0) throw new Error(`${args.join(" ")} failed: ${r.stderr}`);
    samples.push(ms);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)];
  const p90 = samples[Math.floor(samples.length * 0.9)];
  return { median, p90, min: samples[0] };
}

const node = time(["-e", ""]);
const version = time([bin, "version"]);
const fmt = (r) => `median ${r.median.toFixed(1)} ms, p90 ${r.p90.toFixed(1)} ms, min ${r.min.toFixed(1)} ms`;
console.log(`startup (${runs} runs each)`);
console.log(`  node -e ''         ${fmt(node)}`);
console.log(`  terrane version    ${fmt(version)}`);
console.log(`  terrane overhead   ${(version.median - node.median).toFixed(1)} ms over bare node (budget: total < 150 ms)`);
