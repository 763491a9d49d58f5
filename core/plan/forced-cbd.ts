import type { Graph } from "../dag/graph.js";
import type { Resource } from "../configs/model.js";
import type { GraphNode } from "../graph/graph-node.js";

// Create-before-destroy inherited by dependencies (Terraform's ForcedCBDTransformer): when a resource
// is replaced create-before-destroy, everything it depends on must be replaced the same way, or the
// dependency would be destroyed while its new dependent still needs it. So every managed resource that
// a create_before_destroy resource depends on, directly or through other nodes, is forced to it.

/** The managed resources forced to create_before_destroy by a dependent that has it. */
export function forcedCreateBeforeDestroy(graph: Graph<GraphNode>): Set<Resource> {
  const forced = new Set<Resource>();
  const seen = new Set<string>();
  const pending: string[] = [];
  for (const [name, node] of graph.entries()) {
    if (node.kind === "resource" && node.resource.mode === "managed" && node.resource.lifecycle.createBeforeDestroy) pending.push(name);
  }
  while (pending.length > 0) {
    for (const dep of graph.dependencies(pending.pop()!)) {
      if (seen.has(dep)) continue;
      seen.add(dep);
      pending.push(dep);
      const node = graph.node(dep);
      if (node?.kind === "resource" && node.resource.mode === "managed" && !node.resource.lifecycle.createBeforeDestroy) forced.add(node.resource);
    }
  }
  return forced;
}
