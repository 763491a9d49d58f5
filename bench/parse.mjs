#!/usr/bin/env node
// Parser throughput: MB/s of Terrane's native-syntax parser on a generated corpus, next to
// @cdktf/hcl2json (HashiCorp's Go parser compiled to WebAssembly) on the same files, in the same run.
// Budget: at least 20 MB/s, and 20 times hcl2json. A chevrotain lexer (lexing only, simplified
// tokens) is timed too, as the reference for why the parser is hand-written. Needs `npm run build` first.
// Usage: node bench/parse.mjs [megabytes]
import { parse as hcl2json } from "@cdktf/hcl2json";
import { parseConfig } from "../dist/lang/syntax/parse.js";
import { buildChevrotainLexer, lexAll } from "./chevrotain-baseline.mjs";
import { generateCorpus } from "./corpus.mjs";

const megabytes = Number(process.argv[2] ?? 8);
const files = generateCorpus(megabytes * 1024 * 1024);
const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
const mb = bytes / (1024 * 1024);

function best(runs, fn) {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    min = Math.min(min, Number(process.hrtime.bigint() - t0) / 1e9);
  }
  return min;
}

// Warm up, and check the corpus parses cleanly.
for (const f of files) {
  const { diagnostics } = parseConfig(f.text, f.name);
  if (diagnostics.length > 0) throw new Error(`${f.name}: ${diagnostics[0].summary}`);
}
const ours = best(5, () => {
  for (const f of files) parseConfig(f.text, f.name);
});

const chevrotainLexer = buildChevrotainLexer();
lexAll(chevrotainLexer, files);
const chevrotain = best(3, () => lexAll(chevrotainLexer, files));

const sample = files.slice(0, Math.max(1, Math.ceil(files.length / 8)));
const sampleBytes = sample.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
await hcl2json(sample[0].name, sample[0].text);
let t0 = process.hrtime.bigint();
for (const f of sample) await hcl2json(f.name, f.text);
const theirs = Number(process.hrtime.bigint() - t0) / 1e9;

const oursRate = mb / ours;
const theirsRate = sampleBytes / (1024 * 1024) / theirs;
console.log(`parse: ${files.length} files, ${mb.toFixed(2)} MB of generated configuration`);
console.log(`  terrane parseConfig   ${oursRate.toFixed(1)} MB/s (best of 5: ${(ours * 1000).toFixed(0)} ms)`);
console.log(`  @cdktf/hcl2json       ${theirsRate.toFixed(2)} MB/s (${sample.length} files, ${(theirs * 1000).toFixed(0)} ms)`);
console.log(`  chevrotain lexer only ${(mb / chevrotain).toFixed(1)} MB/s (simplified HCL tokens, no parsing: the reference)`);
console.log(`  ratio                 ${(oursRate / theirsRate).toFixed(1)}x (budget: >= 20 MB/s and >= 20x)`);
