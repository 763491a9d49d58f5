import type { Provider } from "../../provider.js";
import { BuiltinProvider } from "../kit/index.js";
import { Stopper, timeContext, type SleepFn } from "./time-context.js";
import { timeOffset } from "./time-offset.js";
import { timeRotating } from "./time-rotating.js";
import { timeSleep } from "./time-sleep.js";
import { timeStatic } from "./time-static.js";

// hashicorp/time v0.12 as a built-in provider: time_offset, time_rotating, time_sleep and
// time_static. Its provider functions (rfc3339_parse and others) are not served: the kit has no
// provider functions yet.

/** The clock and sleep the provider uses; tests inject fakes. */
export interface TimeProviderOptions {
  readonly now?: () => Date;
  readonly sleep?: SleepFn;
}

/** A built-in provider whose StopProvider cancels the sleeps in flight. */
class TimeProvider extends BuiltinProvider {
  constructor(private readonly stopper: Stopper, opts: TimeProviderOptions) {
    const ctx = timeContext(stopper, opts.now, opts.sleep);
    super({
      resources: {
        time_offset: timeOffset(ctx),
        time_rotating: timeRotating(ctx),
        time_sleep: timeSleep(ctx),
        time_static: timeStatic(ctx),
      },
    });
  }

  override async stopProvider(): Promise<{ readonly error?: string }> {
    this.stopper.stop();
    return {};
  }
}

/** The time provider. */
export function timeProvider(opts: TimeProviderOptions = {}): Provider {
  return new TimeProvider(new Stopper(), opts);
}
