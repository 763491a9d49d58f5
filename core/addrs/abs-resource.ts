import { Address } from "./address.js";
import { compareInstanceKeys, type InstanceKey } from "./instance-key.js";
import { compareModuleInstances, withModulePrefix, ModuleInstance } from "./module-instance.js";
import type { Module } from "./module.js";
import { Resource, ResourceInstance } from "./resource.js";
import { compareCodePoints } from "../../lang/text/code-point-order.js";

/** A resource in a static module of the configuration: `module.net.aws_subnet.this` (addrs.ConfigResource). */
export class ConfigResource extends Address {
  /** Discriminant. */
  readonly kind = "ConfigResource";

  constructor(
    readonly module: Module,
    readonly resource: Resource,
  ) {
    super();
  }

  /** `module.a.type.name`, or just the resource in the root module. */
  override toString(): string {
    return withModulePrefix(this.module, this.resource.toString());
  }
}

/** A resource in a module instance, all its instances together: `module.net["eu"].aws_subnet.this` (addrs.AbsResource). */
export class AbsResource extends Address {
  /** Discriminant. */
  readonly kind = "AbsResource";

  constructor(
    readonly module: ModuleInstance,
    readonly resource: Resource,
  ) {
    super();
  }

  /** One instance of this resource. */
  instance(key: InstanceKey | null): AbsResourceInstance {
    return new AbsResourceInstance(this.module, this.resource.instance(key));
  }

  /** The resource in the static configuration (module keys dropped). */
  config(): ConfigResource {
    return new ConfigResource(this.module.module(), this.resource);
  }

  /** `module.net["eu"].aws_subnet.this`. */
  override toString(): string {
    return withModulePrefix(this.module, this.resource.toString());
  }
}

/** One resource instance anywhere: `module.net["eu"].aws_subnet.this[2]` (addrs.AbsResourceInstance). */
export class AbsResourceInstance extends Address {
  /** Discriminant. */
  readonly kind = "AbsResourceInstance";

  constructor(
    readonly module: ModuleInstance,
    readonly resource: ResourceInstance,
  ) {
    super();
  }

  /** The resource this is an instance of. */
  containingResource(): AbsResource {
    return new AbsResource(this.module, this.resource.resource);
  }

  /** `module.net["eu"].aws_subnet.this[2]`. */
  override toString(): string {
    return withModulePrefix(this.module, this.resource.toString());
  }
}

// Terraform sorts data resources before managed ones; ephemeral ones (not ordered by Terraform) go last.
const MODE_ORDER = { data: 0, managed: 1, ephemeral: 2 } as const;

/** Terraform's AbsResourceInstance.Less as a comparator: module, mode, type, name, then key. */
export function compareAbsResourceInstances(a: AbsResourceInstance, b: AbsResourceInstance): number {
  const ra = a.resource.resource;
  const rb = b.resource.resource;
  return (
    compareModuleInstances(a.module, b.module) ||
    MODE_ORDER[ra.mode] - MODE_ORDER[rb.mode] ||
    compareCodePoints(ra.type, rb.type) ||
    compareCodePoints(ra.name, rb.name) ||
    compareInstanceKeys(a.resource.key, b.resource.key)
  );
}
