import type { Graph } from "../dag/graph.js";
import type { ResourceInstanceChange } from "../plans/changes.js";
import type { State } from "../states/state.js";
import { configAddress, type ApplyNode, type DestroyNode, type ResourceNodes } from "./apply-graph.js";

// Where the destroy nodes of the apply graph go (Terraform's DiffTransformer, DestroyEdgeTransformer
// and CBDEdgeTransformer), instance by instance: a delete-then-create replacement's new object is
// created after its own old one is destroyed, a create_before_destroy one's old object destroyed
// after its own new one is created; what depends on an object is destroyed before it (using the
// dependencies stored with the objects as well as the configuration's), except between different
// instances of the same module, which do not wait for each other; an update of something that
// referred to a destroyed object waits for that destroy, unless the destroy is create_before_destroy's
// (then the update goes first). Groups of nodes wait for each other through barrier nodes, so the
// edges stay linear in the number of instances. Edges that would close a cycle are left out.

/** The destroy nodes of the objects of one resource in one module instance. */
interface DestroyGroup {
  readonly module: string;
  readonly names: string[];
  barrier?: string;
}

/** Destroy groups by the configuration address of their resource, then by module instance. */
export type Destroys = Map<string, Map<string, DestroyGroup>>;

/** Adds a destroy node per object the plan deletes, ordered against its own instance's node. */
export function addDestroyNodes(
  g: Graph<ApplyNode>,
  changes: readonly ResourceInstanceChange[],
  resources: ReadonlyMap<string, ResourceNodes>,
  instances: ReadonlyMap<string, string>,
  destroyMode: boolean,
): Destroys {
  const out: Destroys = new Map();
  for (const change of changes) {
    const action = change.change.action;
    if (action !== "delete" && action !== "delete-then-create" && action !== "create-then-delete") continue;
    const name = `${change.addr.toString()} (destroy${change.deposedKey === undefined ? "" : ` deposed ${change.deposedKey}`})`;
    g.addNode(name, { kind: "destroy", change });
    const provider = change.provider.toString();
    if (g.hasNode(provider)) g.addEdge(name, provider);
    const instance = change.deposedKey === undefined ? instances.get(change.addr.toString()) : undefined;
    if (instance && action === "delete-then-create") g.addEdge(instance, name);
    if (instance && action === "create-then-delete") g.addEdge(name, instance);
    const expand = resources.get(configAddress(change))?.expand;
    if (destroyMode && expand) g.addEdge(name, expand);
    groupOf(out, change).names.push(name);
  }
  return out;
}

function groupOf(destroys: Destroys, change: ResourceInstanceChange): DestroyGroup {
  const config = configAddress(change);
  const module = change.addr.module.toString();
  let byModule = destroys.get(config);
  if (!byModule) destroys.set(config, (byModule = new Map()));
  let group = byModule.get(module);
  if (!group) byModule.set(module, (group = { module, names: [] }));
  return group;
}

/** What depends on an object is destroyed before it: D(X) waits for D(Y) when Y depends on X. */
export function orderDestroys(g: Graph<ApplyNode>, destroys: Destroys, prior: State, dependencies: ReadonlyMap<string, readonly string[]>): void {
  for (const [res, groups] of destroys) {
    const deps = new Set(dependencies.get(res) ?? []);
    for (const group of groups.values()) for (const name of group.names) for (const d of storedDependencies(prior, (g.node(name) as DestroyNode).change)) deps.add(d);
    deps.delete(res);
    for (const dep of deps) {
      const depGroups = destroys.get(dep);
      if (!depGroups) continue;
      if (sameModule(res, dep)) {
        for (const group of groups.values()) connectAll(g, depGroups.get(group.module)?.names ?? [], [barrier(g, group)]);
      } else {
        connectAll(g, [...depGroups.values()].flatMap((d) => d.names), [allBarrier(g, res, groups)]);
      }
    }
  }
}

/**
 * An updated object that depended on an object being destroyed is updated after that destroy (it no
 * longer refers to it), except when the destroy is the old half of a create_before_destroy
 * replacement: then the update (now referring to the new object) comes first.
 */
