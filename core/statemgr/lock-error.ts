import { lockInfoString, type LockInfo } from "./lock-info.js";

// Why a state lock could not be taken or released (statemgr.LockError). A value that lock and
// unlock return, never throw: the message and, when another holder is known, that holder's info.

/** The message Terraform's local backend gives when the state is already locked (flock's EAGAIN). */
export const LOCK_HELD_MESSAGE = "resource temporarily unavailable";

/** A failed lock or unlock. With `info` (and its id) the lock is held by someone, so waiting may help. */
export class LockError {
  constructor(
    readonly message: string,
    readonly info?: LockInfo,
    /** True when the holder is known to be a process on this host that is no longer running. */
    readonly holderDead = false,
  ) {}

  /** True when another holder was identified, so retrying may succeed once it lets go. */
  get held(): boolean {
    return this.info !== undefined && this.info.id !== "";
  }

  /** Terraform's text for the error: the message, then the holder's "Lock Info:" block. */
  toString(): string {
    const parts: string[] = [];
    if (this.message !== "") parts.push(this.message);
    if (this.info) parts.push(lockInfoString(this.info));
    return parts.join("\n");
  }
}

/** True for lock errors (lock and unlock return either an id/undefined or one of these). */
export function isLockError(v: unknown): v is LockError {
  return v instanceof LockError;
}
