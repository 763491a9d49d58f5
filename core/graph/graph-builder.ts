import type { Diagnostic } from "../../lang/source/diagnostics.js";
import { Graph } from "../dag/graph.js";
import type { Config, Resource } from "../configs/model.js";
import type { GraphNode } from "./graph-node.js";
import { nodeName, type WalkKind } from "./node-names.js";

// The graph under construction, shared by the build steps (Terraform's transformers): adding a node
// names it for the walk, and nodes are also kept by kind so each step finds what it works on without
// scanning the whole graph.

/** A graph being built, with its nodes by kind and the diagnostics found so far. */
export class GraphBuilder {
  /** The graph being built. */
  readonly graph = new Graph<GraphNode>();
  /** Problems found while building (module arguments). */
  readonly diagnostics: Diagnostic[] = [];
  /** The node of each resource block. */
  readonly resourceNames = new Map<Resource, string>();
  readonly #byKind = new Map<GraphNode["kind"], string[]>();

  constructor(
    readonly walk: WalkKind,
    readonly root: Config,
  ) {}

  /** Adds a node under its Terraform name and returns the name. */
  add(node: GraphNode): string {
    const name = nodeName(node, this.walk);
    this.graph.addNode(name, node);
    const list = this.#byKind.get(node.kind);
    if (list) list.push(name);
    else this.#byKind.set(node.kind, [name]);
    return name;
  }

  /** Names of the nodes of one kind still in the graph, in the order they were added. */
  named(kind: GraphNode["kind"]): string[] {
    return (this.#byKind.get(kind) ?? []).filter((name) => this.graph.hasNode(name));
  }

  /** Records that `from` depends on `to` (ignoring self-references). */
  connect(from: string, to: string): void {
    if (from !== to) this.graph.addEdge(from, to);
  }
}

/** Every module of the configuration tree, parents before children, children in call-name order. */
export function modulesOf(config: Config): Config[] {
  const out: Config[] = [];
  const visit = (c: Config): void => {
    out.push(c);
    for (const child of c.children.values()) visit(child);
  };
  visit(config);
  return out;
}
