import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toDot } from "../../../core/dag/dot.js";
import type { DotAttributes } from "../../../core/dag/dot.js";
import { Graph } from "../../../core/dag/graph.js";

interface GraphFixture {
  nodes: { name: string; attributes?: DotAttributes }[];
  edges: [string, string][];
}

function fixture(name: string): { input: GraphFixture; expected: string } {
  const read = (file: string) => readFileSync(new URL(`./fixtures/dot/${name}/${file}`, import.meta.url), "utf8");
  return { input: JSON.parse(read("graph.json")) as GraphFixture, expected: read("expected.dot") };
}

/** Nodes carry their DOT attributes, as Terraform's nodes answer DotNode; those without are not drawn. */
function build(input: GraphFixture, reverse: boolean): Graph<DotAttributes | undefined> {
  const g = new Graph<DotAttributes | undefined>();
  const nodes = reverse ? [...input.nodes].reverse() : input.nodes;
  const edges = reverse ? [...input.edges].reverse() : input.edges;
  for (const n of nodes) g.addNode(n.name, n.attributes);
  for (const [from, to] of edges) g.addEdge(from, to);
  return g;
}

const dotterAttributes = (_name: string, node: DotAttributes | undefined) => node;

describe("toDot against terraform graph", () => {
  it.each([
    ["plan-module", false],
    ["plan-nested", false],
    ["draw-cycles-three", true],
    ["draw-cycles-two", true],
  ] as const)("%s", (name, drawCycles) => {
    const { input, expected } = fixture(name);
    for (const reverse of [false, true]) {
      expect(toDot(build(input, reverse), { nodeAttributes: dotterAttributes, drawCycles })).toBe(expected);
    }
  });

  it("prints an empty graph as terraform graph -type=plan-destroy does on an empty state", () => {
    expect(toDot(new Graph())).toBe('digraph {\n\tcompound = "true"\n\tnewrank = "true"\n\tsubgraph "root" {\n\t}\n}\n');
  });
});

describe("toDot details", () => {
  const g = new Graph<null>();
  for (const name of ["b", 'p["x"]', "a\tb", "é", "😀", "\ufb00", "\ue000"]) g.addNode(name, null);
  g.addEdge("b", 'p["x"]');
  g.addEdge("😀", "\ufb00");

  it("labels every node by default, escapes names as strconv.Quote and sorts in UTF-8 byte order", () => {
    expect(toDot(g).split("\n").slice(4, -3)).toEqual([
      '\t\t"[root] \\ue000" [label = "\\ue000"]',
      '\t\t"[root] a\\tb" [label = "a\\tb"]',
      '\t\t"[root] b" [label = "b"]',
      '\t\t"[root] p[\\"x\\"]" [label = "p[\\"x\\"]"]',
      '\t\t"[root] é" [label = "é"]',
      '\t\t"[root] \ufb00" [label = "\ufb00"]',
      '\t\t"[root] 😀" [label = "😀"]',
      '\t\t"[root] b" -> "[root] p[\\"x\\"]"',
      '\t\t"[root] 😀" -> "[root] \ufb00"',
    ]);
  });

  it("sorts attributes and leaves out nodes without attributes", () => {
    const dot = toDot(g, { nodeAttributes: (name) => (name === "b" ? { shape: "box", label: "B", color: "x" } : undefined) });
    expect(dot).toContain('\t\t"[root] b" [color = "x", label = "B", shape = "box"]\n\t\t"[root] b" -> ');
    expect(dot.match(/\[label/g)).toBeNull();
  });

  it("draws no cycle edges between hidden nodes", () => {
    const c = new Graph<boolean>();
    c.addNode("a", true);
    c.addNode("b", false);
    c.addEdge("a", "b");
    c.addEdge("b", "a");
    const attributes = (name: string, shown: boolean) => (shown ? { label: name } : undefined);
    expect(toDot(c, { nodeAttributes: attributes, drawCycles: true })).not.toContain("red");
    expect(toDot(c, { drawCycles: true })).toContain('"[root] a" -> "[root] b" [color = "red", penwidth = "2.0"]');
  });
});
