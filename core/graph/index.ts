// The configuration graph: one node per object a configuration declares (resources, variables,
// locals, outputs, checks, module calls, provider configurations) in every module, named as
// Terraform names its graph nodes, with an edge wherever one object needs another first: references
// in expressions, depends_on, module arguments and outputs across module boundaries, providers, and
// module expansion. Built as Terraform's plan graph builder builds it; the plan and validate walks
// differ only in a few node names and nodes, as do the apply graph and the destroy plan's (pruned to
// what a destroy needs). Also the `terraform graph -type=...` drawing.

export { buildGraph, type BuildGraphOptions, type BuiltGraph } from "./build-graph.js";
export type {
  CheckNode,
  CheckReportNode,
  GraphNode,
  LocalNode,
  ModuleCloseNode,
  ModuleExpandNode,
  ModuleVariableNode,
  OutputNode,
  ProviderCloseNode,
  ProviderNode,
  ResourceNode,
  RootNode,
  RootVariableNode,
  VariableValidationNode,
} from "./graph-node.js";
export { modulePathString, modulePrefix } from "./graph-node.js";
export { nodeAddress, nodeName, resourceAddress, type WalkKind } from "./node-names.js";
export { moduleArguments, type ModuleArguments } from "./module-arguments.js";
export { impliedLocalName, impliedProvider, providerConfigAddr, providerForLocalName, requestedProviderConfig } from "./provider-addresses.js";
export { nodeReferenceables, nodeReferences, type NodeReferenceables, type NodeReferences } from "./node-references.js";
export { ReferenceMap } from "./reference-map.js";
export { transitiveReduction } from "./transitive-reduction.js";
export { dotAttributes, planGraphDot, type PlanGraphDotOptions } from "./graph-dot.js";
export { pruneForDestroy } from "./prune-unused.js";
