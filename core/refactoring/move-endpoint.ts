import type { Range } from "../../lang/source/range.js";
import { AbsResource, AbsResourceInstance } from "../addrs/abs-resource.js";
import { keysEqual, type InstanceKey } from "../addrs/instance-key.js";
import { AbsModuleCall, ModuleCall } from "../addrs/module-call.js";
import { ModuleInstance } from "../addrs/module-instance.js";

// One side of a move statement (addrs.MoveEndpointInModule): the module the statement was declared in
// (its instances all match, so its steps act as wildcards) and what it selects relative to that
// module: a module instance, a whole module call, a whole resource or one resource instance. The
// relations between endpoints decide how statements chain and nest.

/** What a move endpoint can select (addrs.AbsMoveable), relative to the declaring module. */
export type Moveable = ModuleInstance | AbsModuleCall | AbsResource | AbsResourceInstance;

/** Whether an endpoint moves modules or resources (addrs.MoveEndpointKind). */
export type MoveEndpointKind = "module" | "resource";

/** A module instance step whose key may be the wildcard `*` (any key). */
export interface MatchStep {
  readonly name: string;
  readonly key: InstanceKey | null | "*";
}

/** A move endpoint in the module that declared it. */
export class MoveEndpointInModule {
  constructor(
    /** The static path of the module where the statement was declared. */
    readonly module: readonly string[],
    /** The selected object, relative to `module`. */
    readonly subject: Moveable,
    /** Where the endpoint was written (for implied statements, what implied it). */
    readonly range: Range,
  ) {}

  /** Modules or resources. */
  get objectKind(): MoveEndpointKind {
    return this.subject.kind === "ModuleInstance" || this.subject.kind === "AbsModuleCall" ? "module" : "resource";
  }

  /** The pattern as Terraform prints it: `module.m[*].aws_instance.a[*]` for whole objects. */
  toString(): string {
    const prefix = this.module.map((n) => `module.${n}[*].`).join("");
    const whole = this.subject.kind === "AbsModuleCall" || this.subject.kind === "AbsResource";
    return `${prefix}${this.subject.toString()}${whole ? "[*]" : ""}`;
  }

  /** The absolute object this endpoint selects in one instance of its declaring module (InModuleInstance). */
  inModuleInstance(m: ModuleInstance): Moveable {
    const s = this.subject;
    switch (s.kind) {
      case "ModuleInstance":
        return new ModuleInstance([...m.steps, ...s.steps]);
      case "AbsModuleCall":
        return new AbsModuleCall(new ModuleInstance([...m.steps, ...s.module.steps]), s.call);
      case "AbsResource":
        return new AbsResource(new ModuleInstance([...m.steps, ...s.module.steps]), s.resource);
      case "AbsResourceInstance":
        return new AbsResourceInstance(new ModuleInstance([...m.steps, ...s.module.steps]), s.resource);
    }
  }

  /** The full module path the endpoint covers, declaring steps (and a whole call) as wildcards. */
  synthModuleInstance(): MatchStep[] {
    const out: MatchStep[] = this.module.map((name) => ({ name, key: "*" }));
    const s = this.subject;
    if (s.kind === "ModuleInstance") return [...out, ...s.steps];
    out.push(...s.module.steps);
    if (s.kind === "AbsModuleCall") out.push({ name: s.call.name, key: "*" });
    return out;
  }

  /** True when the endpoint selects the module instance itself or resources directly in it (SelectsModule). */
  selectsModule(addr: ModuleInstance): boolean {
    const synth = this.synthModuleInstance();
    if (synth.length !== addr.steps.length) return false;
    return synth.every((step, i) => stepMatches(step, addr.steps[i]!));
  }

  /** True when the endpoint selects the resource or one of its instances (SelectsResource). */
  selectsResource(addr: AbsResource): boolean {
    const s = this.subject;
    if (s.kind !== "AbsResource" && s.kind !== "AbsResourceInstance") return false;
    if (!this.selectsModule(addr.module)) return false;
    const r = s.kind === "AbsResource" ? s.resource : s.resource.resource;
    return r.toString() === addr.resource.toString();
  }

