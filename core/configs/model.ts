import type { Body } from "../../lang/hcl/body.js";
import type { Expression } from "../../lang/hcl/expression.js";
import type { Range } from "../../lang/source/range.js";
import type { Traversal } from "../../lang/syntax/ast.js";
import type { Defaults } from "../../lang/types/defaults.js";
import type { Type } from "../../lang/types/type.js";
import type { ModuleSource } from "./module-source.js";

// The decoded configuration of one module (one directory), as Terraform's configs.Module holds it:
// blocks decoded into typed records, expressions kept unevaluated (they are evaluated during the graph
// walk, in the right scope), resource bodies kept as Bodies until a provider schema can decode them.

/** A condition with its message, from `validation`, `precondition`, `postcondition` and `assert`. */
export interface CheckRule {
  readonly condition: Expression;
  readonly errorMessage: Expression;
  readonly range: Range;
}

/** `variable "name" { ... }`. */
export interface Variable {
  readonly name: string;
  readonly description?: string;
  readonly default?: Expression;
  /** The type constraint (DynamicPseudoType when none was given) and its optional-attribute defaults. */
  readonly type: Type;
  readonly typeDefaults?: Defaults;
  /** True when a `type` argument was given. */
  readonly typeSet: boolean;
  readonly sensitive: boolean;
  readonly ephemeral: boolean;
  readonly nullable: boolean;
  readonly validations: readonly CheckRule[];
  readonly declRange: Range;
}

/** One entry of a `locals` block. */
export interface Local {
  readonly name: string;
  readonly expr: Expression;
  readonly declRange: Range;
}

/** `output "name" { ... }`. */
export interface Output {
  readonly name: string;
  readonly description?: string;
  readonly expr: Expression;
  readonly sensitive: boolean;
  readonly ephemeral: boolean;
  readonly dependsOn: readonly Traversal[];
  readonly preconditions: readonly CheckRule[];
  readonly declRange: Range;
}

/** `module "name" { source = ... }`. */
export interface ModuleCall {
  readonly name: string;
  /** The source address as written (`./net`, `hashicorp/consul/aws`, `git::https://...`). */
  readonly source: string;
  readonly sourceRange: Range;
  /** The source address classified and normalized (local, registry or remote); absent when invalid. */
  readonly sourceAddr?: ModuleSource;
  /** The version constraint string, for registry sources. */
  readonly version?: string;
  /** Every argument other than the meta-arguments: the child module's input variables. */
  readonly config: Body;
  readonly count?: Expression;
  readonly forEach?: Expression;
  readonly dependsOn: readonly Traversal[];
  /** `providers = { aws = aws.west }`: child provider config name → parent provider config. */
  readonly providers: readonly PassedProvider[];
  readonly declRange: Range;
}

/** One entry of a module call's `providers` map. */
export interface PassedProvider {
  readonly inChild: ProviderConfigRef;
  readonly inParent: ProviderConfigRef;
}

/** A reference to a provider configuration: `aws` or `aws.west`. */
export interface ProviderConfigRef {
  readonly name: string;
  readonly alias?: string;
  readonly range: Range;
  /** Just the local name (`aws` of `aws.west`), where Terraform's provider validation points. */
  readonly nameRange: Range;
}

/** `provider "name" { alias = ... }`. */
export interface ProviderConfig {
  readonly name: string;
  readonly alias?: string;
  readonly version?: string;
  /** The configuration arguments (decoded later with the provider's schema). */
  readonly config: Body;
  readonly declRange: Range;
}

/** One entry of `required_providers`. */
export interface ProviderRequirement {
  readonly name: string;
  /** The source address, defaulting to `hashicorp/<name>` on registry.terraform.io. */
  readonly source: string;
  readonly versionConstraints: readonly string[];
  readonly configurationAliases: readonly ProviderConfigRef[];
  readonly declRange: Range;
}

/** The `backend "type" { ... }` block of a `terraform` block. */
export interface BackendConfig {
  readonly type: string;
  readonly config: Body;
  readonly declRange: Range;
}

/** `provider_meta "name" { ... }` in a `terraform` block: module metadata passed to a provider. */
export interface ProviderMeta {
  readonly provider: string;
  readonly config: Body;
  readonly declRange: Range;
}

