import { NativeExpression } from "../../lang/eval/native-expression.js";
import { DynamicPseudoType } from "../../lang/types/type.js";
import type {
  CloudDecl,
  CoreVersionConstraint,
  ModuleCallDecl,
  OutputDecl,
  ProviderDecl,
  RequiredProvidersDecl,
  VariableDecl,
} from "./file-contents.js";
import type {
  BackendConfig,
  Check,
  Import,
  Local,
  Module,
  ModuleCall,
  Moved,
  Output,
  ProviderConfig,
  ProviderMeta,
  Removed,
  Resource,
  Variable,
} from "./model.js";

// A module while its files are being combined (configs.Module before it is handed out): declarations
// keyed as Terraform keys them, still mutable, and the conversion to the immutable model.

/** The combined declarations of a module's files. */
export interface ModuleDraft {
  readonly dir: string;
  coreVersionConstraints: CoreVersionConstraint[];
  backend?: BackendConfig;
  cloud?: CloudDecl;
  requiredProviders?: RequiredProvidersDecl;
  readonly providerConfigs: Map<string, ProviderDecl>;
  readonly providerMetas: Map<string, ProviderMeta>;
  readonly variables: Map<string, VariableDecl>;
  readonly locals: Map<string, Local>;
  readonly outputs: Map<string, OutputDecl>;
  readonly moduleCalls: Map<string, ModuleCallDecl>;
  readonly managedResources: Map<string, Resource>;
  readonly dataResources: Map<string, Resource>;
  readonly moved: Moved[];
  readonly imports: Import[];
  readonly removed: Removed[];
  readonly checks: Map<string, Check>;
}

/** A module with nothing declared yet. */
export function emptyModuleDraft(dir: string): ModuleDraft {
  return {
    dir,
    coreVersionConstraints: [],
    providerConfigs: new Map(),
    providerMetas: new Map(),
    variables: new Map(),
    locals: new Map(),
    outputs: new Map(),
    moduleCalls: new Map(),
    managedResources: new Map(),
    dataResources: new Map(),
    moved: [],
    imports: [],
    removed: [],
    checks: new Map(),
  };
}

/** The key of a provider configuration within a module: `aws` or `aws.west`. */
export function providerKey(p: { name: string; alias?: string }): string {
  return p.alias ? `${p.name}.${p.alias}` : p.name;
}

/** The key of a resource within a module: `type.name`, or `data.type.name` for data resources. */
export function resourceKey(r: Resource): string {
  return r.mode === "data" ? `data.${r.type}.${r.name}` : `${r.type}.${r.name}`;
}

/** The finished, immutable module. */
export function finishModule(d: ModuleDraft): Module {
  return {
    dir: d.dir,
    requiredVersions: d.coreVersionConstraints.map((c) => ({ constraint: c.text, range: c.range })),
    requiredProviders: new Map(d.requiredProviders?.providers ?? []),
    ...(d.backend ? { backend: d.backend } : {}),
    experiments: [],
    providerMetas: new Map(d.providerMetas),
    providerConfigs: mapValues(d.providerConfigs, finishProvider),
    variables: mapValues(d.variables, finishVariable),
    locals: new Map(d.locals),
    outputs: mapValues(d.outputs, finishOutput),
    moduleCalls: mapValues(d.moduleCalls, finishModuleCall),
    managedResources: new Map(d.managedResources),
    dataResources: new Map(d.dataResources),
    moved: [...d.moved],
    imports: [...d.imports],
    removed: [...d.removed],
    checks: new Map(d.checks),
  };
}

function mapValues<A, B>(m: ReadonlyMap<string, A>, f: (a: A) => B): Map<string, B> {
  return new Map([...m].map(([k, v]) => [k, f(v)]));
}

function finishProvider(p: ProviderDecl): ProviderConfig {
  return { name: p.name, ...opt("alias", p.alias), ...opt("version", p.version), config: p.config, declRange: p.declRange };
}

function finishVariable(v: VariableDecl): Variable {
  return {
    name: v.name,
    ...opt("description", v.description),
    ...opt("default", v.default),
    type: v.type ?? DynamicPseudoType,
    ...opt("typeDefaults", v.typeDefaults),
    typeSet: v.typeSet,
    sensitive: v.sensitive,
    ephemeral: v.ephemeral,
    nullable: v.nullable,
    validations: [...v.validations],
    declRange: v.declRange,
  };
}

// An output whose `value` is missing (already an error) evaluates to null, so references still resolve.
function finishOutput(o: OutputDecl): Output {
  const expr = o.expr ?? new NativeExpression({ type: "Literal", value: { kind: "null" }, range: o.missingValueRange });
  return {
    name: o.name,
    ...opt("description", o.description),
    expr,
    sensitive: o.sensitive,
    ephemeral: o.ephemeral,
    dependsOn: [...o.dependsOn],
    preconditions: [...o.preconditions],
    declRange: o.declRange,
  };
}

function finishModuleCall(c: ModuleCallDecl): ModuleCall {
  return {
    name: c.name,
    source: c.source ?? "",
    sourceRange: c.sourceRange ?? c.declRange,
    ...opt("sourceAddr", c.sourceAddr),
    ...opt("version", c.version),
    config: c.config,
    ...opt("count", c.count),
    ...opt("forEach", c.forEach),
    dependsOn: [...c.dependsOn],
    providers: [...c.providers],
    declRange: c.declRange,
  };
}

// Spreads `{ key: value }` only when the value is present (the model uses absent, not undefined).
function opt<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]?: V });
}
