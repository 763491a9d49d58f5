import type { StateSink } from "../../core/apply/index.js";
import type { AbsResourceInstance } from "../../core/addrs/abs-resource.js";
import { PersistBatcher, SerialCounter, type PersistBatcherOptions, type StartSnapshot, type StateJournal, type StatePersister, type StateWriter } from "../../core/statemgr/index.js";
import type { State } from "../../core/states/state.js";
import type { Diagnostic } from "../../lang/source/diagnostics.js";

// Where apply and destroy put the state as objects complete (Terraform's StateHook over the backend's
// state manager): every update is a logical write, counted for the serial as Terraform counts its
// writes (SerialCounter), and handed to the PersistBatcher with the instance that changed: the
// backend's journal records that instance at once (so a kill loses no completed object), and the
// file is rewritten at most every 300 ms (and never more than about a fifth of the time), so that
// the cost stays linear in the number of objects. The flush at the end is the last logical write: the
// outputs are journaled, then the state is written and the journal cleared. Errors of writes come
// back from the next update, which stops the apply.

/** A StateSink persisting through a state manager in batches, with Terraform's serials. */
export class BackendStateSink implements StateSink {
  readonly #counter: SerialCounter;
  readonly #batcher: PersistBatcher;

  /** `start` is the snapshot the run read (none for a new state). */
  constructor(target: StateWriter & StatePersister & Partial<StateJournal>, start: StartSnapshot | undefined, options: PersistBatcherOptions = {}) {
    this.#counter = new SerialCounter(start);
    this.#batcher = new PersistBatcher(target, options);
  }

  update(state: State, changed?: AbsResourceInstance): Diagnostic[] {
    this.#batcher.update(state, this.#counter.write(state, changed), changed);
    return this.#batcher.takeDiagnostics();
  }

  flush(state: State): Promise<Diagnostic[]> {
    this.#batcher.update(state, this.#counter.finalWrite(state), "globals");
    return this.#batcher.flush();
  }
}
