import { Graph } from "../dag/graph.js";
import type { GraphNode } from "../graph/graph-node.js";
import { nodeAddress } from "../graph/node-names.js";
import type { ResourceInstanceChange } from "../plans/changes.js";
import type { State } from "../states/state.js";

// The apply graph (Terraform's ApplyGraphBuilder, at resource granularity): the configuration graph,
// whose resource nodes create, update and read the instances the plan changes, plus one destroy node
// per object the plan deletes (orphans, deposed objects, the old half of a replacement). Destroy
// nodes run in reverse dependency order — what depends on an object goes first — using the
// dependencies recorded in the state as well as the configuration's. A delete-then-create
// replacement's destroy runs before its resource node, a create_before_destroy one's after it. An
// update of something that referred to a destroyed object waits for that destroy, unless the destroy
// is create_before_destroy's (then the update goes first). Edges that would close a cycle are left out.

/** A destroy of one object: a current object, a deposed one, or the one a replacement deposes. */
export interface DestroyNode {
  readonly kind: "destroy";
  readonly change: ResourceInstanceChange;
}

/** The point after every destroy of one resource's objects, which destroys of its dependencies wait for. */
export interface DestroyBarrierNode {
  readonly kind: "destroy-barrier";
}

/** A node of the apply graph. */
export type ApplyNode = GraphNode | DestroyNode | DestroyBarrierNode;

/** The apply graph: the configuration graph plus the destroy nodes, with their edges. */
export function buildApplyGraph(
  config: Graph<GraphNode>,
  changes: readonly ResourceInstanceChange[],
  prior: State,
  dependencies: ReadonlyMap<string, readonly string[]>,
  destroyMode: boolean,
): Graph<ApplyNode> {
  const g = new Graph<ApplyNode>();
  for (const name of config.names()) g.addNode(name, config.node(name)!);
  for (const name of config.names()) for (const dep of config.dependencies(name)) g.addEdge(name, dep);
  const resourceNodes = new Map<string, string>();
  for (const name of config.names()) {
    const n = config.node(name)!;
    if (n.kind === "resource") resourceNodes.set(nodeAddress(n), name);
  }
  const destroys = addDestroyNodes(g, changes, resourceNodes, destroyMode);
  orderDestroys(g, destroys, prior, dependencies);
  orderUpdates(g, destroys, changes, prior, resourceNodes);
  return g;
}

/** The destroy nodes by the configuration address of their resource. */
type DestroysByResource = Map<string, string[]>;

function addDestroyNodes(g: Graph<ApplyNode>, changes: readonly ResourceInstanceChange[], resourceNodes: Map<string, string>, destroyMode: boolean): DestroysByResource {
  const out: DestroysByResource = new Map();
  for (const change of changes) {
    const action = change.change.action;
    if (action !== "delete" && action !== "delete-then-create" && action !== "create-then-delete") continue;
    const name = `${change.addr.toString()} (destroy${change.deposedKey === undefined ? "" : ` deposed ${change.deposedKey}`})`;
    g.addNode(name, { kind: "destroy", change });
    const provider = change.provider.toString();
    if (g.hasNode(provider)) g.addEdge(name, provider);
    const res = configAddress(change);
    const resourceNode = resourceNodes.get(res);
    if (resourceNode && change.deposedKey === undefined) {
      if (action === "delete-then-create") g.addEdge(resourceNode, name);
      if (action === "create-then-delete" || destroyMode) g.addEdge(name, resourceNode);
    }
    const list = out.get(res);
    if (list) list.push(name);
    else out.set(res, [name]);
  }
  return out;
}

/**
 * What depends on an object is destroyed before it: D(X) waits for D(Y) when Y depends on X. The
 * destroys of one resource are gathered behind one barrier node, so that two resources with many
 * instances each are ordered with as many edges as they have instances, not their product.
 */
