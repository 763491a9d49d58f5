import type { AbsResource, AbsResourceInstance } from "../addrs/abs-resource.js";
import type { AbsProviderConfig } from "../addrs/provider.js";
import type { ResourceNode } from "../graph/graph-node.js";
import { nodeAddress } from "../graph/node-names.js";
import type { PlanContext } from "./plan-context.js";

// The dependencies recorded with objects in the prior state (managedResourceExecute): a refreshed
// object keeps what it stored merged with what its configuration now depends on, and an object whose
// plan is a no-op takes the configured dependencies outright, since apply will not touch it again.

/** After a refresh: the stored dependencies merged with the configured ones. */
export function mergeRefreshedDependencies(pc: PlanContext, node: ResourceNode, addr: AbsResourceInstance, provider: AbsProviderConfig): void {
  const obj = pc.priorState.instance(addr)?.current;
  if (!obj) return;
  const merged = new Map(obj.dependencies.map((d) => [d.toString(), d]));
  for (const d of configured(pc, node)) merged.set(d.toString(), d);
  pc.priorState.setCurrent(addr, { ...obj, dependencies: sorted([...merged.values()]) }, provider);
}

/** After a no-op plan: the configured dependencies. */
export function settleNoOpDependencies(pc: PlanContext, node: ResourceNode, addr: AbsResourceInstance, provider: AbsProviderConfig): void {
  const obj = pc.priorState.instance(addr)?.current;
  if (!obj) return;
  const deps = configured(pc, node);
  if (deps.map(String).join("\n") === obj.dependencies.map(String).join("\n")) return;
  pc.priorState.setCurrent(addr, { ...obj, dependencies: deps }, provider);
}

function configured(pc: PlanContext, node: ResourceNode): readonly AbsResource[] {
  return sorted([...(pc.resourceDependencies?.get(nodeAddress(node)) ?? [])]);
}

function sorted(deps: AbsResource[]): AbsResource[] {
  return deps.sort((a, b) => (a.toString() < b.toString() ? -1 : a.toString() > b.toString() ? 1 : 0));
}
