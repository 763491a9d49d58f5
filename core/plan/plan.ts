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
import { withProviderFunctions } from "../eval/provider-functions.js";
import { forcedCreateBeforeDestroy } from "./forced-cbd.js";
import { blockedMovesWarning, forgottenWarning, validateMovesAfterWalk, withPrevRunAddr } from "./moves-finish.js";
import { recordMovedDrift } from "./moves-drift.js";
import { crossTypeMoveDiagnostics, prepareMoves } from "./moves-prepare.js";
import { duplicateImportDiagnostics, missingImportConfigDiagnostics } from "./import-config-checks.js";
import { validateImportBlocks } from "./import-validate.js";
import { plannedOutputRemovals } from "./output-changes.js";
import { dependencyAddresses, resourceDependencies } from "../graph/resource-dependencies.js";
import { DataDependencies } from "./data-dependencies.js";
import { planOrphans } from "./orphans.js";
import { PlanContext } from "./plan-context.js";
import type { PlanOptions } from "./plan-options.js";
import { planCheck, planLocal, planModuleExpand, planModuleVariable, planOutput, planRootVariable, planVariableValidation } from "./plan-named-values.js";
import { planResource } from "./plan-resource.js";
import { reportCheckObjects } from "./check-named.js";
import { relevantAttributes } from "./relevant-attributes.js";
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
  const duplicateImports = duplicateImportDiagnostics(config);
  if (hasErrors(duplicateImports)) return { schemas: new Map(), diagnostics: duplicateImports };
  const varDiags = checkVariableValidations(config.module.variables, options.variables);
  if (hasErrors(varDiags)) return { schemas: new Map(), diagnostics: varDiags };
  const timestamp = new Date().toISOString().replace(/\.\d+Z$/, "Z");
  const moves = prepareMoves(config, prevRunState, options);
  const targetWarnings = (options.targets ?? []).length > 0 ? [targetingWarning()] : [];
  if (hasErrors(moves.diagnostics)) return { schemas: new Map(), diagnostics: sortDiagnostics([...moves.diagnostics, ...targetWarnings]) };
  const pc = new PlanContext(config, moves.state, copyState(moves.state), options, withProviderFunctions(planningFunctions(), config, options.functions));
  pc.dataDependencies = new DataDependencies(built.graph);
  pc.resourceDependencies = new Map([...resourceDependencies(built.graph)].map(([addr, list]) => [addr, dependencyAddresses(list, built.graph)]));
  const invalidImports = validateImportBlocks(pc);
  if (hasErrors(invalidImports)) return { schemas: new Map(), diagnostics: sortDiagnostics(invalidImports) };
  pc.moves = moves.results;
  pc.removed = moves.removed;
  const targeted = (options.targets ?? []).length > 0;
  if (targeted) pc.targets = new TargetFilter(options.targets!, built.graph);
  pc.forcedCreateBeforeDestroy = forcedCreateBeforeDestroy(built.graph);
  const providerOf = (node: GraphNode): ProviderNode | undefined =>
    node.kind === "resource" && node.provider ? (built.graph.node(node.provider) as ProviderNode | undefined) : undefined;
  try {
    const crossType = await crossTypeMoveDiagnostics(pc, moves.results);
    if (hasErrors(crossType)) return { schemas: new Map(), diagnostics: crossType };
    const found = await walk(built.graph, (node, name) => (pc.targets?.includesNode(name, node) === false ? [] : visit(pc, node, providerOf(node))), {
      ...(options.parallelism === undefined ? {} : { parallelism: options.parallelism }),
      ...(options.signal === undefined ? {} : { signal: options.signal }),
    });
    const diagnostics = [...varDiags, ...built.diagnostics, ...missingImportConfigDiagnostics(config), ...found, ...targetWarnings];
    if (!hasErrors(diagnostics) && !options.signal?.aborted) {
      diagnostics.push(...(await planOrphans(pc)));
      diagnostics.push(...(await recordMovedDrift(pc)));
      plannedOutputRemovals(pc);
    }
    const moveErrors = validateMovesAfterWalk(pc, moves.statements);
    if (hasErrors(moveErrors)) return { schemas: new Map(), diagnostics: sortDiagnostics([...moveErrors, ...targetWarnings]) };
    diagnostics.push(...(hasErrors(diagnostics) ? [] : blockedMovesWarning(pc.moves)), ...forgottenWarning(pc.changes));
    const errored = hasErrors(diagnostics) || options.signal?.aborted === true;
    const schemas = await pc.providers.fetchedSchemas();
    return { plan: result(pc, options, timestamp, errored), schemas, diagnostics: sortDiagnostics(diagnostics) };
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
    case "check-report":
      return reportCheckObjects(pc, node);
    case "provider":
      return configureProvider(pc, node);
    case "resource":
      return planResource(pc, node, provider?.addr);
    default:
      return [];
  }
}

function result(pc: PlanContext, options: PlanOptions, timestamp: string, errored: boolean): Plan {
  // A destroy plan starts from the refreshed, already moved state (Terraform plans it in a second walk).
  const changes = options.mode === "destroy" ? pc.changes : pc.changes.map((c) => withPrevRunAddr(c, pc.moves));
  const moved = (c: (typeof changes)[number]) => c.prevRunAddr.toString() !== c.addr.toString();
  const applyable = !errored && (changes.some((c) => c.change.action !== "no-op" || moved(c) || c.importing !== undefined) || pc.outputChanges.some((c) => c.change.action !== "no-op"));
  return {
    mode: options.mode,
    changes,
    outputChanges: pc.outputChanges,
    driftedResources: pc.drift.map((c) => withPrevRunAddr(c, pc.moves)),
    prevRunState: pc.prevRunState,
    priorState: pc.priorState,
    targets: (options.targets ?? []).map((t) => t.toString()),
    forceReplace: (options.forceReplace ?? []).map((t) => t.toString()),
    variables: new Map([...options.variables].map(([k, v]) => [k, v.value])),
    errored,
    // Terraform calls a targeted plan incomplete: it leaves the rest of the configuration unplanned.
    complete: !errored && (options.targets ?? []).length === 0,
    applyable,
    timestamp,
    ...(options.mode !== "refresh-only" ? { relevantAttributes: relevantAttributes(pc.config, changes, pc.outputChanges) } : {}),
    ...checkResults(pc),
  };
}

function checkResults(pc: PlanContext): { checks?: NonNullable<Plan["checks"]> } {
  const checks = pc.options.mode === "destroy" ? pc.checks.destroyResults() : pc.checks.results();
  return checks ? { checks } : {};
}
