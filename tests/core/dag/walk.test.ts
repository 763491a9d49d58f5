import { describe, expect, it } from "vitest";
import { Graph } from "../../../core/dag/graph.js";
import { walk } from "../../../core/dag/walk.js";
import { errorDiag, warningDiag } from "../../../lang/source/diagnostics.js";
import type { Diagnostics } from "../../../lang/source/diagnostics.js";

function graphOf(nodes: string[], edges: [string, string][]): Graph<string> {
  const g = new Graph<string>();
  for (const n of nodes) g.addNode(n, n);
  for (const [from, to] of edges) g.addEdge(from, to);
  return g;
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A visit that waits a tick, records start and end, and returns the diagnostics given for the node. */
function recorder(results: Record<string, Diagnostics> = {}) {
  const started: string[] = [];
  const finished = new Set<string>();
  let running = 0;
  let maxRunning = 0;
  const visit = async (_node: string, name: string) => {
    started.push(name);
    running += 1;
    maxRunning = Math.max(maxRunning, running);
    await tick();
    running -= 1;
    finished.add(name);
    return results[name] ?? [];
  };
  return { visit, started, finished, max: () => maxRunning };
}

function wide(n: number): Graph<string> {
  return graphOf(Array.from({ length: n }, (_, i) => `n${i}`), []);
}

describe("walk", () => {
  it("visits each node once, after all of its dependencies finished", async () => {
    const edges: [string, string][] = [["app", "db"], ["app", "net"], ["db", "net"], ["dns", "app"], ["db", "kms"]];
    const g = graphOf(["dns", "app", "db", "net", "kms", "logs"], edges);
    const seen: string[] = [];
    const finished = new Set<string>();
    const diags = await walk(g, async (_node, name) => {
      for (const dep of g.dependencies(name)) expect(finished.has(dep)).toBe(true);
      seen.push(name);
      await tick();
      finished.add(name);
      return [];
    });
    expect(diags).toEqual([]);
    expect([...seen].sort()).toEqual(["app", "db", "dns", "kms", "logs", "net"]);
  });

  it("accepts synchronous visits and returns diagnostics in node order", async () => {
    const g = graphOf(["b", "a"], [["b", "a"]]);
    const diags = await walk(g, (_node, name) => [warningDiag(`warn ${name}`)]);
    expect(diags.map((d) => d.summary)).toEqual(["warn b", "warn a"]);
  });

  it.each([
    [3, 3],
    [undefined, 10],
    [100, 40],
  ])("runs at most parallelism=%s visits at once", async (parallelism, want) => {
    const r = recorder();
    await walk(wide(40), r.visit, parallelism === undefined ? {} : { parallelism });
    expect(r.started).toHaveLength(40);
    expect(r.max()).toBe(want);
  });

  it("skips everything behind a failed node and still visits independent nodes", async () => {
    // a fails; b and c depend on it (c through b), e depends on a and d; d and f are independent.
    const g = graphOf(["a", "b", "c", "d", "e", "f"], [["b", "a"], ["c", "b"], ["e", "a"], ["e", "d"]]);
    const r = recorder({ a: [errorDiag("a failed")], d: [warningDiag("d warns")], f: [warningDiag("f warns")] });
    const diags = await walk(g, r.visit, { parallelism: 1 });
    expect(r.started).toEqual(["a", "d", "f"]);
    expect(diags).toEqual([errorDiag("a failed"), warningDiag("d warns"), warningDiag("f warns")]);
  });

  it("lets warnings through: dependents of a node with only warnings still run", async () => {
    const g = graphOf(["a", "b"], [["b", "a"]]);
    const r = recorder({ a: [warningDiag("careful")] });
    expect(await walk(g, r.visit)).toEqual([warningDiag("careful")]);
    expect(r.started).toEqual(["a", "b"]);
  });

  it("skips a long chain behind a failure without recursion", async () => {
    const n = 50_000;
    const names = Array.from({ length: n }, (_, i) => `n${i}`);
    const g = graphOf(names, names.slice(1).map((name, i) => [name, names[i]!] as [string, string]));
    const visited: string[] = [];
    const diags = await walk(g, (_node, name) => {
      visited.push(name);
      return [errorDiag("boom")];
    });
    expect(visited).toEqual(["n0"]);
    expect(diags).toEqual([errorDiag("boom")]);
  });

  it("starts nothing new once aborted, and waits for the visits in flight", async () => {
    const controller = new AbortController();
    const r = recorder();
    const visit = async (node: string, name: string) => {
      if (name === "n1") controller.abort();
      return r.visit(node, name);
    };
    const diags = await walk(wide(20), visit, { parallelism: 4, signal: controller.signal });
    expect(diags).toEqual([]);
    expect(r.started).toEqual(["n0", "n1", "n2", "n3"]);
    expect([...r.finished].sort()).toEqual(["n0", "n1", "n2", "n3"]);
  });

  it("visits nothing when the signal is already aborted", async () => {
    const r = recorder();
    expect(await walk(wide(3), r.visit, { signal: AbortSignal.abort() })).toEqual([]);
    expect(r.started).toEqual([]);
  });

  it("rejects with a visit's exception once the visits in flight have settled", async () => {
    const r = recorder();
    const visit = async (node: string, name: string) => {
      if (name === "n0") throw new Error("bug in n0");
      return r.visit(node, name);
    };
    await expect(walk(wide(10), visit, { parallelism: 3 })).rejects.toThrow("bug in n0");
    expect(r.started).toEqual(["n1", "n2"]);
    expect([...r.finished].sort()).toEqual(["n1", "n2"]);
  });

  it("visits what it can in a graph with a cycle, and reports the cycle", async () => {
    const g = graphOf(["a", "b", "c", "d"], [["a", "b"], ["b", "a"], ["d", "a"]]);
    const r = recorder();
    expect(await walk(g, r.visit)).toEqual([errorDiag("Cycle: b, a")]);
    expect(r.started).toEqual(["c"]);
  });

  it("treats a non-positive parallelism as a bug", () => {
    expect(() => walk(wide(1), () => [], { parallelism: 0 })).toThrow(RangeError);
    expect(() => walk(wide(1), () => [], { parallelism: 1.5 })).toThrow(RangeError);
  });
});
