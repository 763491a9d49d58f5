import type { Diagnostic } from "../../lang/source/diagnostics.js";
import { cycleDiagnostics } from "../dag/cycles.js";
import type { Graph } from "../dag/graph.js";
import type { Config } from "../configs/model.js";
import { addConfigNodes } from "./config-nodes.js";
import { GraphBuilder } from "./graph-builder.js";
import type { GraphNode } from "./graph-node.js";
import { addModuleExpansion } from "./module-expansion.js";
import type { WalkKind } from "./node-names.js";
import { addProviderClosers, addProviders } from "./provider-edges.js";
import { pruneForDestroy } from "./prune-unused.js";
import { addReferenceEdges } from "./reference-edges.js";

// The configuration graph as Terraform's plan graph builder makes it (PlanGraphBuilder.Steps, for the
// plan, destroy plan and validate walks; the apply graph builder makes the same graph without check
// report nodes when there are no changes yet), one step per transformer: the declared objects,
// providers, module expansion, reference edges, the destroy plan's pruning, provider close nodes, and
// the root node after everything. The result is not transitively reduced (walks need only the dependency relation); `transitiveReduction` gives the
// graph `terraform graph` draws.

/** Options of buildGraph. */
export interface BuildGraphOptions {
  /** Which walk the graph is for (node names and check report nodes differ); "plan" by default. */
  readonly walk?: WalkKind;
  /** Leave cycles unreported (Terraform's SkipGraphValidation, which `terraform graph -draw-cycles` sets). */
  readonly skipValidation?: boolean;
}

/** A built graph and the problems found building it (module arguments, then cycles). */
export interface BuiltGraph {
  readonly graph: Graph<GraphNode>;
  readonly diagnostics: Diagnostic[];
}

/** Builds the graph of a whole configuration: every object of every module, and what depends on what. */
export function buildGraph(config: Config, options: BuildGraphOptions = {}): BuiltGraph {
  const b = new GraphBuilder(options.walk ?? "plan", config);
  addConfigNodes(b);
  addProviders(b);
  addModuleExpansion(b);
  addReferenceEdges(b);
  if (b.walk === "plan-destroy") pruneForDestroy(b);
  addProviderClosers(b);
  addRootNode(b);
  const cycles = options.skipValidation ? [] : cycleDiagnostics(b.graph);
  return { graph: b.graph, diagnostics: [...b.diagnostics, ...cycles] };
}

/** The root node, depending on every node nothing else depends on (CloseRootModuleTransformer). */
function addRootNode(b: GraphBuilder): void {
  const last = [...b.graph.names()].filter((name) => b.graph.dependents(name).length === 0);
  const root = b.add({ kind: "root", module: b.root });
  for (const name of last) b.connect(root, name);
}
