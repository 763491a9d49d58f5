import type { CommandIO } from "../io.js";
import { FATAL_INTERRUPT_TEXT, INTERRUPTED_TEXT, STOPPING_TEXT } from "../views/apply/apply-text.js";

// Ctrl-C during apply, as Terraform handles it: the first SIGINT prints the interrupt notice and
// stops the operation gracefully (nothing new starts, providers are asked to stop, what is in flight
// finishes, the state is saved); the second says data loss may occur and stops at once (what has
// completed is still saved). While this is listening, SIGINT no longer kills the process.

/** The two stop signals of an apply and how to stop listening. */
export interface Interrupts {
  readonly stop: AbortSignal;
  readonly cancel: AbortSignal;
  /** Removes the SIGINT listener. */
  dispose(): void;
}

/** Listens for SIGINT on the process for the duration of an apply. */
export function listenForInterrupts(io: CommandIO): Interrupts {
  const stop = new AbortController();
  const cancel = new AbortController();
  let count = 0;
  const onSignal = (): void => {
    count++;
    if (count === 1) {
      io.stdout.write(INTERRUPTED_TEXT);
      io.stdout.write(STOPPING_TEXT);
      stop.abort();
    } else if (count === 2) {
      io.stderr.write(FATAL_INTERRUPT_TEXT);
      cancel.abort();
    }
  };
  process.on("SIGINT", onSignal);
  return { stop: stop.signal, cancel: cancel.signal, dispose: () => void process.off("SIGINT", onSignal) };
}
