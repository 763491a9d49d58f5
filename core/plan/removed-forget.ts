import type { AbsResourceInstance } from "../addrs/abs-resource.js";
import { modulePathString } from "../graph/graph-node.js";
import type { ActionReason } from "../plans/changes.js";
import { descendant, removeTargets, resourceByAddr } from "../refactoring/index.js";
import type { PlanContext } from "./plan-context.js";

// What `removed` and `moved` blocks change about an orphaned object (NodePlannableResourceInstanceOrphan):
// a `removed` block with `destroy = false` makes it forgotten instead of destroyed (and not refreshed),
// and the reason for deleting it comes from what the configuration (still) declares.

/** True when a normal plan forgets the object instead of destroying it (a removed block with destroy = false). */
export function forgets(pc: PlanContext, addr: AbsResourceInstance): boolean {
  return pc.options.mode === "normal" && pc.removed.some((s) => !s.destroy && removeTargets(s, addr));
}

/**
 * Why an orphan is deleted where the configuration decides it (deleteActionReason): no resource block
 * (or one moved to an address without a block), or a module instance that is no longer declared;
 * otherwise the reason the repetition gives.
 */
export function orphanDeleteReason(pc: PlanContext, addr: AbsResourceInstance, reason: ActionReason): ActionReason {
  const cfg = descendant(pc.config, addr.module.module().names);
  if (!cfg || !resourceByAddr(cfg, addr.resource.resource)) {
    return pc.moves.addrMoved(addr) ? "delete-because-no-move-target" : "delete-because-no-resource-config";
  }
  const declared = pc.instances.moduleInstances(modulePathString(addr.module.module().names));
  return declared.some((m) => m.addr.toString() === addr.module.toString()) ? reason : "delete-because-no-module";
}
