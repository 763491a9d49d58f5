import type { Diagnostic } from "../../lang/source/diagnostics.js";
import type { State } from "../states/state.js";
import type { StateChange, StateJournal, StatePersister, StateWriter } from "./state-manager.js";

// Persisting the state while an operation runs (Terraform's StateHook with a persist interval):
// the operation hands over the state after every resource instance it finishes, and the batcher
// writes it at most once per interval, plus a final flush. A write of a large state costs time
// proportional to its size, so writing after each of N resources would cost O(N²); to keep the total
// linear the batcher also waits at least four times as long as the last write took before the next
// one, so writing never takes more than about a fifth of the run however large the state grows.
//
// Writes are scheduled on a timer. An operation whose providers answer without any I/O (the built-in
// ones) runs as one long chain of promise callbacks in which no timer fires, for seconds with large
// configurations, and in which an asynchronous write would never complete. So a target that can
// write synchronously (persistStateSync) is written that way, and the batcher also writes from
// `update` when a write's timer is overdue by a whole interval while states keep coming.
//
// Between two writes, a target with a journal (StateJournal) records each change as it is handed
// over, synchronously, so that a process killed at any moment loses nothing that had completed: the
// snapshot plus the journal is the state of the last update. The journal can only extend a snapshot
// of the very state object being changed, so the first change of an operation (whose state is a copy
// of the one read) is written as a snapshot at once; later writes are batched as above and each one
// lets the target start a new journal. Without a journal, a crash finds the state of at most a couple
// of intervals ago on disk however the operation is paced.

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
  readonly #target: StateWriter & StatePersister & Partial<StateJournal>;
  readonly #interval: number;
  readonly #costFactor: number;
  #dirty = false;
  #timer: NodeJS.Timeout | undefined;
  #timerDue = Infinity;
  #running: Promise<void> | undefined;
  #lastStart = -Infinity;
  #nextAllowed = -Infinity;
  #diagnostics: Diagnostic[] = [];
  #persists = 0;
  #records = 0;

  constructor(target: StateWriter & StatePersister & Partial<StateJournal>, options: PersistBatcherOptions = {}) {
    this.#target = target;
    this.#interval = options.intervalMs ?? DEFAULT_PERSIST_INTERVAL_MS;
    this.#costFactor = options.costFactor ?? 4;
  }

  /**
   * Takes the latest state (cheap: no copy, no serialisation) and schedules a write if none is due;
   * `serial` is the serial to write it with (see SerialCounter), the target's own rule without it.
   * `change` names what changed since the last update (the one instance, or the outputs), for the
   * target's journal; without it the state may differ anywhere and only the next write saves it.
   */
  update(state: State, serial?: number, change?: StateChange): void {
    this.#dirty = true;
    if (change !== undefined && serial !== undefined && this.#target.writeChange) {
      const recorded = this.#target.writeChange(state, serial, change);
      this.#diagnostics.push(...recorded.diagnostics);
      if (recorded.journaled) this.#records++;
      else if (this.#target.persistStateSync) return this.#persistSync();
    } else {
      this.#target.writeState(state, serial);
    }
    if (this.#starved()) this.#persistSync();
    else this.#schedule();
  }

  /** The problems of the writes that ended since the last call (or flush), taken out of the batch. */
  takeDiagnostics(): Diagnostic[] {
    return this.#diagnostics.splice(0);
  }

  /** Writes what is pending now and waits for it; the diagnostics of every write since the last flush. */
  async flush(): Promise<Diagnostic[]> {
    this.#clearTimer();
    while (this.#running) await this.#running;
    if (this.#dirty && this.#target.persistStateSync) this.#persistSync();
    else if (this.#dirty) await this.#persist();
    return this.#diagnostics.splice(0);
  }

  /** How many writes were made so far. */
  get persistCount(): number {
    return this.#persists;
  }

  /** How many changes were recorded in the target's journal so far. */
  get journalRecords(): number {
    return this.#records;
  }

  #schedule(): void {
    if (this.#timer || this.#running) return;
    const now = performance.now();
    const at = Math.max(this.#lastStart + this.#interval, this.#nextAllowed);
    this.#timerDue = Math.max(at, now);
    this.#timer = setTimeout(() => {
      this.#clearTimer();
      if (this.#target.persistStateSync) this.#persistSync();
      else void this.#persist();
    }, this.#timerDue - now);
  }

  #clearTimer(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#timerDue = Infinity;
  }

  // A timer that should have fired an interval ago has not: the event loop is not turning.
  #starved(): boolean {
    return this.#target.persistStateSync !== undefined && this.#timer !== undefined && performance.now() > this.#timerDue + this.#interval;
  }

  #persistSync(): void {
    this.#clearTimer();
    this.#dirty = false;
    this.#lastStart = performance.now();
    this.#persists++;
    let diags: Diagnostic[];
    try {
      diags = this.#target.persistStateSync!();
    } catch (e) {
      diags = saveFailed(e);
    }
    this.#ended(diags);
  }

  #persist(): Promise<void> {
    this.#dirty = false;
    this.#lastStart = performance.now();
    this.#persists++;
    const run = this.#target.persistState().then(
      (diags) => this.#finish(diags),
      (e: unknown) => this.#finish(saveFailed(e)),
    );
    this.#running = run;
    return run;
  }

  #finish(diags: Diagnostic[]): void {
    this.#ended(diags);
    this.#running = undefined;
    if (this.#dirty) this.#schedule();
  }

  // A write ended: the next may start once the cost factor's multiple of its duration has passed.
  #ended(diags: Diagnostic[]): void {
    const end = performance.now();
    this.#nextAllowed = end + (end - this.#lastStart) * this.#costFactor;
    this.#diagnostics.push(...diags);
  }
}

// A write that threw.
function saveFailed(e: unknown): Diagnostic[] {
  return [{ severity: "error", summary: "Failed to save state", detail: `Error saving state: ${(e as Error).message}` }];
}
