import { describe, expect, it } from "vitest";
import { Graph } from "../../../core/dag/graph.js";
import { transitiveReduction } from "../../../core/graph/index.js";

// Terraform's TransitiveReduction, which `terraform graph` output has been through.

function graphOf(edges: readonly [string, string][]): Graph<string> {
  const g = new Graph<string>();
  for (const [a, b] of edges) {
    g.addNode(a, a);
    g.addNode(b, b);
    g.addEdge(a, b);
  }
  return g;
}

describe("transitiveReduction", () => {
  it.each<[string, [string, string][], [string, string][]]>([
    ["a chain keeps its edges", [["a", "b"], ["b", "c"]], [["a", "b"], ["b", "c"]]],
    ["a shortcut over a chain goes", [["a", "b"], ["b", "c"], ["a", "c"]], [["a", "b"], ["b", "c"]]],
    ["a shortcut over a longer path goes", [["a", "d"], ["a", "b"], ["b", "c"], ["c", "d"]], [["a", "b"], ["b", "c"], ["c", "d"]]],
    ["a diamond keeps both sides", [["a", "b"], ["a", "c"], ["b", "d"], ["c", "d"], ["a", "d"]], [["a", "b"], ["a", "c"], ["b", "d"], ["c", "d"]]],
  ])("%s", (_, edges, want) => {
    const g = graphOf(edges);
    expect([...transitiveReduction(g).edges()].sort()).toEqual(want);
    expect(g.edgeCount).toBe(edges.length);
  });
});
