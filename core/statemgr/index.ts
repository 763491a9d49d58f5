// State storage as core sees it (Terraform's statemgr): the interfaces a backend implements to read,
// hold, persist and lock a state; the lock metadata and lock error Terraform prints; taking a lock
// with retries until a timeout; and the batcher that persists intermediate states during an
// operation without making large applies quadratic, and the serial rule those batched writes follow
// (Terraform's: one per logical write that changed the state). Core never imports a backend: the CLI opens one
// (see `backends/index.ts`) and hands it over as a StateManager.

export type { SnapshotMeta, StateLocker, StateManager, StatePersister, StateReader, StateRefresher, StateWriter } from "./state-manager.js";
export { goTimeString, lockInfoString, marshalLockInfo, newLockInfo, nowRfc3339, parseLockInfo, randomUuid, type LockInfo } from "./lock-info.js";
export { isLockError, LockError, LOCK_HELD_MESSAGE } from "./lock-error.js";
export { abortableSleep, lockWithTimeout, type LockWaitOptions } from "./lock-with-timeout.js";
export { DEFAULT_PERSIST_INTERVAL_MS, PersistBatcher, type PersistBatcherOptions } from "./persist-batcher.js";
export { SerialCounter, type StartSnapshot } from "./serial-counter.js";
export { StateDifference } from "./state-difference.js";
