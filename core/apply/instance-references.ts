import { keyString } from "../addrs/instance-key.js";
import { sameModulePath } from "../addrs/module.js";
import { parseRef } from "../addrs/parse-ref.js";
import type { GraphNode, ResourceNode } from "../graph/graph-node.js";
import { nodeReferenceables, nodeReferences } from "../graph/node-references.js";

// Which instances of a resource a node refers to, so that the apply graph can make the node wait
// for those instances only, as Terraform's ReferenceTransformer does in its instance-level apply
// graph: `aws_instance.a[0].id` finds the node of a[0] alone, so a failure of a[1] does not stop
// what refers only to a[0]. A reference to the resource as a whole (`aws_instance.a`, a splat,
// `length(aws_instance.a)`, depends_on) waits for every instance.

/**
 * The instance keys (`[0]`, `["x"]`) by which `node` refers to the resource `dep`, or undefined when it
 * refers to the whole resource, or depends on it for a reason other than a reference.
 */
export function referencedInstanceKeys(node: GraphNode, dep: ResourceNode): ReadonlySet<string> | undefined {
  const { path, traversals } = nodeReferences(node);
  if (!sameModulePath(path, dep.module.path)) return undefined;
  const names = new Set(nodeReferenceables(dep).addrs);
  const keys = new Set<string>();
  for (const traversal of traversals) {
    const subject = parseRef(traversal).ref?.subject;
    if (subject?.kind === "Resource" && names.has(subject.toString())) return undefined;
    if (subject?.kind !== "ResourceInstance" || !names.has(subject.resource.toString())) continue;
    if (subject.key === null) return undefined;
    keys.add(keyString(subject.key));
  }
  return keys.size > 0 ? keys : undefined;
}