function orderDestroys(g: Graph<ApplyNode>, destroys: DestroysByResource, prior: State, dependencies: ReadonlyMap<string, readonly string[]>): void {
  for (const [res, names] of destroys) {
    const deps = new Set(dependencies.get(res) ?? []);
    for (const name of names) for (const d of storedDependencies(prior, (g.node(name) as DestroyNode).change)) deps.add(d);
    deps.delete(res);
    const targets = [...deps].flatMap((d) => destroys.get(d) ?? []);
    if (targets.length === 0) continue;
    const barrier = `${res} (destroy barrier)`;
    g.addNode(barrier, { kind: "destroy-barrier" });
    for (const name of names) g.addEdge(barrier, name);
    connectAll(g, targets, [barrier]);
  }
}

/**
 * An object that is updated and depended on an object being destroyed is updated after that destroy
 * (it no longer refers to it), except when the destroy is the old half of a create_before_destroy
 * replacement: then the update (now referring to the new object) comes first.
 */
function orderUpdates(
  g: Graph<ApplyNode>,
  destroys: DestroysByResource,
  changes: readonly ResourceInstanceChange[],
  prior: State,
  resourceNodes: Map<string, string>,
): void {
  const depsByUpdater = new Map<string, Set<string>>();
  for (const change of changes) {
    if (change.change.action !== "update" || change.deposedKey !== undefined) continue;
    const updater = resourceNodes.get(configAddress(change));
    if (!updater) continue;
    const set = depsByUpdater.get(updater) ?? new Set<string>();
    for (const dep of storedDependencies(prior, change)) set.add(dep);
    depsByUpdater.set(updater, set);
  }
  for (const [updater, deps] of depsByUpdater) {
    const all = [...deps].flatMap((d) => destroys.get(d) ?? []);
    const cbd = all.filter((d) => (g.node(d) as DestroyNode).change.change.action === "create-then-delete");
    connectAll(g, cbd, [updater]);
    connectAll(
      g,
      [updater],
      all.filter((d) => !cbd.includes(d)),
    );
  }
}

/** Makes every node of `from` depend on every node of `to`; edge by edge, leaving out cycles, when some would close one. */
function connectAll(g: Graph<ApplyNode>, from: readonly string[], to: readonly string[]): void {
  if (from.length === 0 || to.length === 0) return;
  if (!reachesAny(g, to, new Set(from))) {
    for (const f of from) for (const t of to) if (f !== t) g.addEdge(f, t);
    return;
  }
  for (const f of from) for (const t of to) connectIfAcyclic(g, f, t);
}

/** The configuration address (`module.a.x.y`) of a change's resource. */
export function configAddress(change: ResourceInstanceChange): string {
  return change.addr.containingResource().config().toString();
}

function storedDependencies(prior: State, change: ResourceInstanceChange): string[] {
  const inst = prior.instance(change.addr);
  const obj = change.deposedKey === undefined ? inst?.current : inst?.deposed.get(change.deposedKey);
  return (obj?.dependencies ?? []).map((d) => d.config().toString());
}

/** Adds from→to unless `to` already (transitively) depends on `from`. */
function connectIfAcyclic(g: Graph<ApplyNode>, from: string, to: string): void {
  if (from === to || g.hasEdge(from, to) || reaches(g, to, from)) return;
  g.addEdge(from, to);
}

function reaches(g: Graph<ApplyNode>, start: string, target: string): boolean {
  return reachesAny(g, [start], new Set([target]));
}

/** True when some target is among the starts or their transitive dependencies. */
function reachesAny(g: Graph<ApplyNode>, starts: readonly string[], targets: ReadonlySet<string>): boolean {
  const seen = new Set<string>(starts);
  const stack = [...starts];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (targets.has(n)) return true;
    for (const d of g.dependencies(n)) {
      if (!seen.has(d)) {
        seen.add(d);
        stack.push(d);
      }
    }
  }
  return false;
}
