import { Address } from "./address.js";
import { compareInstanceKeys, keysEqual, keyString, type InstanceKey } from "./instance-key.js";
import { Module } from "./module.js";
import { compareCodePoints } from "../../lang/text/code-point-order.js";

/** One step through the dynamic module tree: a call name and the instance key it was expanded with. */
export interface ModuleInstanceStep {
  readonly name: string;
  readonly key: InstanceKey | null;
}

/** The address of one module instance: `module.net["eu"].module.x[0]` (addrs.ModuleInstance). */
export class ModuleInstance extends Address {
  /** Discriminant. */
  readonly kind = "ModuleInstance";

  /** The root module instance. */
  static readonly ROOT = new ModuleInstance([]);

  constructor(readonly steps: readonly ModuleInstanceStep[]) {
    super();
  }

  /** True for the root module instance. */
  get isRoot(): boolean {
    return this.steps.length === 0;
  }

  /** The child instance `module.<name><key>` of this one. */
  child(name: string, key: InstanceKey | null = null): ModuleInstance {
    return new ModuleInstance([...this.steps, { name, key }]);
  }

  /** The containing module instance (the root is its own parent). */
  parent(): ModuleInstance {
    return this.isRoot ? this : new ModuleInstance(this.steps.slice(0, -1));
  }

  /** The static module this is an instance of (keys dropped). */
  module(): Module {
    return new Module(this.steps.map((s) => s.name));
  }

  /** True when this is a proper ancestor of `o` (an unkeyed step matches any key). */
  isAncestorOf(o: ModuleInstance): boolean {
    if (this.steps.length >= o.steps.length) return false;
    return this.steps.every((s, i) => s.name === o.steps[i]!.name && (s.key === null || keysEqual(s.key, o.steps[i]!.key)));
  }

  /** `module.a["x"].module.b`; "" for the root. */
  override toString(): string {
    return this.steps.map((s) => `module.${s.name}${keyString(s.key)}`).join(".");
  }
}

/** Terraform's ModuleInstance.Less as a comparator: shorter paths first, then names, then keys. */
export function compareModuleInstances(a: ModuleInstance, b: ModuleInstance): number {
  if (a.steps.length !== b.steps.length) return a.steps.length - b.steps.length;
  for (let i = 0; i < a.steps.length; i++) {
    const sa = a.steps[i]!;
    const sb = b.steps[i]!;
    if (sa.name !== sb.name) return compareCodePoints(sa.name, sb.name);
    const c = compareInstanceKeys(sa.key, sb.key);
    if (c !== 0) return c;
  }
  return 0;
}

/** Joins a module prefix and a module-relative address the way Terraform prints absolute addresses. */
export function withModulePrefix(module: Module | ModuleInstance, rest: string): string {
  return module.isRoot ? rest : `${module.toString()}.${rest}`;
}
