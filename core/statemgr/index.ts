// State storage as core sees it (Terraform's statemgr): the interfaces a backend implements to read,
// hold, persist and lock a state; the lock metadata and lock error Terraform prints; taking a lock
// with retries until a timeout; and the batcher that persists intermediate states during an
// operation without making large applies quadratic, and the serial rule those batched writes follow
// (Terraform's: one per logical write that changed the state); the journal a backend may keep between
// snapshots (its records, and what a journal found beside a state file means). Core never imports a
// backend: the CLI opens one (see `backends/index.ts`) and hands it over as a StateManager.

export type { SnapshotMeta, StateChange, StateJournal, StateLocker, StateManager, StatePersister, StateReader, StateRefresher, StateWriter } from "./state-manager.js";
export { globalsRecordLine, instanceRecordLine, journalHeaderLine, parseJournal, JOURNAL_FORMAT, type JournalHeader, type JournalRecord, type ParsedJournal } from "./journal-records.js";
export { applyJournalRecords, judgeJournal, type JournalVerdict } from "./journal-replay.js";
export { goTimeString, lockInfoString, marshalLockInfo, newLockInfo, nowRfc3339, parseLockInfo, randomUuid, type LockInfo } from "./lock-info.js";
export { isLockError, LockError, LOCK_HELD_MESSAGE } from "./lock-error.js";
export { abortableSleep, lockWithTimeout, type LockWaitOptions } from "./lock-with-timeout.js";
export { DEFAULT_PERSIST_INTERVAL_MS, PersistBatcher, type PersistBatcherOptions } from "./persist-batcher.js";
export { SerialCounter, type StartSnapshot } from "./serial-counter.js";
export { StateDifference } from "./state-difference.js";
