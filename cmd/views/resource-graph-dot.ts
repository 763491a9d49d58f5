// The graph `terraform graph` draws by default (Graph.ResourceGraph): resources and data sources only,
// one cluster per module, and an edge from each resource to every resource it depends on through any
// chain of variables, locals, outputs and module calls, transitively reduced as Terraform reduces it
// (a resource reached through another one gets no edge of its own).
import { Graph as DagGraph, type Graph } from "../../core/dag/graph.js";
import type { GraphNode } from "../../core/graph/graph-node.js";
import { modulePathString } from "../../core/graph/graph-node.js";
import { resourceAddress } from "../../core/graph/node-names.js";
import { transitiveReduction } from "../../core/graph/transitive-reduction.js";

interface ResourceEntry {
  readonly name: string;
  readonly address: string;
  readonly label: string;
  readonly module: string;
}

/** The resources-only DOT text for a configuration graph. */
export function resourceGraphDot(graph: Graph<GraphNode>): string {
  const entries = resourceEntries(graph);
  const byName = new Map(entries.map((e) => [e.name, e]));
  const lines = ["digraph G {", '  rankdir = "RL";', '  node [shape = rect, fontname = "sans-serif"];'];
  for (const e of entries.filter((x) => x.module === "")) lines.push(`  ${quote(e.address)} [label=${quote(e.label)}];`);
  for (const module of [...new Set(entries.map((e) => e.module))].filter((m) => m !== "")) {
    lines.push(`  subgraph ${quote(`cluster_${module}`)} {`, `    label = ${quote(module)}`, '    fontname = "sans-serif"');
    for (const e of entries.filter((x) => x.module === module)) lines.push(`    ${quote(e.address)} [label=${quote(e.label)}];`);
    lines.push("  }");
  }
  const reduced = resourceOnlyGraph(graph, entries, byName);
  for (const e of entries) {
    const deps = reduced.dependencies(e.name).map((name) => byName.get(name)!);
    deps.sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
    for (const dep of deps) lines.push(`  ${quote(e.address)} -> ${quote(dep.address)};`);
  }
  lines.push("}");
  return `${lines.join("\n")}\n`;
}

function resourceEntries(graph: Graph<GraphNode>): ResourceEntry[] {
  const out: ResourceEntry[] = [];
  for (const [name, node] of graph.entries()) {
    if (node.kind !== "resource") continue;
    const module = modulePathString(node.module.path);
    const label = resourceAddress(node.resource);
    out.push({ name, address: module === "" ? label : `${module}.${label}`, label, module });
  }
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return out.sort((a, b) => compare(a.module, b.module) || compare(a.label, b.label));
}

/** The graph of resources alone (reducePreservingRelationships), transitively reduced. */
function resourceOnlyGraph(graph: Graph<GraphNode>, entries: readonly ResourceEntry[], byName: ReadonlyMap<string, ResourceEntry>): Graph<ResourceEntry> {
  const out = new DagGraph<ResourceEntry>();
  for (const e of entries) out.addNode(e.name, e);
  for (const e of entries) for (const dep of resourceDependencies(graph, e.name, byName)) out.addEdge(e.name, dep.name);
  return transitiveReduction(out);
}

/** The resources reachable from `from` without passing through another resource. */
function resourceDependencies(graph: Graph<GraphNode>, from: string, resources: ReadonlyMap<string, ResourceEntry>): ResourceEntry[] {
  const found: ResourceEntry[] = [];
  const seen = new Set<string>([from]);
  const stack = [...graph.dependencies(from)];
  while (stack.length > 0) {
    const name = stack.pop()!;
    if (seen.has(name)) continue;
    seen.add(name);
    const resource = resources.get(name);
    if (resource) found.push(resource);
    else stack.push(...graph.dependencies(name));
  }
  return found;
}

function quote(s: string): string {
  return JSON.stringify(s);
}
