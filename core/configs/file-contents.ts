import type { Body } from "../../lang/hcl/body.js";
import type { Expression } from "../../lang/hcl/expression.js";
import type { Range } from "../../lang/source/range.js";
import type { Traversal } from "../../lang/syntax/ast.js";
import type { Defaults } from "../../lang/types/defaults.js";
import type { Type } from "../../lang/types/type.js";
import type { Value } from "../../lang/values/value.js";
import type {
  BackendConfig,
  Check,
  CheckRule,
  Import,
  Local,
  Moved,
  PassedProvider,
  ProviderMeta,
  ProviderRequirement,
  Removed,
  Resource,
} from "./model.js";
import type { ModuleSource } from "./module-source.js";
import type { Constraint } from "./version-constraint.js";

// What one configuration file declares, before the files of a directory are combined into a Module
// (configs.File). Declarations keep "was this argument set" flags, because override files replace
// only what they set.

/** A `required_version` constraint and where it was written. */
export interface CoreVersionConstraint {
  readonly constraints: readonly Constraint[];
  readonly text: string;
  /** The whole `required_version = "..."` attribute. */
  readonly range: Range;
}

/** A decoded `variable` block. `type` is absent only in override files that do not set it. */
export interface VariableDecl {
  name: string;
  description?: string;
  descriptionSet: boolean;
  default?: Expression;
  /** The default converted to the type constraint (DynamicVal when that failed). */
  defaultValue?: Value;
  type?: Type;
  typeDefaults?: Defaults;
  /** True when a `type` argument was given. */
  typeSet: boolean;
  sensitive: boolean;
  sensitiveSet: boolean;
  ephemeral: boolean;
  ephemeralSet: boolean;
  nullable: boolean;
  nullableSet: boolean;
  validations: CheckRule[];
  declRange: Range;
}

/** A decoded `output` block. `expr` is absent only when `value` was not given. */
export interface OutputDecl {
  name: string;
  description?: string;
  expr?: Expression;
  sensitive: boolean;
  sensitiveSet: boolean;
  ephemeral: boolean;
  ephemeralSet: boolean;
  dependsOn: Traversal[];
  preconditions: CheckRule[];
  declRange: Range;
  /** Where a missing `value` would have gone, for the null expression that stands in for it. */
  missingValueRange: Range;
}

/** A decoded `module` block. */
export interface ModuleCallDecl {
  name: string;
  source?: string;
  sourceAddr?: ModuleSource;
  sourceRange?: Range;
  version?: string;
  versionConstraints: Constraint[];
  config: Body;
  count?: Expression;
  forEach?: Expression;
  dependsOn: Traversal[];
  providers: PassedProvider[];
  declRange: Range;
}

/** A decoded `provider` block. */
export interface ProviderDecl {
  name: string;
  alias?: string;
  version?: string;
  config: Body;
  declRange: Range;
}

/** A decoded `required_providers` block. */
export interface RequiredProvidersDecl {
  readonly providers: Map<string, ProviderRequirement>;
  readonly declRange: Range;
}

/** The `cloud` block, kept only to report it. */
export interface CloudDecl {
  readonly declRange: Range;
}

/** Everything one file declares, in source order. */
export interface FileContents {
  readonly coreVersionConstraints: CoreVersionConstraint[];
  readonly backends: BackendConfig[];
  readonly clouds: CloudDecl[];
  readonly requiredProviders: RequiredProvidersDecl[];
  readonly providerMetas: ProviderMeta[];
  readonly providerConfigs: ProviderDecl[];
  readonly variables: VariableDecl[];
  readonly locals: Local[];
  readonly outputs: OutputDecl[];
  readonly moduleCalls: ModuleCallDecl[];
  readonly managedResources: Resource[];
  readonly dataResources: Resource[];
  readonly moved: Moved[];
  readonly imports: Import[];
  readonly removed: Removed[];
  readonly checks: Check[];
}

/** A file with nothing declared yet. */
export function emptyFileContents(): FileContents {
  return {
    coreVersionConstraints: [],
    backends: [],
    clouds: [],
    requiredProviders: [],
    providerMetas: [],
    providerConfigs: [],
    variables: [],
    locals: [],
    outputs: [],
    moduleCalls: [],
    managedResources: [],
    dataResources: [],
    moved: [],
    imports: [],
    removed: [],
    checks: [],
  };
}
