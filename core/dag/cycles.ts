import { errorDiag } from "../../lang/source/diagnostics.js";
import type { Diagnostics } from "../../lang/source/diagnostics.js";
import type { Graph } from "./graph.js";
import type { IndexedGraph } from "./indexed-graph.js";
import { stronglyConnectedIndexed } from "./tarjan.js";

// Cycle reporting with Terraform's texts (dag.AcyclicGraph.Validate): one error per strongly
// connected component of two or more nodes, "Cycle: " and the names joined by ", " in the order they
// come off Tarjan's stack (not sorted: for `a = local.b, b = local.c, c = local.a` Terraform 1.11 prints
// "Cycle: local.c (expand), local.b (expand), local.a (expand)" or a rotation of it, the start being
// random there and the first-added node here); then one "Self reference: <name>" per self-loop. The
// summary is the whole text and there is no detail, as Terraform turns these Go errors into
// diagnostics. Terraform's Validate also insists on a single root; Terrane's walker does not need one.

/** The cycles of a graph: its strongly connected components with more than one node. Self-loops are not included. */
export function cycles<N>(graph: Graph<N>): string[][] {
  const indexed = graph.indexed();
  return cyclesIndexed(indexed).map((cycle) => cycle.map((i) => indexed.names[i]!));
}

/** Error diagnostics for every cycle and self-loop, as Terraform reports them; empty for a DAG. */
export function cycleDiagnostics<N>(graph: Graph<N>): Diagnostics {
  return cycleDiagnosticsIndexed(graph.indexed());
}

/** The same on a numbered snapshot. */
export function cycleDiagnosticsIndexed<N>(graph: IndexedGraph<N>): Diagnostics {
  const diags: Diagnostics = [];
  for (const cycle of cyclesIndexed(graph)) {
    diags.push(errorDiag(`Cycle: ${cycle.map((i) => graph.names[i]).join(", ")}`));
  }
  for (const i of selfLoops(graph)) diags.push(errorDiag(`Self reference: ${graph.names[i]}`));
  return diags;
}

/** Components of two or more nodes, as node numbers. */
export function cyclesIndexed<N>(graph: IndexedGraph<N>): number[][] {
  return stronglyConnectedIndexed(graph).filter((component) => component.length > 1);
}

function selfLoops<N>(graph: IndexedGraph<N>): number[] {
  const found: number[] = [];
  for (let i = 0; i < graph.names.length; i++) {
    for (let e = graph.dependencyStart[i]!; e < graph.dependencyStart[i + 1]!; e++) {
      if (graph.dependencyList[e] === i) found.push(i);
    }
  }
  return found;
}
