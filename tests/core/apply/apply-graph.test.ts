import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { apply, type ApplyOptions } from "../../../core/apply/index.js";
import { buildApplyGraph, type ApplyNode } from "../../../core/apply/apply-graph.js";
import { buildConfig } from "../../../core/configs/config-builder.js";
import type { Config } from "../../../core/configs/model.js";
import type { Graph } from "../../../core/dag/graph.js";
import { buildGraph } from "../../../core/graph/build-graph.js";
import { resourceDependencies } from "../../../core/graph/resource-dependencies.js";
import { plan } from "../../../core/plan/index.js";
import type { Plan } from "../../../core/plans/changes.js";
import { State } from "../../../core/states/state.js";
import { builtinProviders } from "../../../providers/builtin/index.js";

// The apply graph at instance granularity: a replaced instance's destroy holds up only its own
// instance (and what depends on the resource), destroys wait for their dependents' destroys within
// one module instance, and the graph stays linear in the number of instances.

function configOf(main: string, files: Record<string, string> = {}): { dir: string; config: Config } {
  const dir = mkdtempSync(join(tmpdir(), "terrane-apply-graph-"));
  writeFileSync(join(dir, "main.tf"), main);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  const built = buildConfig(dir, { displayDir: "." });
  expect(built.diagnostics).toEqual([]);
  return { dir, config: built.config };
}

function options(dir: string): ApplyOptions {
  const builtins = builtinProviders({ cwd: dir });
  return { providers: (p) => builtins.get(p.toString()), cwd: dir, terraformVersion: "1.11.4" };
}

async function planOf(dir: string, config: Config, prev: State, vars: Record<string, string> = {}, mode: Plan["mode"] = "normal"): Promise<Plan> {
  const { Value } = await import("../../../lang/values/value.js");
  const variables = new Map(Object.entries(vars).map(([k, v]) => [k, { value: Value.string(v), definedAt: undefined as never }]));
  const r = await plan(config, prev, { mode, refresh: true, variables, providers: options(dir).providers, cwd: dir, terraformVersion: "1.11.4" });
  expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return r.plan!;
}

/** The apply graph of `main` after applying it once with `before` and planning with `after`. */
async function graphAfter(main: string, before: Record<string, string>, after: Record<string, string>, mode: Plan["mode"] = "normal"): Promise<Graph<ApplyNode>> {
  const { dir, config } = configOf(main);
  const first = await apply(config, await planOf(dir, config, new State(), before), options(dir));
  expect(first.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const p = await planOf(dir, config, first.state, after, mode);
  const built = buildGraph(config, { walk: "apply" });
  return buildApplyGraph(built.graph, p.changes, p.priorState, resourceDependencies(built.graph), mode === "destroy");
}

function dependsOn(g: Graph<ApplyNode>, from: string, to: string): boolean {
  expect(g.hasNode(from), from).toBe(true);
  expect(g.hasNode(to), to).toBe(true);
  const seen = new Set([from]);
  const stack = [from];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n === to) return true;
    for (const d of g.dependencies(n)) if (!seen.has(d)) seen.add(d), stack.push(d);
  }
  return false;
}

const COUNT = `
variable "v" {
  default = "1"
}

resource "terraform_data" "a" {
  count            = 3
  triggers_replace = count.index == 1 ? var.v : "same"
  input            = var.v
}

resource "terraform_data" "cbd" {
  count            = 2
  triggers_replace = count.index == 0 ? var.v : "same"
  input            = var.v
  lifecycle {
    create_before_destroy = true
  }
}

resource "terraform_data" "b" {
  input = terraform_data.a[0].id
}
`;

describe("apply graph per instance", () => {
  it("orders a replacement's destroy against its own instance only", async () => {
    const g = await graphAfter(COUNT, { v: "1" }, { v: "2" });
    // a[1] is replaced (delete, then create); a[0] and a[2] are updated without waiting for it.
    expect(dependsOn(g, "terraform_data.a[1] (apply)", "terraform_data.a[1] (destroy)")).toBe(true);
    expect(dependsOn(g, "terraform_data.a[0] (apply)", "terraform_data.a[1] (destroy)")).toBe(false);
    expect(dependsOn(g, "terraform_data.a[2] (apply)", "terraform_data.a[1] (destroy)")).toBe(false);
    // create_before_destroy: the old object goes after its own new one, not after the other instance.
    expect(dependsOn(g, "terraform_data.cbd[0] (destroy)", "terraform_data.cbd[0] (apply)")).toBe(true);
    expect(dependsOn(g, "terraform_data.cbd[0] (destroy)", "terraform_data.cbd[1] (apply)")).toBe(false);
    // What refers to the resource waits for all of its instances.
    expect(g.hasNode("terraform_data.b (apply)")).toBe(false);
  });

  it("destroys within each module instance in reverse order, without ordering different instances of the module", async () => {
    const main = `
module "m" {
  count  = 2
  source = "./m"
}
`;
    const module = `resource "terraform_data" "a" {}\n\nresource "terraform_data" "b" {\n  input = terraform_data.a.id\n}\n`;
    const { dir, config: withModule } = configOf(main, { "m/main.tf": module });
    const first = await apply(withModule, await planOf(dir, withModule, new State()), options(dir));
    expect(first.diagnostics).toEqual([]);
    const p = await planOf(dir, withModule, first.state, {}, "destroy");
    const built = buildGraph(withModule, { walk: "apply" });
    const g = buildApplyGraph(built.graph, p.changes, p.priorState, resourceDependencies(built.graph), true);
    expect(dependsOn(g, "module.m[0].terraform_data.a (destroy)", "module.m[0].terraform_data.b (destroy)")).toBe(true);
    expect(dependsOn(g, "module.m[1].terraform_data.a (destroy)", "module.m[1].terraform_data.b (destroy)")).toBe(true);
    expect(dependsOn(g, "module.m[0].terraform_data.a (destroy)", "module.m[1].terraform_data.b (destroy)")).toBe(false);
  });

  it("stays linear in the number of instances", async () => {
    const main = (n: number) => `
variable "v" {
  default = "1"
}

resource "terraform_data" "a" {
  count            = ${n}
  triggers_replace = var.v
}

resource "terraform_data" "b" {
  count = ${n}
  input = terraform_data.a[count.index].id
}
`;
    const edges = async (n: number) => (await graphAfter(main(n), { v: "1" }, { v: "2" })).edgeCount;
    const small = await edges(20);
    const large = await edges(80);
    // Four times the instances: about four times the edges, far from sixteen.
    expect(large).toBeLessThan(small * 5);
  });
});
