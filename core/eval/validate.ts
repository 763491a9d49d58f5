import { hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import { walk } from "../dag/walk.js";
import type { Config } from "../configs/model.js";
import type { BlockSchema } from "../../providers/schema.js";
import { buildGraph } from "../graph/build-graph.js";
import type { GraphNode, ResourceNode } from "../graph/graph-node.js";
import { planningFunctions } from "../vars/validations.js";
import { withProviderFunctions, type ProviderFunctionSource } from "./provider-functions.js";
import { sortDiagnostics } from "./diagnostic-order.js";
import { NamedValues } from "./named-values.js";
import { validateModuleCall, validateModuleVariable, validateVariableRules } from "./validate-module.js";
import { validateResource, validateResourceBlock } from "./validate-resource.js";
import { providerDiagnostics } from "../plan/provider-diagnostics.js";
import { nodeAddress } from "../graph/node-names.js";
import { unmarkDeep } from "../../lang/values/deep-marks.js";
import type { Value } from "../../lang/values/value.js";
import type { ProviderDiagnostic } from "../../providers/provider.js";
import { validateProvider } from "./validate-provider.js";
import { validateCheck, validateLocal, validateOutput } from "./validate-values.js";
import type { WalkState } from "./walk-state.js";

// Terraform's validate (Context.Validate): build the validate graph, stop if that fails (module
// arguments, cycles), then walk it concurrently, each node checking its own configuration with every
// input variable unknown, and report everything found in Terraform's order. Resource and provider
// bodies are decoded against the schemas of the providers that are available (only evaluated
// otherwise); provisioner bodies are only evaluated.

/** How validation runs. */
export interface ValidateOptions {
  /** Most nodes visited at once (Terraform's -parallelism); 10 by default. */
  readonly parallelism?: number;
  /** `terraform.workspace`; "default" by default. */
  readonly workspace?: string;
  /** The working directory (`path.cwd`, relative paths of functions and `path.module`). */
  readonly cwd: string;
  /** Stops the walk from starting more nodes; what was found so far is returned. */
  readonly signal?: AbortSignal;
  /**
   * Asks the provider to validate a resource's or data source's configuration (ValidateResourceConfig,
   * ValidateDataResourceConfig on an unconfigured instance), once the body decoded without errors.
   */
  readonly validateWithProvider?: (provider: string, mode: "managed" | "data", type: string, config: Value) => Promise<readonly ProviderDiagnostic[]>;
  /** Provider-defined functions (`provider::NAME::FUNC`), by provider; none without it. */
  readonly functions?: ProviderFunctionSource;
  /**
   * The schema of a resource type by its provider's source address, when the provider is available:
   * resource bodies are then decoded against it (unsupported arguments, missing required ones...).
   */
  readonly resourceSchema?: (provider: string, mode: "managed" | "data", type: string) => BlockSchema | undefined;
  /** The configuration schema of a provider by its source address, when the provider is available. */
  readonly providerSchema?: (provider: string) => BlockSchema | undefined;
}

/** Validates a whole configuration as `terraform validate` does, returning every problem found. */
export async function validateConfig(config: Config, opts: ValidateOptions): Promise<Diagnostic[]> {
  const built = buildGraph(config, { walk: "validate" });
  if (hasErrors(built.diagnostics)) return sortDiagnostics(built.diagnostics);
  const state: WalkState = {
    root: config,
    operation: "validate",
    values: new NamedValues(),
    workspace: opts.workspace ?? "default",
    cwd: opts.cwd,
    functions: withProviderFunctions(planningFunctions(), config, opts.functions),
  };
  const schemaOf = (node: GraphNode): BlockSchema | undefined => {
    if (node.kind === "provider") return opts.providerSchema?.(node.addr.provider.toString());
    if (node.kind !== "resource" || !node.provider || !opts.resourceSchema) return undefined;
    const provider = built.graph.node(node.provider);
    if (provider?.kind !== "provider") return undefined;
    return opts.resourceSchema(provider.addr.provider.toString(), node.resource.mode, node.resource.type);
  };
  const providerOf = (node: GraphNode): string | undefined => {
    const p = node.kind === "resource" && node.provider ? built.graph.node(node.provider) : undefined;
    return p?.kind === "provider" ? p.addr.provider.toString() : undefined;
  };
  const visitNode = (node: GraphNode): Diagnostic[] | Promise<Diagnostic[]> => {
    const provider = providerOf(node);
    if (node.kind !== "resource" || !opts.validateWithProvider || !provider) return visit(state, node, schemaOf(node));
    return validateWithProvider(state, node, schemaOf(node), provider, opts.validateWithProvider);
  };
  const found = await walk(built.graph, visitNode, {
    ...(opts.parallelism === undefined ? {} : { parallelism: opts.parallelism }),
    ...(opts.signal === undefined ? {} : { signal: opts.signal }),
  });
  return sortDiagnostics([...built.diagnostics, ...found]);
}

/** A resource block's own checks, then the provider's, with the provider's diagnostics placed in the block. */
async function validateWithProvider(
  state: WalkState,
  node: ResourceNode,
  schema: BlockSchema | undefined,
  provider: string,
  ask: NonNullable<ValidateOptions["validateWithProvider"]>,
): Promise<Diagnostic[]> {
  const own = validateResourceBlock(state, node, schema);
  if (!own.config) return own.diagnostics;
  const r = node.resource;
  const diags = await ask(provider, r.mode, r.type, unmarkDeep(own.config).value);
  return [...own.diagnostics, ...providerDiagnostics(diags, { address: nodeAddress(node), body: r.config })];
}

/** What the validate walk does at one node. */
export function visit(state: WalkState, node: GraphNode, schema?: BlockSchema): Diagnostic[] {
  switch (node.kind) {
    case "resource":
      return validateResource(state, node, schema);
    case "module-variable":
      return validateModuleVariable(state, node);
    case "variable-validation":
      return validateVariableRules(state, node);
    case "local":
      return validateLocal(state, node);
    case "output":
      return validateOutput(state, node);
    case "check":
      return validateCheck(state, node);
    case "module-expand":
      return validateModuleCall(state, node);
    case "provider":
      return validateProvider(state, node, schema);
    default:
      return [];
  }
}
