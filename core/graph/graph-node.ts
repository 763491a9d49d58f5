import type { Attribute } from "../../lang/hcl/body.js";
import type { AbsProviderConfig } from "../addrs/provider.js";
import type { Check, Config, Local, ModuleCall, Output, ProviderConfig, Resource, Variable } from "../configs/model.js";

// The vertices of the configuration graph, one kind per Terraform node type the plan and validate
// builders make (NodeValidatableResource / nodeExpandPlannableResource, NodeRootVariable,
// nodeExpandModuleVariable, nodeVariableValidation, nodeExpandLocal, nodeExpandOutput,
// nodeExpandCheck, nodeReportCheck, nodeExpandModule, nodeCloseModule, NodeApplyableProvider,
// graphNodeCloseProvider and the root). Each holds the configuration object it stands for and the
// module (the Config of the module tree) it was declared in.

/** A resource or data source block. `check` names the check block a nested data source belongs to. */
export interface ResourceNode {
  readonly kind: "resource";
  readonly module: Config;
  readonly resource: Resource;
  readonly check?: string;
  /** The provider configuration node the resource uses, once resolved. */
  provider?: string;
}

/** An input variable of the root module, whose value comes from outside the configuration. */
export interface RootVariableNode {
  readonly kind: "root-variable";
  readonly module: Config;
  readonly variable: Variable;
}

/** An input variable of a child module, whose value is the calling module block's argument. */
export interface ModuleVariableNode {
  readonly kind: "module-variable";
  readonly module: Config;
  readonly variable: Variable;
  /** The argument of the module block setting this variable, absent when it is not set. */
  readonly argument?: Attribute;
}

/** The `validation` rules of a variable, checked once its value is decided. */
export interface VariableValidationNode {
  readonly kind: "variable-validation";
  readonly module: Config;
  readonly variable: Variable;
  readonly argument?: Attribute;
}

/** One local value. */
export interface LocalNode {
  readonly kind: "local";
  readonly module: Config;
  readonly local: Local;
}

/** One output value. */
export interface OutputNode {
  readonly kind: "output";
  readonly module: Config;
  readonly output: Output;
}

/** A `check` block's assertions. */
export interface CheckNode {
  readonly kind: "check";
  readonly module: Config;
  readonly check: Check;
}

/** The plan walk's announcement of a check block's assertions, before its data source is read. */
export interface CheckReportNode {
  readonly kind: "check-report";
  readonly module: Config;
  readonly check: Check;
}

/** A module call's expansion (`count`/`for_each`, `depends_on`); `module` is the called module. */
export interface ModuleExpandNode {
  readonly kind: "module-expand";
  readonly module: Config;
  readonly call: ModuleCall;
}

/** The point after everything in a called module: what whole-module references wait for. */
export interface ModuleCloseNode {
  readonly kind: "module-close";
  readonly module: Config;
}

/** A provider configuration: a `provider` block, or the implied empty default one in the root module. */
export interface ProviderNode {
  readonly kind: "provider";
  readonly module: Config;
  readonly addr: AbsProviderConfig;
  readonly config?: ProviderConfig;
}

/** The point after every resource using a provider configuration. */
export interface ProviderCloseNode {
  readonly kind: "provider-close";
  readonly module: Config;
  readonly addr: AbsProviderConfig;
}

/** The single last node, after everything. */
export interface RootNode {
  readonly kind: "root";
  readonly module: Config;
}

/** A node of the configuration graph. */
export type GraphNode =
  | ResourceNode
  | RootVariableNode
  | ModuleVariableNode
  | VariableValidationNode
  | LocalNode
  | OutputNode
  | CheckNode
  | CheckReportNode
  | ModuleExpandNode
  | ModuleCloseNode
  | ProviderNode
  | ProviderCloseNode
  | RootNode;

/** `module.a.module.b.` for a module path, "" for the root module. */
export function modulePrefix(path: readonly string[]): string {
  return path.map((name) => `module.${name}.`).join("");
}

/** The module path as Terraform prints a static module address (`module.a.module.b`, "" for the root). */
export function modulePathString(path: readonly string[]): string {
  return path.map((name) => `module.${name}`).join(".");
}
