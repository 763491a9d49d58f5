import { AbsResource, type AbsResourceInstance } from "../addrs/abs-resource.js";
import { keyString } from "../addrs/instance-key.js";
import type { ModuleInstance } from "../addrs/module-instance.js";
import type { ModuleState, ResourceState, State } from "../states/state.js";

// Moving things within a state (states.State's MoveModuleInstance, MoveAbsResource and
// MoveAbsResourceInstance): a whole module instance with its resources, a whole resource with its
// instances, or one instance. Callers make sure the source exists and the destination does not; a
// module left empty (other than the root) goes away, as Terraform prunes it.

/** Moves a module instance's resources and outputs to another module instance address. */
export function moveModuleInstance(state: State, src: ModuleInstance, dst: ModuleInstance): void {
  const ms = state.modules.get(src.toString());
  if (!ms || src.isRoot || dst.isRoot) throw new Error(`moveModuleInstance: cannot move ${src} to ${dst}`);
  const resources = new Map<string, ResourceState>();
  for (const [k, rs] of ms.resources) resources.set(k, { ...rs, addr: new AbsResource(dst, rs.addr.resource) });
  state.modules.delete(src.toString());
  state.modules.set(dst.toString(), { addr: dst, resources, outputs: ms.outputs });
}

/** Moves a whole resource, all its instances, to another resource address. */
export function moveResource(state: State, src: AbsResource, dst: AbsResource): void {
  const from = state.modules.get(src.module.toString());
  const rs = from?.resources.get(src.resource.toString());
  if (!from || !rs) throw new Error(`moveResource: no resource ${src}`);
  from.resources.delete(src.resource.toString());
  pruneModule(state, from);
  state.ensureModule(dst.module).resources.set(dst.resource.toString(), { ...rs, addr: dst });
}

/** Moves one resource instance, with its deposed objects, to another instance address. */
export function moveResourceInstance(state: State, src: AbsResourceInstance, dst: AbsResourceInstance): void {
  const from = state.modules.get(src.module.toString());
  const rs = from?.resources.get(src.resource.resource.toString());
  const inst = rs?.instances.get(keyString(src.resource.key));
  if (!from || !rs || !inst) throw new Error(`moveResourceInstance: no instance ${src}`);
  rs.instances.delete(keyString(src.resource.key));
  if (rs.instances.size === 0) from.resources.delete(src.resource.resource.toString());
  pruneModule(state, from);
  const target = state.ensureModule(dst.module);
  const dstAddr = dst.containingResource();
  let dstRs = target.resources.get(dstAddr.resource.toString());
  if (!dstRs) target.resources.set(dstAddr.resource.toString(), (dstRs = { addr: dstAddr, provider: rs.provider, instances: new Map() }));
  dstRs.instances.set(keyString(dst.resource.key), { key: dst.resource.key, state: inst.state });
}

function pruneModule(state: State, ms: ModuleState): void {
  if (!ms.addr.isRoot && ms.resources.size === 0 && ms.outputs.size === 0) state.modules.delete(ms.addr.toString());
}
