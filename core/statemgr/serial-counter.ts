import type { AbsResourceInstance } from "../addrs/abs-resource.js";
import type { State } from "../states/index.js";
import { StateDifference } from "./state-difference.js";

// The serial an operation's state ends up with, by Terraform's rule (statemgr.Filesystem): every
// WriteState whose state differs from the snapshot read adds one to the serial. The snapshot is the
// one read at the start of the run; when there was none (a new state), the first write gets serial 1
// and, since WriteState reads the file back when it has no snapshot, that first written state is the
// snapshot later writes are compared with. Terraform's apply writes the state after every object it
// completes (StateHook) and once more at the end; Terrane writes to disk less often
// (PersistBatcher), so the logical writes are counted here, and each physical write carries the
// serial of the last logical write before it:
//
//   serial = start serial + logical writes whose state differed from the snapshot
//
// e.g. from no state, one resource and no outputs: serial 1 (the final write equals the first);
// two resources: 3; 5,000: 5,001. Intermediate writes are compared incrementally (StateDifference,
// the executor names the instance that changed); the final write is compared in full (every unit
// again), once.

/** The snapshot an operation started from: its serial and state (none for a new state). */
export interface StartSnapshot {
  readonly serial: number;
  readonly state: State;
}

/** Counts an operation's logical state writes and the serial each one gets. */
export class SerialCounter {
  #difference: StateDifference | undefined;
  #serial: number;
  #writes = 0;
  #changedWrites = 0;

  constructor(start: StartSnapshot | undefined) {
    this.#difference = start && new StateDifference(start.state);
    this.#serial = start?.serial ?? 0;
  }

  /** A write after an object completed (`changed` is its instance, when known); the serial it gets. */
  write(state: State, changed?: AbsResourceInstance): number {
    if (this.#difference) return this.#count(this.#difference.differs(state, changed));
    // The first write of a new state becomes the snapshot; the state goes on changing, so its content is taken now.
    this.#difference = new StateDifference(state, true);
    return this.#count(true);
  }

  /** The operation's last write, compared with the snapshot in full; the serial it gets. */
  finalWrite(state: State): number {
    return this.#count(this.#difference === undefined || this.#difference.differs(state));
  }

  /** The serial of the last write (the start's before any). */
  get serial(): number {
    return this.#serial;
  }

  /** Logical writes so far, and how many of them differed from the snapshot. */
  get writes(): { readonly total: number; readonly changed: number } {
    return { total: this.#writes, changed: this.#changedWrites };
  }

  #count(differs: boolean): number {
    this.#writes++;
    if (differs) {
      this.#changedWrites++;
      this.#serial++;
    }
    return this.#serial;
  }
}
