import { keyString } from "../addrs/instance-key.js";
import { Graph } from "../dag/graph.js";
import type { GraphNode, ResourceNode } from "../graph/graph-node.js";
import { nodeAddress } from "../graph/node-names.js";
import type { ResourceInstanceChange } from "../plans/changes.js";
import type { State } from "../states/state.js";
import { addDestroyNodes, orderDestroys, orderUpdates } from "./destroy-order.js";
import { referencedInstanceKeys } from "./instance-references.js";

// The apply graph (Terraform's ApplyGraphBuilder): the configuration graph, whose resource nodes
// expand each resource block (count, for_each) and stand for its unchanged instances, plus, as
// DiffTransformer adds them, one node per instance the plan creates, updates, replaces or reads (or
// whose conditions are checked again) and one destroy node per object the plan deletes (orphans,
// deposed objects, the old half of a replacement). What refers to a resource waits for all of its
// instance nodes, through one "applied" node per resource, so edges stay linear in the number of
// instances. Destroys are ordered per instance (destroy-order.ts). Data sources in check blocks
// wait for everything else to be applied. What refers to particular instances of a resource by key
// waits for those instances only (instance-references.ts).

/** A destroy of one object: a current object, a deposed one, or the one a replacement deposes. */
export interface DestroyNode {
  readonly kind: "destroy";
  readonly change: ResourceInstanceChange;
}

/** The create, update, read or condition check of one instance (NodeApplyableResourceInstance). */
export interface InstanceNode {
  readonly kind: "instance";
  readonly change: ResourceInstanceChange;
}

/** A point that waits for a group of nodes, so that what waits for the group needs one edge. */
export interface BarrierNode {
  readonly kind: "barrier";
}

/** A node of the apply graph. */
export type ApplyNode = GraphNode | DestroyNode | InstanceNode | BarrierNode;

/** The nodes of one resource block: its expand node and the name of the node that waits for all of its instances. */
export interface ResourceNodes {
  readonly expand: string;
  readonly applied: string;
}

/** True when the apply has an instance node for a planned change of the resource (DiffTransformer's choice). */
export function hasInstanceNode(change: ResourceInstanceChange, resource: ResourceNode, destroyMode: boolean): boolean {
  if (destroyMode || change.deposedKey !== undefined) return false;
  switch (change.change.action) {
    case "create":
    case "update":
    case "delete-then-create":
    case "create-then-delete":
    case "read":
      return true;
    case "no-op":
      return resource.resource.preconditions.length + resource.resource.postconditions.length > 0;
    default:
      return false;
  }
}

/** The apply graph: the configuration graph plus the instance and destroy nodes, with their edges. */
export function buildApplyGraph(
  config: Graph<GraphNode>,
  changes: readonly ResourceInstanceChange[],
  prior: State,
  dependencies: ReadonlyMap<string, readonly string[]>,
  destroyMode: boolean,
): Graph<ApplyNode> {
  const g = new Graph<ApplyNode>();
  for (const name of config.names()) g.addNode(name, config.node(name)!);
  const resources = new Map<string, ResourceNodes>();
  for (const name of config.names()) {
    const n = config.node(name)!;
    if (n.kind === "resource") resources.set(nodeAddress(n), { expand: name, applied: name });
  }
  const instances = addInstanceNodes(g, changes, resources, destroyMode);
  addDependencyEdges(g, config, resources, instances);
  const destroys = addDestroyNodes(g, changes, resources, instances, destroyMode);
  orderDestroys(g, destroys, prior, dependencies);
  orderUpdates(g, destroys, changes, prior, instances);
  if (!destroyMode) addCheckStart(g, resources, instances);
  return g;
}

/**
 * The configuration's edges, with what depends on a resource waiting for the resource's instance
 * nodes: all of them (its "applied" node), or only those of the instances it refers to by key.
 */
function addDependencyEdges(g: Graph<ApplyNode>, config: Graph<GraphNode>, resources: Map<string, ResourceNodes>, instances: Map<string, string>): void {
  const appliedBy = new Map([...resources.values()].map((r) => [r.expand, r.applied]));
  const byKey = new Map<string, string[]>();
  for (const [, name] of instances) {
    const change = (g.node(name) as InstanceNode).change;
    const k = `${resources.get(configAddress(change))!.expand}|${keyString(change.addr.resource.key)}`;
    byKey.set(k, [...(byKey.get(k) ?? []), name]);
  }
  for (const name of config.names()) {
    for (const dep of config.dependencies(name)) {
      const applied = appliedBy.get(dep);
      const keys = applied !== undefined && applied !== dep ? referencedInstanceKeys(config.node(name)!, config.node(dep) as ResourceNode) : undefined;
      if (!keys) {
        g.addEdge(name, applied ?? dep);
        continue;
      }
      g.addEdge(name, dep);
      for (const key of keys) for (const instance of byKey.get(`${dep}|${key}`) ?? []) g.addEdge(name, instance);
    }
  }
}

/** Instance node names by change address; each resource with any gets its "applied" node. */
function addInstanceNodes(g: Graph<ApplyNode>, changes: readonly ResourceInstanceChange[], resources: Map<string, ResourceNodes>, destroyMode: boolean): Map<string, string> {
  const out = new Map<string, string>();
  for (const change of changes) {
    const res = resources.get(configAddress(change));
    const node = res && (g.node(res.expand) as GraphNode);
    if (!res || node?.kind !== "resource" || !hasInstanceNode(change, node, destroyMode)) continue;
    if (res.applied === res.expand) {
      const applied = `${res.expand} (applied)`;
      g.addNode(applied, { kind: "barrier" });
      g.addEdge(applied, res.expand);
      resources.set(configAddress(change), { expand: res.expand, applied });
    }
    const name = `${change.addr.toString()} (apply)`;
    g.addNode(name, { kind: "instance", change });
    g.addEdge(name, res.expand);
    g.addEdge(resources.get(configAddress(change))!.applied, name);
    out.set(change.addr.toString(), name);
  }
  return out;
}

/**
 * The data sources of check blocks are read once everything else is applied (checkStartTransformer):
 * they wait for one node, which waits for every managed resource with instance nodes, so that a
 * failure there leaves the checks unknown.
 */
function addCheckStart(g: Graph<ApplyNode>, resources: Map<string, ResourceNodes>, instances: Map<string, string>): void {
  const nested = [...resources.values()].filter((r) => (g.node(r.expand) as ResourceNode).check !== undefined);
  if (nested.length === 0) return;
  const applied = new Set<string>();
  for (const name of instances.values()) {
    const change = (g.node(name) as InstanceNode).change;
    if (change.addr.resource.resource.mode === "managed") applied.add(resources.get(configAddress(change))!.applied);
  }
  const start = "check start";
  g.addNode(start, { kind: "barrier" });
  for (const n of applied) g.addEdge(start, n);
  for (const r of nested) g.addEdge(r.expand, start);
}

/** The configuration address (`module.a.x.y`) of a change's resource. */
export function configAddress(change: ResourceInstanceChange): string {
  return change.addr.containingResource().config().toString();
}
