import { Address } from "./address.js";

// The language's built-in objects a reference can start with: `path.*`, `terraform.*`, `count.*`,
// `each.*` and `self`. Which attribute names each one has is checked later (builtin-attr-check.ts).

/** `path.module`, `path.root`, `path.cwd` (addrs.PathAttr). */
export class PathAttr extends Address {
  /** Discriminant. */
  readonly kind = "PathAttr";

  constructor(readonly name: string) {
    super();
  }

  /** `path.name`. */
  override toString(): string {
    return `path.${this.name}`;
  }
}

/** `terraform.workspace`, `terraform.applying` (addrs.TerraformAttr). */
export class TerraformAttr extends Address {
  /** Discriminant. */
  readonly kind = "TerraformAttr";

  constructor(readonly name: string) {
    super();
  }

  /** `terraform.name`. */
  override toString(): string {
    return `terraform.${this.name}`;
  }
}

/** `count.index` (addrs.CountAttr). */
export class CountAttr extends Address {
  /** Discriminant. */
  readonly kind = "CountAttr";

  constructor(readonly name: string) {
    super();
  }

  /** `count.name`. */
  override toString(): string {
    return `count.${this.name}`;
  }
}

/** `each.key`, `each.value` (addrs.ForEachAttr). */
export class ForEachAttr extends Address {
  /** Discriminant. */
  readonly kind = "ForEachAttr";

  constructor(readonly name: string) {
    super();
  }

  /** `each.name`. */
  override toString(): string {
    return `each.${this.name}`;
  }
}

/** The type of `self`, the object a provisioner or postcondition belongs to (addrs.Self). */
export class SelfAddr extends Address {
  /** Discriminant. */
  readonly kind = "Self";

  /** `self`. */
  override toString(): string {
    return "self";
  }
}

/** The one `self` address. */
export const Self = new SelfAddr();
