#!/usr/bin/env node
// Dependency graph throughput: builds a graph shaped like a configuration of 100 modules of 100
// resources with 10,000 reference edges (deterministic), checks it for cycles and walks it with
// parallelism 10 and trivial visits. Budget: build + cycle check + walk under 1 s. Then repeats at
// 1,000 / 10,000 / 100,000 nodes (one edge per node) and prints the time per node, which stays flat
// when the work is linear. Needs `npm run build` first.
// Usage: node bench/graph.mjs
import { cycleDiagnostics } from "../dist/core/dag/cycles.js";
import { Graph } from "../dist/core/dag/graph.js";
import { walk } from "../dist/core/dag/walk.js";

const RESOURCES_PER_MODULE = 100;

/** A deterministic pseudo-random generator (a 32-bit LCG), so every run builds the same graph. */
function random(seed) {
  let state = seed >>> 0;
  return (n) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return Math.floor((state / 2 ** 32) * n);
  };
}

/**
 * The configuration's nodes and references: resource addresses module by module, and `edgeCount`
 * distinct references from a resource to one declared before it (acyclic), four in five within the
 * same module and the rest to an earlier module.
 */
function configuration(nodeCount, edgeCount) {
  const names = [];
  for (let i = 0; i < nodeCount; i++) {
    const module = Math.floor(i / RESOURCES_PER_MODULE);
    names.push(`module.m${module}.terraform_data.r${i % RESOURCES_PER_MODULE}`);
  }
  const pick = random(nodeCount);
  const seen = new Set();
  const edges = [];
  while (edges.length < edgeCount) {
    const from = 1 + pick(nodeCount - 1);
    const moduleStart = from - (from % RESOURCES_PER_MODULE);
    const local = pick(5) !== 0 && from > moduleStart;
    const to = local ? moduleStart + pick(from - moduleStart) : pick(Math.max(moduleStart, 1));
    const key = from * nodeCount + to;
    if (to >= from || seen.has(key)) continue;
    seen.add(key);
    edges.push([names[from], names[to]]);
  }
  return { names, edges };
}

async function run({ names, edges }) {
  const t0 = performance.now();
  const graph = new Graph();
  for (const name of names) graph.addNode(name, { address: name });
  for (const [from, to] of edges) graph.addEdge(from, to);
  const t1 = performance.now();
  const cycles = cycleDiagnostics(graph);
  const t2 = performance.now();
  let visited = 0;
  const diags = await walk(graph, () => {
    visited += 1;
    return [];
  }, { parallelism: 10 });
  const t3 = performance.now();
  if (cycles.length > 0 || diags.length > 0 || visited !== names.length) throw new Error("bench graph walk went wrong");
  return { build: t1 - t0, cycles: t2 - t1, walk: t3 - t2, total: t3 - t0 };
}

async function best(config, runs) {
  let min;
  for (let i = 0; i < runs; i++) {
    const t = await run(config);
    if (min === undefined || t.total < min.total) min = t;
  }
  return min;
}

const ms = (x) => `${x.toFixed(1).padStart(7)} ms`;
const us = (x, n) => `${((x * 1000) / n).toFixed(2).padStart(6)} µs`;

const main = configuration(100 * RESOURCES_PER_MODULE, 10_000);
await run(main); // warm-up
const t = await best(main, 3);
console.log(`graph: 100 modules x 100 resources, ${main.edges.length} reference edges, parallelism 10 (best of 3)`);
console.log(`  build ${ms(t.build)}   cycles ${ms(t.cycles)}   walk ${ms(t.walk)}`);
console.log(`  build + cycles + walk ${ms(t.total)} (budget: < 1000 ms)`);

console.log("scaling (one edge per node; time per node should stay flat):");
console.log("    nodes      build     cycles       walk      total");
for (const n of [1_000, 10_000, 100_000]) {
  const config = configuration(n, n);
  const s = await best(config, 5);
  console.log(`  ${String(n).padStart(7)}  ${us(s.build, n)}  ${us(s.cycles, n)}  ${us(s.walk, n)}  ${us(s.total, n)}`);
}
