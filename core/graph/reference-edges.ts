import { parseRef } from "../addrs/parse-ref.js";
import type { GraphBuilder } from "./graph-builder.js";
import { importsInto, importTraversals } from "./import-references.js";
import { nodeReferenceables, nodeReferences } from "./node-references.js";
import { ReferenceMap } from "./reference-map.js";

// Edges from references (Terraform's ReferenceTransformer): every node that refers to something
// depends on the nodes that make it available in the module the reference is written in. References
// that do not parse, or name nothing (count, each, path, terraform, self, undeclared objects) give no
// edge; validation reports them. A resource also depends on what its import blocks refer to, in the
// root module.

/** Connects every node to what its expressions refer to. */
export function addReferenceEdges(b: GraphBuilder): void {
  const map = new ReferenceMap();
  for (const [name, node] of b.graph.entries()) {
    const { path, addrs } = nodeReferenceables(node);
    for (const addr of addrs) map.add(path, addr, name);
  }
  for (const [name, node] of b.graph.entries()) {
    const { path, traversals } = nodeReferences(node);
    for (const traversal of traversals) {
      const ref = parseRef(traversal).ref;
      if (ref) for (const target of map.lookup(path, ref.subject)) b.connect(name, target);
    }
    if (node.kind !== "resource") continue;
    for (const traversal of importTraversals(importsInto(b.root, node.module.path, node.resource))) {
      const ref = parseRef(traversal).ref;
      if (ref) for (const target of map.lookup([], ref.subject)) b.connect(name, target);
    }
  }
}
