import type { Diagnostic } from "../../lang/source/diagnostics.js";
import type { AbsResourceInstance } from "../addrs/abs-resource.js";
import type { State } from "../states/state.js";
import type { LockError } from "./lock-error.js";
import type { LockInfo } from "./lock-info.js";

// The state-storage interfaces core defines and backends implement (Terraform's statemgr.Full):
// reading the latest snapshot, holding a new state in memory, persisting it, and locking. Core and
// the CLI work against these; only `backends/` knows where the bytes go.

/** The identity of the latest snapshot read or persisted: which state it belongs to and its number. */
export interface SnapshotMeta {
  readonly lineage: string;
  readonly serial: number;
  readonly terraformVersion: string;
}

/** Reads the latest persisted snapshot into memory (statemgr.Refresher). */
export interface StateRefresher {
  /** Loads the snapshot; errors (unreadable or invalid file) come back as diagnostics. */
  refresh(): Promise<Diagnostic[]>;
}

/** The state held in memory (statemgr.Reader). */
export interface StateReader {
  /** The state last refreshed or written; an empty state when there is none. Callers copy before changing it. */
  state(): State;
  /** The metadata of the snapshot last read or persisted; undefined when there was none. */
  snapshotMeta(): SnapshotMeta | undefined;
}

/** Holds a new state in memory (statemgr.Writer); nothing is stored until persistState. */
export interface StateWriter {
  /**
   * Takes the state as the latest. The manager keeps the object itself (no copy, so this is cheap
   * enough to call after every resource) and serialises it when persisting; callers must not leave it
   * half-changed across an `await`. `serial` is the serial to persist it with, for callers that
   * count their logical writes themselves (SerialCounter); without it, persisting a changed state
   * takes the next serial.
   */
  writeState(state: State, serial?: number): void;
}

/** Stores the state held in memory (statemgr.Persister). */
export interface StatePersister {
  /** Writes the held state durably; a new serial only when its content changed. */
  persistState(): Promise<Diagnostic[]>;
  /**
   * The same with synchronous I/O, where the storage can: for when the event loop does not turn (an
   * operation whose providers answer without I/O), so that asynchronous writes would never finish.
   */
  persistStateSync?(): Diagnostic[];
}

/** What one journal record holds: one resource instance's objects, or the root outputs and check results. */
export type StateChange = AbsResourceInstance | "globals";

/**
 * Records changes as they happen between snapshots (a backend's journal), so that a process killed
 * between two persists loses none of them. Optional: a manager without it loses what was not persisted.
 */
export interface StateJournal {
  /**
   * writeState, plus a record of `change` in `state` appended at once with synchronous I/O. Only
   * possible when `state` is the object last persisted (or read) and every change to its instances
   * since came through here: otherwise nothing is recorded (`journaled` false) and the caller must
   * persist. A plain writeState in between ends journaling until the next persist.
   */
  writeChange(state: State, serial: number, change: StateChange): { readonly journaled: boolean; readonly diagnostics: Diagnostic[] };
}

/** Mutual exclusion between processes using the same state (statemgr.Locker). */
export interface StateLocker {
  /** Takes the lock at once or fails: the lock id, or a LockError (with the holder's info when held). */
  lock(info: LockInfo): Promise<string | LockError>;
  /** Releases the lock with this id; a LockError when it is not held or held under another id. */
  unlock(id: string): Promise<LockError | undefined>;
  /** A lock the last `lock` call found left behind by a dead process on this host, and replaced. */
  readonly staleLockRemoved?: LockInfo;
}

/** Everything a command needs from a state storage (statemgr.Full). */
export interface StateManager extends StateRefresher, StateReader, StateWriter, StatePersister, StateLocker, Partial<StateJournal> {}
