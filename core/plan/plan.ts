import { hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import { walk } from "../dag/walk.js";
import type { Config } from "../configs/model.js";
import { sortDiagnostics } from "../eval/diagnostic-order.js";
import { buildGraph } from "../graph/build-graph.js";
import type { GraphNode, ProviderNode } from "../graph/graph-node.js";
import type { Plan } from "../plans/changes.js";
import type { GetProviderSchemaResponse } from "../../providers/provider.js";
import type { State } from "../states/state.js";
import { checkVariableValidations, planningFunctions } from "../vars/index.js";
import { plannedOutputRemovals } from "./output-changes.js";
import { planOrphans } from "./orphans.js";
import { PlanContext } from "./plan-context.js";
import type { PlanOptions } from "./plan-options.js";
import { planCheck, planLocal, planModuleExpand, planModuleVariable, planOutput, planRootVariable, planVariableValidation } from "./plan-named-values.js";
import { planResource } from "./plan-resource.js";
import { configureProvider } from "./provider-configure.js";
import { copyState } from "./state-copy.js";
import { TargetFilter, targetingWarning } from "./targets.js";

// Planning (Terraform's Context.Plan): build the plan graph of the configuration, check the root
// variables, then walk the graph — each node evaluated in every instance of its module — refreshing
// and planning every resource instance through its provider; then plan the deletion of orphaned
// objects and removed outputs. Pure apart from the providers it calls: the previous state is not
// changed, and the plan holds both it and the refreshed prior state.

/** A plan (undefined when planning could not start) and everything found while planning. */
export interface PlanResult {
  readonly plan?: Plan;
  /** The schemas of the providers the plan used, by provider source address (for showing it). */
  readonly schemas: ReadonlyMap<string, GetProviderSchemaResponse>;
  readonly diagnostics: Diagnostic[];
}

/** Plans the changes that would make the infrastructure match the configuration. */
export async function plan(config: Config, prevRunState: State, options: PlanOptions): Promise<PlanResult> {
  const built = buildGraph(config, { walk: "plan" });
  if (hasErrors(built.diagnostics)) return { schemas: new Map(), diagnostics: sortDiagnostics(built.diagnostics) };
  const varDiags = checkVariableValidations(config.module.variables, options.variables);
  if (hasErrors(varDiags)) return { schemas: new Map(), diagnostics: varDiags };
  const timestamp = new Date().toISOString().replace(/\.\d+Z$/, "Z");
  const pc = new PlanContext(config, prevRunState, copyState(prevRunState), options, planningFunctions());
  const targeted = (options.targets ?? []).length > 0;
  if (targeted) pc.targets = new TargetFilter(options.targets!, built.graph);
  const providerOf = (node: GraphNode): ProviderNode | undefined =>
    node.kind === "resource" && node.provider ? (built.graph.node(node.provider) as ProviderNode | undefined) : undefined;
  try {
    const found = await walk(built.graph, (node, name) => (pc.targets?.includesNode(name, node) === false ? [] : visit(pc, node, providerOf(node))), {
      ...(options.parallelism === undefined ? {} : { parallelism: options.parallelism }),
      ...(options.signal === undefined ? {} : { signal: options.signal }),
    });
    const diagnostics = [...varDiags, ...built.diagnostics, ...found, ...(targeted ? [targetingWarning()] : [])];
    if (!hasErrors(diagnostics) && !options.signal?.aborted) {
      diagnostics.push(...(await planOrphans(pc)));
      plannedOutputRemovals(pc);
    }
    const errored = hasErrors(diagnostics) || options.signal?.aborted === true;
    const schemas = await pc.providers.fetchedSchemas();
    return { plan: result(pc, options, timestamp, !errored), schemas, diagnostics: sortDiagnostics(diagnostics) };
  } finally {
    await pc.providers.closeAll();
  }
}

function visit(pc: PlanContext, node: GraphNode, provider: ProviderNode | undefined): Diagnostic[] | Promise<Diagnostic[]> {
  switch (node.kind) {
    case "root-variable":
      return planRootVariable(pc, node);
    case "module-expand":
      return planModuleExpand(pc, node);
    case "module-variable":
      return planModuleVariable(pc, node);
    case "variable-validation":
      return planVariableValidation(pc, node);
    case "local":
      return planLocal(pc, node);
    case "output":
      return planOutput(pc, node);
    case "check":
      return planCheck(pc, node);
    case "provider":
      return configureProvider(pc, node);
    case "resource":
      return planResource(pc, node, provider?.addr);
    default:
      return [];
  }
}

function result(pc: PlanContext, options: PlanOptions, timestamp: string, complete: boolean): Plan {
  const changes = pc.changes;
  const applyable = complete && (changes.some((c) => c.change.action !== "no-op") || pc.outputChanges.some((c) => c.change.action !== "no-op"));
  return {
    mode: options.mode,
    changes,
    outputChanges: pc.outputChanges,
    driftedResources: pc.drift,
    prevRunState: pc.prevRunState,
    priorState: pc.priorState,
    targets: (options.targets ?? []).map((t) => t.toString()),
    forceReplace: (options.forceReplace ?? []).map((t) => t.toString()),
    variables: new Map([...options.variables].map(([k, v]) => [k, v.value])),
    complete,
    applyable,
    timestamp,
  };
}
