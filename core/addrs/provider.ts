import { Address } from "./address.js";
import { goQuote } from "../../lang/text/go-quote.js";
import type { Module } from "./module.js";
import { withModulePrefix } from "./module-instance.js";

/** The public registry host that provider source addresses may leave out. */
export const DEFAULT_REGISTRY_HOST = "registry.terraform.io";

/** The host of providers built into Terraform (`terraform.io/builtin/terraform`). */
export const BUILTIN_PROVIDER_HOST = "terraform.io";

/** A provider type: `registry.terraform.io/hashicorp/aws` (tfaddr.Provider). */
export class Provider extends Address {
  /** Discriminant. */
  readonly kind = "Provider";

  constructor(
    readonly hostname: string,
    readonly namespace: string,
    readonly type: string,
  ) {
    super();
  }

  /** `hashicorp/<type>` on the public registry: what a provider without a source address means. */
  static official(type: string): Provider {
    return new Provider(DEFAULT_REGISTRY_HOST, "hashicorp", type);
  }

  /** A provider built into Terraform itself, such as `terraform` (for terraform_data). */
  static builtin(type: string): Provider {
    return new Provider(BUILTIN_PROVIDER_HOST, "builtin", type);
  }

  /** True for providers built into Terraform. */
  get isBuiltin(): boolean {
    return this.hostname === BUILTIN_PROVIDER_HOST && this.namespace === "builtin";
  }

  /** The short form Terraform shows to users: the default registry host left out (`hashicorp/aws`). */
  forDisplay(): string {
    const rest = `${this.namespace}/${this.type}`;
    return this.hostname === DEFAULT_REGISTRY_HOST ? rest : `${this.hostname}/${rest}`;
  }

  /** The fully-qualified form: `registry.terraform.io/hashicorp/aws`. */
  override toString(): string {
    return `${this.hostname}/${this.namespace}/${this.type}`;
  }
}

/** A provider configuration as a module names it: `aws` or `aws.west` (addrs.LocalProviderConfig). */
export class LocalProviderConfig extends Address {
  /** Discriminant. */
  readonly kind = "LocalProviderConfig";

  constructor(
    readonly localName: string,
    readonly alias: string | null = null,
  ) {
    super();
  }

  /** `aws.west`, as written in a `provider` argument. */
  compact(): string {
    return this.alias === null ? this.localName : `${this.localName}.${this.alias}`;
  }

  /** `provider.aws.west`. */
  override toString(): string {
    return `provider.${this.compact()}`;
  }
}

/** A provider configuration in a module: `module.a.provider["registry.terraform.io/hashicorp/aws"].west` (addrs.AbsProviderConfig). */
export class AbsProviderConfig extends Address {
  /** Discriminant. */
  readonly kind = "AbsProviderConfig";

  constructor(
    readonly module: Module,
    readonly provider: Provider,
    readonly alias: string | null = null,
  ) {
    super();
  }

  /** The configuration a default (unaliased) one in a child module inherits from, if any. */
  inherited(): AbsProviderConfig | undefined {
    if (this.module.isRoot || this.alias !== null) return undefined;
    return new AbsProviderConfig(this.module.parent(), this.provider);
  }

  /** `provider["registry.terraform.io/hashicorp/aws"].west`, prefixed by the module path outside the root. */
  override toString(): string {
    const own = `provider[${goQuote(this.provider.toString())}]`;
    return withModulePrefix(this.module, this.alias === null ? own : `${own}.${this.alias}`);
  }
}

/** The provider an unqualified name implies (addrs.ImpliedProviderForUnqualifiedType): the built-in one for `terraform`, else `hashicorp/<name>`. */
export function impliedProvider(localName: string): Provider {
  return localName === "terraform" ? Provider.builtin("terraform") : Provider.official(localName);
}

/** The local provider name a resource type implies: `aws` for `aws_instance` (Resource.ImpliedProvider). */
export function impliedLocalName(resourceType: string): string {
  const underscore = resourceType.indexOf("_");
  return underscore === -1 ? resourceType : resourceType.slice(0, underscore);
}
