import type { DotAttributes } from "../dag/dot.js";
import { toDot } from "../dag/dot.js";
import type { Graph } from "../dag/graph.js";
import type { GraphNode } from "./graph-node.js";
import { nodeAddress } from "./node-names.js";
import { transitiveReduction } from "./transitive-reduction.js";

// What `terraform graph -type=plan` draws: the transitively reduced graph, with a statement only for
// the nodes Terraform's node types draw (GraphNodeDotter): resources as boxes labelled by address,
// provider configurations as diamonds, root input variables as notes. Every other node appears only
// through its edges.

/** The DOT attributes Terraform gives a node, or undefined for nodes it does not draw. */
export function dotAttributes(_name: string, node: GraphNode): DotAttributes | undefined {
  switch (node.kind) {
    case "resource":
      return { label: nodeAddress(node), shape: "box" };
    case "provider":
      return { label: nodeAddress(node), shape: "diamond" };
    case "root-variable":
      return { label: nodeAddress(node), shape: "note" };
    default:
      return undefined;
  }
}

/** The graph as `terraform graph -type=plan` prints it. */
export function planGraphDot(graph: Graph<GraphNode>): string {
  return toDot(transitiveReduction(graph), { nodeAttributes: dotAttributes });
}
