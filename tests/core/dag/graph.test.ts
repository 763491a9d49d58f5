import { describe, expect, it } from "vitest";
import { Graph } from "../../../core/dag/graph.js";

function chain(...names: string[]): Graph<string> {
  const g = new Graph<string>();
  for (const n of names) g.addNode(n, n.toUpperCase());
  for (let i = 0; i + 1 < names.length; i++) g.addEdge(names[i]!, names[i + 1]!);
  return g;
}

describe("Graph", () => {
  it("keeps nodes in insertion order and looks them up by name", () => {
    const g = chain("c", "a", "b");
    expect([...g.names()]).toEqual(["c", "a", "b"]);
    expect([...g.entries()]).toEqual([["c", "C"], ["a", "A"], ["b", "B"]]);
    expect(g.size).toBe(3);
    expect(g.hasNode("a")).toBe(true);
    expect(g.hasNode("z")).toBe(false);
    expect(g.node("b")).toBe("B");
    expect(g.node("z")).toBeUndefined();
  });

  it("keeps each edge in both directions", () => {
    const g = chain("a", "b", "c");
    g.addEdge("a", "c");
    expect([...g.dependencies("a")]).toEqual(["b", "c"]);
    expect([...g.dependents("c")]).toEqual(["b", "a"]);
    expect(g.hasEdge("a", "b")).toBe(true);
    expect(g.hasEdge("b", "a")).toBe(false);
    expect([...g.edges()]).toEqual([["a", "b"], ["a", "c"], ["b", "c"]]);
    expect(g.edgeCount).toBe(3);
  });

  it("ignores a repeated node or edge", () => {
    const g = chain("a", "b");
    g.addNode("a", "A");
    g.addEdge("a", "b");
    expect(g.size).toBe(2);
    expect(g.edgeCount).toBe(1);
  });

  it("removes edges from both ends", () => {
    const g = chain("a", "b");
    expect(g.removeEdge("a", "b")).toBe(true);
    expect(g.removeEdge("a", "b")).toBe(false);
    expect(g.removeEdge("z", "b")).toBe(false);
    expect(g.dependents("b")).toEqual([]);
    expect(g.edgeCount).toBe(0);
  });

  it("removes a node with all its edges, self-loops included", () => {
    const g = chain("a", "b", "c");
    g.addEdge("b", "b");
    expect(g.edgeCount).toBe(3);
    expect(g.removeNode("b")).toBe(true);
    expect(g.removeNode("b")).toBe(false);
    expect(g.edgeCount).toBe(0);
    expect(g.dependencies("a")).toEqual([]);
    expect(g.dependents("c")).toEqual([]);
    expect(g.dependencies("b")).toEqual([]);
  });

  it("treats a name clash or an edge to an unknown node as a bug", () => {
    const g = chain("a");
    expect(() => g.addNode("a", "other")).toThrow('dag: node name "a" is already taken');
    expect(() => g.addEdge("a", "nope")).toThrow('dag: no node named "nope"');
  });
});