  /** True when this ("from") endpoint may select what the other ("to") endpoint selected (CanChainFrom). */
  canChainFrom(other: MoveEndpointInModule): boolean {
    const eMod = this.synthModuleInstance();
    const oMod = other.synthModuleInstance();
    if (eMod.length !== oMod.length || !moduleInstanceCanMatch(oMod, eMod)) return false;
    const e = this.subject;
    const o = other.subject;
    if (o.kind === "AbsModuleCall" || o.kind === "ModuleInstance") return e.kind === "AbsModuleCall" || e.kind === "ModuleInstance";
    if (o.kind === "AbsResource") return e.kind === "AbsResource" && e.resource.toString() === o.resource.toString();
    return e.kind === "AbsResourceInstance" && e.resource.toString() === o.resource.toString();
  }

  /** True when this endpoint lies inside something the other endpoint may select (NestedWithin). */
  nestedWithin(other: MoveEndpointInModule): boolean {
    const eMod = this.synthModuleInstance();
    const oMod = other.synthModuleInstance();
    if (oMod.length > eMod.length || !moduleInstanceCanMatch(oMod, eMod)) return false;
    const e = this.subject;
    const o = other.subject;
    switch (o.kind) {
      case "AbsModuleCall":
        return e.kind === "AbsModuleCall" ? eMod.length > oMod.length : true;
      case "ModuleInstance":
        return e.kind === "ModuleInstance" || e.kind === "AbsModuleCall" ? eMod.length > oMod.length : true;
      case "AbsResource":
        if (eMod.length !== oMod.length) return false;
        return e.kind === "AbsResourceInstance" && e.resource.resource.toString() === o.resource.toString();
      default:
        return false;
    }
  }

  /** For the two endpoints of one statement: true when only module instance keys change (IsModuleReIndex). */
  isModuleReIndex(to: MoveEndpointInModule): boolean {
    const f = this.subject;
    const t = to.subject;
    const path = (m: ModuleInstance | AbsModuleCall): string => (m.kind === "AbsModuleCall" ? m.instance(null) : m).module().toString();
    if ((f.kind === "AbsModuleCall" || f.kind === "ModuleInstance") && (t.kind === "AbsModuleCall" || t.kind === "ModuleInstance")) {
      if (f.kind === "AbsModuleCall" && t.kind === "AbsModuleCall") return false;
      return path(f) === path(t);
    }
    return false;
  }

  /**
   * Splits a module instance into the instance of the declaring module and the rest, when it is that
   * module or inside it (matchModuleInstancePrefix).
   */
  matchModulePrefix(addr: ModuleInstance): { prefix: ModuleInstance; rel: ModuleInstance } | undefined {
    if (this.module.length > addr.steps.length) return undefined;
    if (this.module.some((name, i) => addr.steps[i]!.name !== name)) return undefined;
    return { prefix: new ModuleInstance(addr.steps.slice(0, this.module.length)), rel: new ModuleInstance(addr.steps.slice(this.module.length)) };
  }
}

/** A module call address from a module instance address naming the call's no-key instance. */
export function moduleCallOf(m: ModuleInstance): AbsModuleCall {
  const last = m.steps[m.steps.length - 1]!;
  return new AbsModuleCall(m.parent(), new ModuleCall(last.name));
}

function stepMatches(step: MatchStep, actual: { readonly name: string; readonly key: InstanceKey | null }): boolean {
  if (step.name !== actual.name) return false;
  return step.key === "*" || keysEqual(step.key, actual.key);
}

/** Whether module path `a` can match the start of `b`, wildcards matching any key on either side. */
function moduleInstanceCanMatch(a: readonly MatchStep[], b: readonly MatchStep[]): boolean {
  return a.every((step, i) => {
    const other = b[i]!;
    if (step.name !== other.name) return false;
    if (step.key === "*" || other.key === "*") return true;
    return keysEqual(step.key, other.key);
  });
}
