import { cycleDiagnostics } from "../dag/cycles.js";
import type { DotAttributes } from "../dag/dot.js";
import { toDot } from "../dag/dot.js";
import type { Graph } from "../dag/graph.js";
import type { GraphNode } from "./graph-node.js";
import { nodeAddress, nodeName } from "./node-names.js";
import { transitiveReduction } from "./transitive-reduction.js";

// What `terraform graph -type=...` draws: the transitively reduced graph, with a statement only for
// the nodes Terraform's node types draw (GraphNodeDotter): resources as boxes labelled by address,
// provider configurations as diamonds, root input variables as notes, and with -verbose the provider
// close nodes too. Every other node appears only through its edges. A graph with cycles (drawn only
// with -draw-cycles, which skips validation) is not reduced, as TransitiveReductionTransformer skips
// an invalid graph; -draw-cycles then colours the edges around each cycle.

/** How the graph is drawn: `terraform graph -draw-cycles` and the undocumented `-verbose`. */
export interface PlanGraphDotOptions {
  readonly drawCycles?: boolean;
  readonly verbose?: boolean;
}

/** The DOT attributes Terraform gives a node, or undefined for nodes it does not draw. */
export function dotAttributes(_name: string, node: GraphNode, verbose = false): DotAttributes | undefined {
  switch (node.kind) {
    case "resource":
      return { label: nodeAddress(node), shape: "box" };
    case "provider":
      return { label: nodeAddress(node), shape: "diamond" };
    case "provider-close":
      return verbose ? { label: nodeName(node, "plan"), shape: "diamond" } : undefined;
    case "root-variable":
      return { label: nodeAddress(node), shape: "note" };
    default:
      return undefined;
  }
}

/** The graph as `terraform graph -type=...` prints it. */
export function planGraphDot(graph: Graph<GraphNode>, options: PlanGraphDotOptions = {}): string {
  const drawn = cycleDiagnostics(graph).length > 0 ? graph : transitiveReduction(graph);
  const verbose = options.verbose === true;
  return toDot(drawn, { nodeAttributes: (name, node) => dotAttributes(name, node, verbose), drawCycles: options.drawCycles === true });
}