export function orderUpdates(g: Graph<ApplyNode>, destroys: Destroys, changes: readonly ResourceInstanceChange[], prior: State, instances: ReadonlyMap<string, string>): void {
  const updaters = new Map<string, { change: ResourceInstanceChange; names: string[]; deps: Set<string> }>();
  for (const change of changes) {
    const instance = instances.get(change.addr.toString());
    if (change.change.action !== "update" || change.deposedKey !== undefined || !instance) continue;
    const key = change.addr.containingResource().toString();
    const entry = updaters.get(key) ?? { change, names: [], deps: new Set<string>() };
    entry.names.push(instance);
    for (const dep of storedDependencies(prior, change)) entry.deps.add(dep);
    updaters.set(key, entry);
  }
  for (const [key, { change, names, deps }] of updaters) {
    for (const dep of deps) {
      const targets = destroysSeenFrom(destroys, configAddress(change), change.addr.module.toString(), dep);
      const cbd = targets.filter((d) => (g.node(d) as DestroyNode).change.change.action === "create-then-delete");
      const plain = targets.filter((d) => !cbd.includes(d));
      if (plain.length > 0) connectAll(g, names, [joined(g, `${key} (after ${dep} destroyed)`, plain)]);
      if (cbd.length > 0) connectAll(g, cbd, [joined(g, `${key} (before ${dep} destroyed)`, names)]);
    }
  }
}

/** The destroy nodes of `dep` that an instance of `res` in module instance `module` is ordered with. */
function destroysSeenFrom(destroys: Destroys, res: string, module: string, dep: string): string[] {
  const groups = destroys.get(dep);
  if (!groups) return [];
  if (sameModule(res, dep)) return groups.get(module)?.names ?? [];
  return [...groups.values()].flatMap((d) => d.names);
}

/** True when two resources are declared in the same module (graphNodesAreResourceInstancesInDifferentInstancesOfSameModule). */
function sameModule(a: string, b: string): boolean {
  return moduleOf(a) === moduleOf(b);
}

/** The module path of a configuration address: `module.a.module.b` of `module.a.module.b.x.y`. */
function moduleOf(configAddr: string): string {
  const parts = configAddr.split(".");
  let i = 0;
  while (parts[i] === "module" && parts.length - i > 3) i += 2;
  return parts.slice(0, i).join(".");
}

/** The node after every destroy of one group. */
function barrier(g: Graph<ApplyNode>, group: DestroyGroup): string {
  group.barrier ??= joined(g, `${group.module === "" ? "" : `${group.module}.`}${destroyedName(g, group)} (destroy barrier)`, group.names);
  return group.barrier;
}

function destroyedName(g: Graph<ApplyNode>, group: DestroyGroup): string {
  return (g.node(group.names[0]!) as DestroyNode).change.addr.resource.resource.toString();
}

/** The node after every destroy of a resource in all of its module instances. */
function allBarrier(g: Graph<ApplyNode>, res: string, groups: Map<string, DestroyGroup>): string {
  const name = `${res} (all destroyed)`;
  if (!g.hasNode(name)) joined(g, name, [...groups.values()].map((group) => barrier(g, group)));
  return name;
}

/** A barrier node named `name` waiting for `nodes` (made once). */
function joined(g: Graph<ApplyNode>, name: string, nodes: readonly string[]): string {
  if (g.hasNode(name)) return name;
  g.addNode(name, { kind: "barrier" });
  for (const n of nodes) g.addEdge(name, n);
  return name;
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

function storedDependencies(prior: State, change: ResourceInstanceChange): string[] {
  const inst = prior.instance(change.addr);
  const obj = change.deposedKey === undefined ? inst?.current : inst?.deposed.get(change.deposedKey);
  return (obj?.dependencies ?? []).map((d) => d.config().toString());
}

/** Adds from→to unless `to` already (transitively) depends on `from`. */
function connectIfAcyclic(g: Graph<ApplyNode>, from: string, to: string): void {
  if (from === to || g.hasEdge(from, to) || reachesAny(g, [to], new Set([from]))) return;
  g.addEdge(from, to);
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
