import type { GraphBuilder } from "./graph-builder.js";
import type { GraphNode } from "./graph-node.js";

// The destroy plan's pruning (Terraform's pruneUnusedNodesTransformer, which runs only for a full
// destroy): variables, locals, module outputs, checks and module expansion may be impossible to
// evaluate while everything is being destroyed, so only what a destroy needs is kept: the nodes that
// destroy objects with everything they depend on, and the root module's outputs, which a destroy
// removes from the state. A root output depends on nothing while destroying (nodeExpandOutput has no
// references then), so once pruned the outputs have no edges. Terrane reads no prior state yet, so
// there are no destroy nodes and only the root outputs remain.

/** Removes every node a destroy plan does not need. */
export function pruneForDestroy(b: GraphBuilder): void {
  const keep = new Set<string>();
  for (const [name, node] of b.graph.entries()) {
    if (isRootOutput(node)) keep.add(name);
  }
  for (const name of [...b.graph.names()]) if (!keep.has(name)) b.graph.removeNode(name);
  for (const name of keep) for (const dep of b.graph.dependencies(name)) b.graph.removeEdge(name, dep);
}

/** Root module outputs are the one kind of named value a destroy keeps (temporaryValue() is false for them). */
function isRootOutput(node: GraphNode): boolean {
  return node.kind === "output" && node.module.path.length === 0;
}
