import { Graph } from "../dag/graph.js";

// Terraform's TransitiveReduction, which `terraform graph` output has been through: an edge u → w is
// dropped when w can also be reached from u through another of u's dependencies. For an acyclic graph
// the result is unique. This costs O(nodes × edges), so it is for drawing graphs, not for walking them.

/** A copy of the graph without its transitively implied edges. */
export function transitiveReduction<N>(graph: Graph<N>): Graph<N> {
  const out = new Graph<N>();
  for (const [name, node] of graph.entries()) out.addNode(name, node);
  for (const [from, to] of graph.edges()) out.addEdge(from, to);
  for (const u of graph.names()) {
    const targets = new Set(out.dependencies(u));
    const seen = new Set<string>();
    const stack = [...targets];
    while (stack.length > 0) {
      const v = stack.pop()!;
      if (seen.has(v)) continue;
      seen.add(v);
      for (const w of out.dependencies(v)) {
        if (targets.has(w)) out.removeEdge(u, w);
        stack.push(w);
      }
    }
  }
  return out;
}
