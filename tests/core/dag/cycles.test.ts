import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cycleDiagnostics, cycles } from "../../../core/dag/cycles.js";
import { Graph } from "../../../core/dag/graph.js";
import { stronglyConnected } from "../../../core/dag/tarjan.js";

function graphOf(nodes: string[], edges: [string, string][]): Graph<null> {
  const g = new Graph<null>();
  for (const n of nodes) g.addNode(n, null);
  for (const [from, to] of edges) g.addEdge(from, to);
  return g;
}

function goldenSummaries(fixture: string): string[] {
  const url = new URL(`./fixtures/cycles/${fixture}/validate.json`, import.meta.url);
  const json = JSON.parse(readFileSync(url, "utf8")) as { diagnostics: { summary: string }[] };
  return json.diagnostics.map((d) => d.summary);
}

describe("stronglyConnected", () => {
  it.each([
    { name: "empty", nodes: [], edges: [], want: [] },
    { name: "chain: dependencies finish first", nodes: ["a", "b", "c"], edges: [["a", "b"], ["b", "c"]], want: [["c"], ["b"], ["a"]] },
    { name: "cycle pops against the edges", nodes: ["a", "b", "c"], edges: [["a", "b"], ["b", "c"], ["c", "a"]], want: [["c", "b", "a"]] },
    { name: "two cycles joined", nodes: ["a", "b", "c", "d"], edges: [["a", "b"], ["b", "a"], ["b", "c"], ["c", "d"], ["d", "c"]], want: [["d", "c"], ["b", "a"]] },
    { name: "self-loop is its own component", nodes: ["a"], edges: [["a", "a"]], want: [["a"]] },
  ] as { name: string; nodes: string[]; edges: [string, string][]; want: string[][] }[])("$name", ({ nodes, edges, want }) => {
    expect(stronglyConnected(graphOf(nodes, edges))).toEqual(want);
  });

  it("walks a chain of 100,000 nodes without recursion", () => {
    const g = new Graph<null>();
    const n = 100_000;
    for (let i = 0; i < n; i++) g.addNode(`n${i}`, null);
    for (let i = 0; i + 1 < n; i++) g.addEdge(`n${i}`, `n${i + 1}`);
    g.addEdge(`n${n - 1}`, "n0");
    const found = cycles(g);
    expect(found).toHaveLength(1);
    expect(found[0]).toHaveLength(n);
    expect(found[0]![0]).toBe(`n${n - 1}`);
  });
});

describe("cycleDiagnostics", () => {
  it("is empty for a DAG", () => {
    expect(cycleDiagnostics(graphOf(["a", "b"], [["a", "b"]]))).toEqual([]);
  });

  it("names a cycle as Terraform does, in stack-pop order", () => {
    // locals { a = local.b, b = local.c, c = local.a }; the recorded run started from local.b.
    const g = graphOf(
      ["local.b (expand)", "local.a (expand)", "local.c (expand)"],
      [["local.a (expand)", "local.b (expand)"], ["local.b (expand)", "local.c (expand)"], ["local.c (expand)", "local.a (expand)"]],
    );
    const want = goldenSummaries("locals-three");
    expect(cycleDiagnostics(g)).toEqual(want.map((summary) => ({ severity: "error", summary })));
  });

  it("reports each cycle separately", () => {
    // Two local cycles and a resource cycle; the recorded run met them as x/y, then c/d, then a/b.
    const g = graphOf(
      ["terraform_data.x", "terraform_data.y", "local.c (expand)", "local.d (expand)", "local.a (expand)", "local.b (expand)"],
      [
        ["local.a (expand)", "local.b (expand)"], ["local.b (expand)", "local.a (expand)"],
        ["local.c (expand)", "local.d (expand)"], ["local.d (expand)", "local.c (expand)"],
        ["terraform_data.x", "terraform_data.y"], ["terraform_data.y", "terraform_data.x"],
      ],
    );
    expect(cycleDiagnostics(g).map((d) => d.summary)).toEqual(goldenSummaries("two-kinds"));
  });

  it("reports self-loops after cycles, with dag.Validate's text", () => {
    const g = graphOf(["s", "a", "b"], [["s", "s"], ["a", "b"], ["b", "a"]]);
    expect(cycleDiagnostics(g)).toEqual([
      { severity: "error", summary: "Cycle: b, a" },
      { severity: "error", summary: "Self reference: s" },
    ]);
    expect(cycles(g)).toEqual([["b", "a"]]);
  });
});
