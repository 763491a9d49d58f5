import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { toDot } from "../../../core/dag/dot.js";
import { buildGraph, dotAttributes, planGraphDot, transitiveReduction } from "../../../core/graph/index.js";
import { fixtureDir, loadConfig } from "./config-fixtures.js";

// expected-plan.dot beside each fixture is what `terraform graph -type=plan` (v1.11.4) printed for it.

describe("terraform graph -type=plan", () => {
  it.each([["graph-module-tree"], ["graph-locals-outputs"], ["graph-meta-arguments"]])("draws %s as Terraform does", (name) => {
    const dir = fixtureDir(name);
    const { graph, diagnostics } = buildGraph(loadConfig(dir));
    expect(diagnostics).toEqual([]);
    const expected = readFileSync(join(dir, "expected-plan.dot"), "utf8");
    expect(toDot(transitiveReduction(graph), { nodeAttributes: dotAttributes })).toBe(expected);
    expect(planGraphDot(graph)).toBe(expected);
  });
});
