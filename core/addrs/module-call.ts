import { Address } from "./address.js";
import { keyString, type InstanceKey } from "./instance-key.js";
import { withModulePrefix, type ModuleInstance } from "./module-instance.js";

/** A `module "name"` block as seen from its calling module, all instances together: `module.net` (addrs.ModuleCall). */
export class ModuleCall extends Address {
  /** Discriminant. */
  readonly kind = "ModuleCall";

  constructor(readonly name: string) {
    super();
  }

  /** One instance of the call. */
  instance(key: InstanceKey | null): ModuleCallInstance {
    return new ModuleCallInstance(this, key);
  }

  /** `module.name`. */
  override toString(): string {
    return `module.${this.name}`;
  }
}

/** One instance of a module call, relative to the caller: `module.net["eu"]` (addrs.ModuleCallInstance). */
export class ModuleCallInstance extends Address {
  /** Discriminant. */
  readonly kind = "ModuleCallInstance";

  constructor(
    readonly call: ModuleCall,
    readonly key: InstanceKey | null,
  ) {
    super();
  }

  /** The module instance this call instance creates under the given calling instance. */
  moduleInstance(caller: ModuleInstance): ModuleInstance {
    return caller.child(this.call.name, this.key);
  }

  /** An output of this instance. */
  output(name: string): ModuleCallInstanceOutput {
    return new ModuleCallInstanceOutput(this, name);
  }

  /** `module.net["eu"]`. */
  override toString(): string {
    return `${this.call.toString()}${keyString(this.key)}`;
  }
}

/** An output of a module call, all instances together: `module.net.vpc_id` (addrs.ModuleCallOutput). */
export class ModuleCallOutput extends Address {
  /** Discriminant. */
  readonly kind = "ModuleCallOutput";

  constructor(
    readonly call: ModuleCall,
    readonly name: string,
  ) {
    super();
  }

  /** `module.net.vpc_id`. */
  override toString(): string {
    return `${this.call.toString()}.${this.name}`;
  }
}

/** An output of one module call instance: `module.net["eu"].vpc_id` (addrs.ModuleCallInstanceOutput). */
export class ModuleCallInstanceOutput extends Address {
  /** Discriminant. */
  readonly kind = "ModuleCallInstanceOutput";

  constructor(
    readonly call: ModuleCallInstance,
    readonly name: string,
  ) {
    super();
  }

  /** `module.net["eu"].vpc_id`. */
  override toString(): string {
    return `${this.call.toString()}.${this.name}`;
  }
}

/** A module call inside a particular module instance: `module.a[0].module.b` (addrs.AbsModuleCall). */
export class AbsModuleCall extends Address {
  /** Discriminant. */
  readonly kind = "AbsModuleCall";

  constructor(
    readonly module: ModuleInstance,
    readonly call: ModuleCall,
  ) {
    super();
  }

  /** The module instance created by one instance of this call. */
  instance(key: InstanceKey | null): ModuleInstance {
    return this.module.child(this.call.name, key);
  }

  /** `module.a[0].module.b`. */
  override toString(): string {
    return withModulePrefix(this.module, this.call.toString());
  }
}
