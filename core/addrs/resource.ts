import { Address } from "./address.js";
import { keyString, type InstanceKey } from "./instance-key.js";

/** Which block declared a resource: `resource`, `data` or `ephemeral` (addrs.ResourceMode). */
export type ResourceMode = "managed" | "data" | "ephemeral";

const MODE_PREFIX: Readonly<Record<ResourceMode, string>> = { managed: "", data: "data.", ephemeral: "ephemeral." };

/** A resource within its module, ignoring instances: `aws_instance.web`, `data.x.y` (addrs.Resource). */
export class Resource extends Address {
  /** Discriminant. */
  readonly kind = "Resource";

  constructor(
    readonly mode: ResourceMode,
    readonly type: string,
    readonly name: string,
  ) {
    super();
  }

  /** One instance of this resource; `null` for the single instance of a resource without count/for_each. */
  instance(key: InstanceKey | null): ResourceInstance {
    return new ResourceInstance(this, key);
  }

  /** `type.name`, prefixed by `data.` or `ephemeral.` for those modes. */
  override toString(): string {
    return `${MODE_PREFIX[this.mode]}${this.type}.${this.name}`;
  }
}

/** One instance of a resource within its module: `aws_instance.web[0]` (addrs.ResourceInstance). */
export class ResourceInstance extends Address {
  /** Discriminant. */
  readonly kind = "ResourceInstance";

  constructor(
    readonly resource: Resource,
    readonly key: InstanceKey | null,
  ) {
    super();
  }

  /** The resource with its key, as `aws_instance.web["a"]`. */
  override toString(): string {
    return `${this.resource.toString()}${keyString(this.key)}`;
  }
}
