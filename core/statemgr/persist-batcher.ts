import type { Diagnostic } from "../../lang/source/diagnostics.js";
import type { State } from "../states/state.js";
import type { StatePersister, StateWriter } from "./state-manager.js";

// Persisting the state while an operation runs (Terraform's StateHook with a persist interval):
// the operation hands over the state after every resource instance it finishes, and the batcher
// writes it at most once per interval, plus a final flush. A write of a large state costs time
// proportional to its size, so writing after each of N resources would cost O(N²); to keep the total
// linear the batcher also waits at least four times as long as the last write took before the next
// one, so writing never takes more than about a fifth of the run however large the state grows.

/** How often to persist: the least time between the starts of two writes. */
export interface PersistBatcherOptions {
  /** Milliseconds between writes at the least; 300 by default. */
  readonly intervalMs?: number;
  /** Multiple of the last write's duration to wait after it ends; 4 by default (0 disables). */
  readonly costFactor?: number;
}

/** The default least time between two state writes during an operation. */
export const DEFAULT_PERSIST_INTERVAL_MS = 300;

/** Feeds intermediate states to a state manager and persists them in batches. */
export class PersistBatcher {
  readonly #target: StateWriter & StatePersister;
  readonly #interval: number;
  readonly #costFactor: number;
  #dirty = false;
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<void> | undefined;
  #lastStart = -Infinity;
  #nextAllowed = -Infinity;
  #diagnostics: Diagnostic[] = [];
  #persists = 0;

  constructor(target: StateWriter & StatePersister, options: PersistBatcherOptions = {}) {
    this.#target = target;
    this.#interval = options.intervalMs ?? DEFAULT_PERSIST_INTERVAL_MS;
    this.#costFactor = options.costFactor ?? 4;
  }

  /** Takes the latest state (cheap: no copy, no serialisation) and schedules a write if none is due. */
  update(state: State): void {
    this.#target.writeState(state);
    this.#dirty = true;
    this.#schedule();
  }

  /** Writes what is pending now and waits for it; the diagnostics of every write since the last flush. */
  async flush(): Promise<Diagnostic[]> {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
    while (this.#running) await this.#running;
    if (this.#dirty) await this.#persist();
    return this.#diagnostics.splice(0);
  }

  /** How many writes were made so far. */
  get persistCount(): number {
    return this.#persists;
  }

  #schedule(): void {
    if (this.#timer || this.#running) return;
    const now = performance.now();
    const at = Math.max(this.#lastStart + this.#interval, this.#nextAllowed);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.#persist();
    }, Math.max(0, at - now));
  }

  #persist(): Promise<void> {
    this.#dirty = false;
    this.#lastStart = performance.now();
    this.#persists++;
    const run = this.#target.persistState().then(
      (diags) => this.#finish(diags),
      (e: unknown) => this.#finish([{ severity: "error", summary: "Failed to save state", detail: `Error saving state: ${(e as Error).message}` }]),
    );
    this.#running = run;
    return run;
  }

  #finish(diags: Diagnostic[]): void {
    const end = performance.now();
    this.#nextAllowed = end + (end - this.#lastStart) * this.#costFactor;
    this.#running = undefined;
    this.#diagnostics.push(...diags);
    if (this.#dirty) this.#schedule();
  }
}
