import { packIndexed } from "./indexed-graph.js";
import type { IndexedGraph } from "./indexed-graph.js";

// A directed graph of named nodes, where an edge "A → B" means "A depends on B" (Terraform's
// dag.Graph, whose edges point from a node to what it needs). Each node keeps its dependencies and its
// dependents as sets of node records, so adding, removing and testing an edge are O(1), removing a
// node is O(its degree), and numbering the graph for the algorithms needs no lookups by name.
// Iteration follows insertion order, which makes every derived result (cycles, walk order, DOT)
// deterministic where Terraform's Go maps are not.

interface Vertex<N> {
  readonly name: string;
  node: N;
  /** What this node depends on (its "down" edges). */
  readonly dependencies: Set<Vertex<N>>;
  /** What depends on this node (its "up" edges). */
  readonly dependents: Set<Vertex<N>>;
  /** Scratch number used while taking a numbered snapshot. */
  slot: number;
}

/** A dependency graph whose nodes are identified by their address as Terraform prints it. */
export class Graph<N> {
  readonly #vertices = new Map<string, Vertex<N>>();
  #edgeCount = 0;

  /** Number of nodes. */
  get size(): number {
    return this.#vertices.size;
  }

  /** Number of edges. */
  get edgeCount(): number {
    return this.#edgeCount;
  }

  /** Adds a node; adding the same node under the same name again does nothing. */
  addNode(name: string, node: N): void {
    const existing = this.#vertices.get(name);
    if (existing === undefined) {
      this.#vertices.set(name, { name, node, dependencies: new Set(), dependents: new Set(), slot: 0 });
      return;
    }
    if (existing.node !== node) throw new Error(`dag: node name ${JSON.stringify(name)} is already taken`);
  }

  /** Removes a node and every edge touching it; false when there was no such node. */
  removeNode(name: string): boolean {
    const vertex = this.#vertices.get(name);
    if (vertex === undefined) return false;
    const selfLoop = vertex.dependencies.has(vertex) ? 1 : 0;
    this.#edgeCount -= vertex.dependencies.size + vertex.dependents.size - selfLoop;
    for (const dep of vertex.dependencies) dep.dependents.delete(vertex);
    for (const user of vertex.dependents) user.dependencies.delete(vertex);
    this.#vertices.delete(name);
    return true;
  }

  /** True when a node has this name. */
  hasNode(name: string): boolean {
    return this.#vertices.has(name);
  }

  /** The node with this name, or undefined. */
  node(name: string): N | undefined {
    return this.#vertices.get(name)?.node;
  }

  /** Node names in insertion order. */
  names(): IterableIterator<string> {
    return this.#vertices.keys();
  }

  /** Name and node pairs in insertion order. */
  *entries(): IterableIterator<[string, N]> {
    for (const [name, vertex] of this.#vertices) yield [name, vertex.node];
  }

  /** Records that `from` depends on `to`; both must already be nodes. Adding an edge twice does nothing. */
  addEdge(from: string, to: string): void {
    const source = this.#vertex(from);
    const target = this.#vertex(to);
    if (source.dependencies.has(target)) return;
    source.dependencies.add(target);
    target.dependents.add(source);
    this.#edgeCount += 1;
  }

  /** Removes the edge `from` → `to`; false when there was none. */
  removeEdge(from: string, to: string): boolean {
    const source = this.#vertices.get(from);
    const target = this.#vertices.get(to);
    if (source === undefined || target === undefined || !source.dependencies.delete(target)) return false;
    target.dependents.delete(source);
    this.#edgeCount -= 1;
    return true;
  }

  /** True when `from` depends directly on `to`. */
  hasEdge(from: string, to: string): boolean {
    const target = this.#vertices.get(to);
    return target !== undefined && (this.#vertices.get(from)?.dependencies.has(target) ?? false);
  }

  /** The names a node depends on directly (Terraform's DownEdges), in the order the edges were added. */
  dependencies(name: string): string[] {
    return namesOf(this.#vertices.get(name)?.dependencies);
  }

  /** The names that depend directly on a node (Terraform's UpEdges), in the order the edges were added. */
  dependents(name: string): string[] {
    return namesOf(this.#vertices.get(name)?.dependents);
  }

  /** Every edge as [dependent, dependency], grouped by dependent in node insertion order. */
  *edges(): IterableIterator<[string, string]> {
    for (const [name, vertex] of this.#vertices) {
      for (const dep of vertex.dependencies) yield [name, dep.name];
    }
  }

  /** A numbered snapshot (nodes 0..n-1 in insertion order, packed adjacency) for the algorithms; O(nodes + edges). */
  indexed(): IndexedGraph<N> {
    const vertices = [...this.#vertices.values()];
    for (let i = 0; i < vertices.length; i++) vertices[i]!.slot = i;
    return packIndexed(vertices, this.#edgeCount);
  }

  #vertex(name: string): Vertex<N> {
    const vertex = this.#vertices.get(name);
    if (vertex === undefined) throw new Error(`dag: no node named ${JSON.stringify(name)}`);
    return vertex;
  }
}

function namesOf<N>(vertices: ReadonlySet<Vertex<N>> | undefined): string[] {
  const names: string[] = [];
  if (vertices !== undefined) for (const v of vertices) names.push(v.name);
  return names;
}
