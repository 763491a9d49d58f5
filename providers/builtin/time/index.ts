// The time provider (hashicorp/time v0.12) built in: time_static, time_offset, time_rotating and
// time_sleep, with an injectable clock and sleep.

export { timeProvider, type TimeProviderOptions } from "./time-provider.js";
export { TIME_OFFSET_SCHEMA } from "./time-offset.js";
export { TIME_ROTATING_SCHEMA } from "./time-rotating-schema.js";
export { TIME_SLEEP_SCHEMA } from "./time-sleep.js";
export { TIME_STATIC_SCHEMA } from "./time-static.js";
export type { SleepFn } from "./time-context.js";
