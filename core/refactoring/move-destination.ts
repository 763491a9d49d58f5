import { AbsResource, AbsResourceInstance } from "../addrs/abs-resource.js";
import { keysEqual } from "../addrs/instance-key.js";
import { ModuleInstance, type ModuleInstanceStep } from "../addrs/module-instance.js";
import type { MoveEndpointInModule } from "./move-endpoint.js";

// Where one statement sends an object found in state (the MoveDestination methods of addrs): a module
// instance (with everything under it), a whole resource, or one resource instance. Undefined when the
// statement's "from" endpoint does not select the object.

/** The new address of a module instance under a module move statement. */
export function moduleMoveDestination(m: ModuleInstance, from: MoveEndpointInModule, to: MoveEndpointInModule): ModuleInstance | undefined {
  if (m.isRoot || from.objectKind !== "module") return undefined;
  const split = from.matchModulePrefix(m);
  if (!split) return undefined;
  const rel = split.rel.steps;
  const s = from.subject;
  let replaced: readonly ModuleInstanceStep[];
  let suffix: readonly ModuleInstanceStep[];
  if (s.kind === "ModuleInstance") {
    if (s.steps.length > rel.length || !stepsEqual(s.steps, rel)) return undefined;
    replaced = (to.subject as ModuleInstance).steps;
    suffix = rel.slice(s.steps.length);
  } else if (s.kind === "AbsModuleCall") {
    const n = s.module.steps.length;
    if (n > rel.length - 1 || !stepsEqual(s.module.steps, rel)) return undefined;
    const callStep = rel[n]!;
    if (callStep.name !== s.call.name) return undefined;
    const toCall = to.subject;
    if (toCall.kind !== "AbsModuleCall") return undefined;
    replaced = toCall.instance(callStep.key).steps;
    suffix = rel.slice(n + 1);
  } else return undefined;
  return new ModuleInstance([...split.prefix.steps, ...replaced, ...suffix]);
}

/** The new address of a whole resource under a move statement. */
export function resourceMoveDestination(r: AbsResource, from: MoveEndpointInModule, to: MoveEndpointInModule): AbsResource | undefined {
  if (from.objectKind === "module") {
    const m = moduleMoveDestination(r.module, from, to);
    return m ? new AbsResource(m, r.resource) : undefined;
  }
  const s = from.subject;
  const t = to.subject;
  if (s.kind !== "AbsResource" || t.kind !== "AbsResource" || s.resource.toString() !== r.resource.toString()) return undefined;
  const prefix = modulePrefixFor(r.module, from, s.module);
  return prefix ? new AbsResource(new ModuleInstance([...prefix.steps, ...t.module.steps]), t.resource) : undefined;
}

/** The new address of a resource instance under a move statement. */
export function instanceMoveDestination(
  r: AbsResourceInstance,
  from: MoveEndpointInModule,
  to: MoveEndpointInModule,
): AbsResourceInstance | undefined {
  if (from.objectKind === "module") {
    const m = moduleMoveDestination(r.module, from, to);
    return m ? new AbsResourceInstance(m, r.resource) : undefined;
  }
  const s = from.subject;
  const t = to.subject;
  if (s.kind === "AbsResource") return resourceMoveDestination(r.containingResource(), from, to)?.instance(r.resource.key);
  if (s.kind !== "AbsResourceInstance" || t.kind !== "AbsResourceInstance") return undefined;
  if (s.resource.resource.toString() !== r.resource.resource.toString() || !keysEqual(s.resource.key, r.resource.key)) return undefined;
  const prefix = modulePrefixFor(r.module, from, s.module);
  return prefix ? new AbsResourceInstance(new ModuleInstance([...prefix.steps, ...t.module.steps]), t.resource) : undefined;
}

// The declaring module instance when `m` is exactly it followed by the endpoint's own module steps.
function modulePrefixFor(m: ModuleInstance, from: MoveEndpointInModule, rel: ModuleInstance): ModuleInstance | undefined {
  const split = from.matchModulePrefix(m);
  if (!split || split.rel.steps.length !== rel.steps.length || !stepsEqual(rel.steps, split.rel.steps)) return undefined;
  return split.prefix;
}

// True when the first steps of `b` equal all of `a` (names and keys).
function stepsEqual(a: readonly ModuleInstanceStep[], b: readonly ModuleInstanceStep[]): boolean {
  return a.every((step, i) => b[i] !== undefined && step.name === b[i]!.name && keysEqual(step.key, b[i]!.key));
}
