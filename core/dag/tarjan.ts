import type { Graph } from "./graph.js";
import type { IndexedGraph } from "./indexed-graph.js";

// Tarjan's strongly connected components, as Terraform's dag.StronglyConnected computes them: a
// depth-first search along dependency edges from each unvisited node, each component emitted when its
// root finishes, its members in the order they come off the stack (the reverse of discovery). The
// search keeps its own stack of frames instead of recursing, so a chain of 100,000 nodes is fine, and
// "is on the stack" is a flag rather than Terraform's linear scan, so the whole is O(nodes + edges).
// Terraform starts from nodes in Go map order (random); here nodes and edges are taken in insertion
// order, which yields one of the orders Terraform itself can print.

/** The graph's strongly connected components, each listed in stack-pop order, components in finish order. */
export function stronglyConnected<N>(graph: Graph<N>): string[][] {
  const indexed = graph.indexed();
  return stronglyConnectedIndexed(indexed).map((scc) => scc.map((i) => indexed.names[i]!));
}

/** The same on a numbered snapshot, returning node numbers. */
export function stronglyConnectedIndexed<N>(graph: IndexedGraph<N>): number[][] {
  const search = new SccSearch(graph);
  for (let root = 0; root < graph.names.length; root++) {
    if (search.order[root] === 0) search.run(root);
  }
  return search.components;
}

class SccSearch<N> {
  readonly components: number[][] = [];
  /** Discovery number of each node, from 1; 0 means not visited yet. */
  readonly order: Int32Array;
  readonly #low: Int32Array;
  readonly #onStack: Uint8Array;
  readonly #stack: Int32Array;
  #stackSize = 0;
  readonly #frameNode: Int32Array;
  readonly #frameEdge: Int32Array;
  #frames = 0;
  #next = 1;

  constructor(readonly graph: IndexedGraph<N>) {
    const n = graph.names.length;
    this.order = new Int32Array(n);
    this.#low = new Int32Array(n);
    this.#onStack = new Uint8Array(n);
    this.#stack = new Int32Array(n);
    this.#frameNode = new Int32Array(n);
    this.#frameEdge = new Int32Array(n);
  }

  /** Searches everything reachable from `root` that is not yet visited. */
  run(root: number): void {
    const { dependencyStart, dependencyList } = this.graph;
    this.#enter(root);
    while (this.#frames > 0) {
      const top = this.#frames - 1;
      const v = this.#frameNode[top]!;
      const edge = this.#frameEdge[top]!;
      if (edge < dependencyStart[v + 1]!) {
        this.#frameEdge[top] = edge + 1;
        this.#follow(v, dependencyList[edge]!);
      } else {
        this.#leave(v);
      }
    }
  }

  #follow(v: number, w: number): void {
    if (this.order[w] === 0) this.#enter(w);
    else if (this.#onStack[w] === 1) this.#low[v] = Math.min(this.#low[v]!, this.order[w]!);
  }

  #enter(v: number): void {
    this.order[v] = this.#next;
    this.#low[v] = this.#next;
    this.#next += 1;
    this.#stack[this.#stackSize++] = v;
    this.#onStack[v] = 1;
    this.#frameNode[this.#frames] = v;
    this.#frameEdge[this.#frames] = this.graph.dependencyStart[v]!;
    this.#frames += 1;
  }

  #leave(v: number): void {
    this.#frames -= 1;
    if (this.#low[v] === this.order[v]) this.#popComponent(v);
    if (this.#frames > 0) {
      const parent = this.#frameNode[this.#frames - 1]!;
      this.#low[parent] = Math.min(this.#low[parent]!, this.#low[v]!);
    }
  }

  #popComponent(root: number): void {
    const component: number[] = [];
    let w: number;
    do {
      w = this.#stack[--this.#stackSize]!;
      this.#onStack[w] = 0;
      component.push(w);
    } while (w !== root);
    this.components.push(component);
  }
}
