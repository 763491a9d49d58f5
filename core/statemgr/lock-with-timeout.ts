import type { LockError } from "./lock-error.js";
import type { LockInfo } from "./lock-info.js";
import type { StateLocker } from "./state-manager.js";

// Taking a lock with retries until a timeout (statemgr.LockWithContext): a lock held by someone else
// is tried again after 1 s, then 2, 4, 8 and 16 s between tries, until the timeout runs out; any other
// failure ends at once. A timeout of zero (or less) means one try.

/** How to wait: the timeout, an abort signal, and a clock (tests pass a fake one). */
export interface LockWaitOptions {
  readonly timeoutMs: number;
  readonly signal?: AbortSignal;
  /** Resolves after `ms` or when `signal` aborts. */
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  readonly now?: () => number;
}

const FIRST_DELAY_MS = 1000;
const MAX_DELAY_MS = 16_000;

/** Locks `locker`, retrying with Terraform's backoff while the lock is held; the id or the last error. */
export async function lockWithTimeout(locker: StateLocker, info: LockInfo, options: LockWaitOptions): Promise<string | LockError> {
  const sleep = options.sleep ?? abortableSleep;
  const now = options.now ?? Date.now;
  const deadline = now() + options.timeoutMs;
  let delay = FIRST_DELAY_MS;
  for (;;) {
    const result = await locker.lock(info);
    if (typeof result === "string" || !result.held) return result;
    const left = deadline - now();
    if (left <= 0 || options.signal?.aborted) return result;
    if (left < delay) {
      await sleep(left, options.signal);
      return result;
    }
    await sleep(delay, options.signal);
    if (options.signal?.aborted) return result;
    if (delay < MAX_DELAY_MS) delay *= 2;
  }
}

/** Waits `ms`, or less when the signal aborts. */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: true });
  });
}
