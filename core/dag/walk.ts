import { hasErrors } from "../../lang/source/diagnostics.js";
import type { Diagnostics } from "../../lang/source/diagnostics.js";
import { cycleDiagnosticsIndexed } from "./cycles.js";
import type { Graph } from "./graph.js";
import type { IndexedGraph } from "./indexed-graph.js";

// The concurrent graph walk, with the behaviour of Terraform's dag.Walker plus the parallelism
// semaphore of its ContextGraphWalker:
// - a node is visited only once all of its dependencies have been visited without errors;
// - when a visit returns error diagnostics, everything that depends on that node, directly or not, is
//   skipped (never visited, and contributes no diagnostics, as Terraform drops the diagnostics of
//   upstream-failed nodes), while nodes that do not depend on it are still visited; warnings do not
//   stop anything;
// - at most `parallelism` visits (default 10, Terraform's default) are in flight at once;
// - once the AbortSignal fires, no new visit starts; the walk waits for the visits in flight and
//   returns what was collected (the caller knows from the signal that the walk was cut short);
// - a visit that throws is a bug: no new visit starts, and the walk rejects with that exception once
//   the visits in flight have settled.
// Diagnostics come back in node insertion order (Terraform's are in map order). A graph with cycles
// leaves the nodes in and behind them unvisited; the walk then adds the cycle diagnostics.
// The walk works on a snapshot of the graph taken when it starts, and is linear: in-degree counters
// and a FIFO ready queue, each node and edge handled once.

/** Visits one node; returns its diagnostics (errors stop its dependents). May be synchronous. */
export type Visit<N> = (node: N, name: string) => Diagnostics | Promise<Diagnostics>;

/** How a walk runs. */
export interface WalkOptions {
  /** Most visits in flight at once; a positive integer, 10 when not given (as `terraform -parallelism`). */
  readonly parallelism?: number;
  /** Stops new visits from starting once aborted. */
  readonly signal?: AbortSignal;
}

/** Terraform's default for `-parallelism`. */
export const DEFAULT_PARALLELISM = 10;

/** Visits every node after its dependencies, concurrently, and returns all the visits' diagnostics. */
export function walk<N>(graph: Graph<N>, visit: Visit<N>, options: WalkOptions = {}): Promise<Diagnostics> {
  const parallelism = options.parallelism ?? DEFAULT_PARALLELISM;
  if (!Number.isInteger(parallelism) || parallelism < 1) {
    throw new RangeError(`dag: parallelism must be a positive integer, not ${parallelism}`);
  }
  return new Promise((resolve, reject) => {
    new Walker(graph.indexed(), visit, parallelism, options.signal, resolve, reject).start();
  });
}

class Walker<N> {
  /** Dependencies of each node not yet settled. */
  readonly #waiting: Int32Array;
  /** 1 when some dependency of the node failed or was skipped. */
  readonly #upstreamFailed: Uint8Array;
  /** Nodes whose dependencies all succeeded, in the order they became ready. */
  readonly #ready: Int32Array;
  #readyHead = 0;
  #readyTail = 0;
  readonly #results: (Diagnostics | undefined)[];
  #running = 0;
  #settled = 0;
  #thrown: { error: unknown } | undefined;
  #finished = false;

  constructor(
    readonly graph: IndexedGraph<N>,
    readonly visit: Visit<N>,
    readonly parallelism: number,
    readonly signal: AbortSignal | undefined,
    readonly resolve: (diags: Diagnostics) => void,
    readonly reject: (error: unknown) => void,
  ) {
    const n = graph.names.length;
    this.#waiting = new Int32Array(n);
    this.#upstreamFailed = new Uint8Array(n);
    this.#ready = new Int32Array(n);
    this.#results = new Array<Diagnostics | undefined>(n);
  }

  start(): void {
    const { dependencyStart } = this.graph;
    for (let i = 0; i < this.graph.names.length; i++) {
      this.#waiting[i] = dependencyStart[i + 1]! - dependencyStart[i]!;
      if (this.#waiting[i] === 0) this.#ready[this.#readyTail++] = i;
    }
    this.#pump();
  }

  /** Starts ready visits up to the parallelism limit, or finishes when nothing more can happen. */
  #pump(): void {
    while (!this.#stopped() && this.#running < this.parallelism && this.#readyHead < this.#readyTail) {
      this.#launch(this.#ready[this.#readyHead++]!);
    }
    if (this.#running === 0 && (this.#stopped() || this.#readyHead === this.#readyTail)) this.#finish();
  }

  #stopped(): boolean {
    return this.#thrown !== undefined || this.signal?.aborted === true;
  }

  #launch(i: number): void {
    this.#running += 1;
    Promise.resolve()
      .then(() => this.visit(this.graph.nodes[i]!, this.graph.names[i]!))
      .then(
        (diags) => this.#complete(i, diags),
        (error: unknown) => this.#crash(error),
      );
  }

  #complete(i: number, diags: Diagnostics): void {
    this.#running -= 1;
    this.#results[i] = diags;
    this.#settle(i, hasErrors(diags));
    this.#pump();
  }

  #crash(error: unknown): void {
    this.#running -= 1;
    this.#thrown ??= { error };
    this.#pump();
  }

  /** Releases the dependents of a settled node, skipping (transitively) those behind a failure. */
  #settle(first: number, firstFailed: boolean): void {
    const { dependentStart, dependentList } = this.graph;
    const skipped: number[] = [];
    let i = first;
    let failed = firstFailed;
    for (;;) {
      this.#settled += 1;
      for (let e = dependentStart[i]!; e < dependentStart[i + 1]!; e++) {
        const j = dependentList[e]!;
        if (failed) this.#upstreamFailed[j] = 1;
        if (--this.#waiting[j]! > 0) continue;
        if (this.#upstreamFailed[j] === 1) skipped.push(j);
        else this.#ready[this.#readyTail++] = j;
      }
      if (skipped.length === 0) return;
      i = skipped.pop()!;
      failed = true;
    }
  }

  #finish(): void {
    if (this.#finished) return;
    this.#finished = true;
    if (this.#thrown !== undefined) {
      this.reject(this.#thrown.error);
      return;
    }
    const diags: Diagnostics = [];
    for (const result of this.#results) if (result !== undefined) for (const d of result) diags.push(d);
    const unreachable = this.#settled < this.graph.names.length && this.signal?.aborted !== true;
    if (unreachable) for (const d of cycleDiagnosticsIndexed(this.graph)) diags.push(d);
    this.resolve(diags);
  }
}