/** Whether a resource is managed (`resource`) or read (`data`). */
export type ResourceMode = "managed" | "data";

/** `lifecycle { ... }` of a managed resource. */
export interface Lifecycle {
  readonly createBeforeDestroy?: boolean;
  readonly preventDestroy?: boolean;
  readonly ignoreChanges: readonly Traversal[];
  readonly ignoreAllChanges: boolean;
  readonly replaceTriggeredBy: readonly Expression[];
}

/** A `provisioner "type" { ... }` block (parsed; running it comes with apply). */
export interface Provisioner {
  readonly type: string;
  readonly config: Body;
  readonly connection?: Body;
  readonly when: "create" | "destroy";
  readonly onFailure: "fail" | "continue";
  readonly declRange: Range;
}

/** `resource "type" "name" { ... }` or `data "type" "name" { ... }`. */
export interface Resource {
  readonly mode: ResourceMode;
  readonly type: string;
  readonly name: string;
  /** The arguments and nested blocks other than meta-arguments, for the provider schema to decode. */
  readonly config: Body;
  readonly count?: Expression;
  readonly forEach?: Expression;
  readonly dependsOn: readonly Traversal[];
  /** `provider = aws.west`; absent means the default configuration of the type's implied provider. */
  readonly provider?: ProviderConfigRef;
  readonly lifecycle: Lifecycle;
  readonly preconditions: readonly CheckRule[];
  readonly postconditions: readonly CheckRule[];
  readonly connection?: Body;
  readonly provisioners: readonly Provisioner[];
  readonly declRange: Range;
  readonly typeRange: Range;
}

/** `moved { from = ..., to = ... }`. */
export interface Moved {
  readonly from: Traversal;
  readonly to: Traversal;
  readonly declRange: Range;
}

/** `import { to = ..., id = ... }` (or `identity`), optionally with `for_each` and `provider`. */
export interface Import {
  readonly to: Expression;
  readonly id?: Expression;
  readonly forEach?: Expression;
  readonly provider?: ProviderConfigRef;
  readonly declRange: Range;
}

/** `removed { from = ..., lifecycle { destroy = false } }`. */
export interface Removed {
  readonly from: Traversal;
  readonly destroy: boolean;
  readonly provisioners: readonly Provisioner[];
  /** The `connection` block the destroy-time provisioners share (managed resources only). */
  readonly connection?: Body;
  readonly declRange: Range;
}

/** `check "name" { data ... assert { ... } }`. */
export interface Check {
  readonly name: string;
  readonly dataResource?: Resource;
  readonly asserts: readonly CheckRule[];
  readonly declRange: Range;
}

/** The decoded contents of one module directory. */
export interface Module {
  /** The directory the module was loaded from. */
  readonly dir: string;
  readonly requiredVersions: readonly { readonly constraint: string; readonly range: Range }[];
  readonly requiredProviders: ReadonlyMap<string, ProviderRequirement>;
  readonly backend?: BackendConfig;
  readonly experiments: readonly string[];
  /** `provider_meta` blocks by provider local name. */
  readonly providerMetas?: ReadonlyMap<string, ProviderMeta>;
  readonly providerConfigs: ReadonlyMap<string, ProviderConfig>;
  readonly variables: ReadonlyMap<string, Variable>;
  readonly locals: ReadonlyMap<string, Local>;
  readonly outputs: ReadonlyMap<string, Output>;
  readonly moduleCalls: ReadonlyMap<string, ModuleCall>;
  /** Managed resources keyed `type.name`. */
  readonly managedResources: ReadonlyMap<string, Resource>;
  /** Data resources keyed `data.type.name`. */
  readonly dataResources: ReadonlyMap<string, Resource>;
  readonly moved: readonly Moved[];
  readonly imports: readonly Import[];
  readonly removed: readonly Removed[];
  readonly checks: ReadonlyMap<string, Check>;
}

/** A module in the tree of a whole configuration: the root, or a child reached through module calls. */
export interface Config {
  readonly module: Module;
  /** Call names from the root (`[]` for the root, `["net", "subnets"]` for module.net.module.subnets). */
  readonly path: readonly string[];
  readonly parent?: Config;
  readonly children: ReadonlyMap<string, Config>;
  /** The module call this config was loaded for (absent for the root). */
  readonly call?: ModuleCall;
}
