import { warningDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import { compareAbsResourceInstances, type AbsResource, type AbsResourceInstance } from "../addrs/abs-resource.js";
import { keysEqual } from "../addrs/instance-key.js";
import type { AbsModuleCall } from "../addrs/module-call.js";
import type { ModuleInstance } from "../addrs/module-instance.js";
import { modulePathString } from "../graph/graph-node.js";
import type { ResourceInstanceChange } from "../plans/changes.js";
import { descendant, validateMoves, type DeclaredInstances, type MoveResults, type MoveStatement } from "../refactoring/index.js";
import type { PlanContext } from "./plan-context.js";

// After the plan walk (the epilogue of Context.planWalk): the move statements are validated against
// the instances the walk declared, changes learn the addresses their objects moved from, and the
// warnings for moves that could not happen and for objects that will only be forgotten are made.

/** Terraform's errors for invalid move statements, now that the instances are known. */
export function validateMovesAfterWalk(pc: PlanContext, statements: readonly MoveStatement[]): Diagnostic[] {
  return validateMoves(statements, pc.config, declaredInstances(pc));
}

/** The change with `prevRunAddr` set to where its object was in the previous run's state. */
export function withPrevRunAddr(rc: ResourceInstanceChange, moves: MoveResults): ResourceInstanceChange {
  const prev = moves.oldAddr(rc.addr);
  return prev === rc.prevRunAddr || prev.toString() === rc.prevRunAddr.toString() ? rc : { ...rc, prevRunAddr: prev };
}

/** The warning listing moves blocked by objects already at their destinations, if any. */
export function blockedMovesWarning(moves: MoveResults): Diagnostic[] {
  if (moves.blocked.size === 0) return [];
  const items = [...moves.blocked.values()].map((b) => `\n  - ${b.actual} could not move to ${b.wanted}`).join("");
  const detail =
    `Terrane tried to adjust resource instance addresses in the prior state based on change information recorded in the configuration, but some adjustments did not succeed due to existing objects already at the intended addresses:${items}\n\n` +
    `Terrane has planned to destroy these objects. If Terrane's proposed changes aren't appropriate, you must first resolve the conflicts using the "terrane state" subcommands and then create a new plan.`;
  return [warningDiag("Unresolved resource instance address changes", detail)];
}

/** The warning listing the objects the plan forgets (removed blocks with `destroy = false`) in address order, if any. */
export function forgottenWarning(changes: readonly ResourceInstanceChange[]): Diagnostic[] {
  const forgotten = changes
    .filter((c) => c.change.action === "forget")
    .map((c) => c.addr)
    .sort(compareAbsResourceInstances)
    .map((a) => ` - ${a}`);
  if (forgotten.length === 0) return [];
  const detail =
    `If you apply this plan, Terrane will discard its tracking information for the following objects, but it will not delete them:\n${forgotten.join("\n")}\n\n` +
    "After applying this plan, Terrane will no longer manage these objects. You will need to import them into Terrane to manage them again.";
  return [warningDiag("Some objects will no longer be managed by Terrane", detail)];
}

/** The plan walk's instances as refactoring's validation needs them (instances.Set). */
function declaredInstances(pc: PlanContext): DeclaredInstances {
  const moduleInstances = (path: readonly string[]): ModuleInstance[] => pc.instances.moduleInstances(modulePathString(path)).map((e) => e.addr);
  const hasModuleInstance = (addr: ModuleInstance): boolean =>
    moduleInstances(addr.module().names).some((m) => m.toString() === addr.toString());
  return {
    moduleInstances,
    hasModuleInstance,
    hasModuleCall: (addr: AbsModuleCall) =>
      (addr.module.isRoot || hasModuleInstance(addr.module)) && descendant(pc.config, addr.module.module().names)?.module.moduleCalls.has(addr.call.name) === true,
    hasResource: (addr: AbsResource) => pc.instances.resourceKeys(addr) !== undefined,
    hasResourceInstance: (addr: AbsResourceInstance) =>
      pc.instances.resourceKeys(addr.containingResource())?.some((k) => keysEqual(k, addr.resource.key)) === true,
  };
}
