// A frozen copy of a Graph with nodes numbered 0..n-1 in insertion order and both adjacency lists
// packed into typed arrays (compressed sparse rows). The cycle finder and the walker run on it, so
// their inner loops touch integers only; building it is one pass over the nodes and edges.

/** A numbered, read-only snapshot of a graph's nodes and edges. */
export interface IndexedGraph<N> {
  readonly names: readonly string[];
  readonly nodes: readonly N[];
  /** Dependencies of node i are `dependencyList[dependencyStart[i] .. dependencyStart[i + 1])`. */
  readonly dependencyStart: Int32Array;
  readonly dependencyList: Int32Array;
  /** Dependents of node i are `dependentList[dependentStart[i] .. dependentStart[i + 1])`. */
  readonly dependentStart: Int32Array;
  readonly dependentList: Int32Array;
}

/** What `packIndexed` needs of a graph's node records: each already carries its number in `slot`. */
export interface NumberedVertex<N> {
  readonly name: string;
  readonly node: N;
  readonly slot: number;
  readonly dependencies: ReadonlySet<NumberedVertex<N>>;
  readonly dependents: ReadonlySet<NumberedVertex<N>>;
}

/** Packs numbered node records into an IndexedGraph; O(nodes + edges). */
export function packIndexed<N>(vertices: readonly NumberedVertex<N>[], edgeCount: number): IndexedGraph<N> {
  const dependencies = pack(vertices, (v) => v.dependencies, edgeCount);
  const dependents = pack(vertices, (v) => v.dependents, edgeCount);
  return {
    names: vertices.map((v) => v.name),
    nodes: vertices.map((v) => v.node),
    dependencyStart: dependencies.start,
    dependencyList: dependencies.list,
    dependentStart: dependents.start,
    dependentList: dependents.list,
  };
}

function pack<N>(
  vertices: readonly NumberedVertex<N>[],
  adjacent: (v: NumberedVertex<N>) => ReadonlySet<NumberedVertex<N>>,
  edgeCount: number,
): { start: Int32Array; list: Int32Array } {
  const start = new Int32Array(vertices.length + 1);
  const list = new Int32Array(edgeCount);
  let at = 0;
  for (let i = 0; i < vertices.length; i++) {
    start[i] = at;
    for (const other of adjacent(vertices[i]!)) list[at++] = other.slot;
  }
  start[vertices.length] = at;
  return { start, list };
}
