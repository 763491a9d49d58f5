import { fromDate, type GoTime } from "./go-time.js";

// The clock and the sleeping the time provider's resources use, injectable so tests run without
// waiting; and the stop signal: StopProvider cancels the sleeps in flight, as the plugin SDK's
// stoppable request context does, and later operations run normally again.

/** Sleeps `ms` milliseconds; resolves early (or rejects) once `signal` aborts. */
export type SleepFn = (ms: number, signal?: AbortSignal) => Promise<void>;

/** What the resources read the time from and sleep with. */
export interface TimeContext {
  /** time.Now().UTC(). */
  now(): GoTime;
  /** Sleeps for `ns` nanoseconds; "canceled" when the provider was stopped meanwhile. */
  sleep(ns: bigint): Promise<"done" | "canceled">;
}

/** Cancels the sleeps in flight when the provider is stopped. */
export class Stopper {
  #controller = new AbortController();

  /** The signal of the operations running now. */
  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** Aborts the operations running now; new ones get a fresh signal. */
  stop(): void {
    this.#controller.abort();
    this.#controller = new AbortController();
  }
}

/** A context from an injected clock and sleep (the real ones by default). */
export function timeContext(stopper: Stopper, now: () => Date = () => new Date(), sleep: SleepFn = realSleep): TimeContext {
  return {
    now: () => fromDate(now()),
    sleep: async (ns) => {
      const signal = stopper.signal;
      if (signal.aborted) return "canceled";
      const ms = Number(ns) / 1e6;
      try {
        await sleep(ms > 0 ? ms : 0, signal);
      } catch {
        // An aborted sleep may reject; what counts is whether the signal fired.
      }
      return signal.aborted ? "canceled" : "done";
    },
  };
}

const MAX_TIMER_MS = 2 ** 31 - 1;

/** setTimeout in steps short enough for Node's timers, ending early on abort. */
export async function realSleep(ms: number, signal?: AbortSignal): Promise<void> {
  let left = ms;
  while (left > 0 && !signal?.aborted) {
    const step = Math.min(left, MAX_TIMER_MS);
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, step);
      signal?.addEventListener("abort", done, { once: true });
      function done(): void {
        clearTimeout(timer);
        signal?.removeEventListener("abort", done);
        resolve();
      }
    });
    left -= step;
  }
}
