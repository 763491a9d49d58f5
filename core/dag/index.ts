// The dependency graph machinery of the engine, after Terraform's internal/dag: a graph of named
// nodes where an edge means "depends on", cycle detection with Terraform's error texts (Tarjan's
// algorithm, iterative), a concurrent walker that visits each node after its dependencies with
// bounded parallelism and Terraform's failure semantics, and the DOT text of `terraform graph`.
// Everything is linear in nodes plus edges; there is no transitive reduction (the walker needs only
// the dependency relation).

export { Graph } from "./graph.js";
export { stronglyConnected } from "./tarjan.js";
export { cycles, cycleDiagnostics } from "./cycles.js";
export { walk, DEFAULT_PARALLELISM } from "./walk.js";
export type { Visit, WalkOptions } from "./walk.js";
export { toDot } from "./dot.js";
export type { DotAttributes, DotOptions } from "./dot.js";
