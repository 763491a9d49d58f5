import { Address } from "./address.js";

/** The static address of a module in the configuration tree: the call names from the root (addrs.Module). */
export class Module extends Address {
  /** Discriminant. */
  readonly kind = "Module";

  /** The root module. */
  static readonly ROOT = new Module([]);

  constructor(readonly names: readonly string[]) {
    super();
  }

  /** True for the root module. */
  get isRoot(): boolean {
    return this.names.length === 0;
  }

  /** The module called `name` from this one. */
  child(name: string): Module {
    return new Module([...this.names, name]);
  }

  /** The calling module (the root is its own parent). */
  parent(): Module {
    return this.isRoot ? this : new Module(this.names.slice(0, -1));
  }

  /** `module.a.module.b`; "" for the root. */
  override toString(): string {
    return this.names.map((n) => `module.${n}`).join(".");
  }
}

/** Whether two module paths (call names from the root) are the same. */
export function sameModulePath(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((name, i) => name === b[i]);
}
