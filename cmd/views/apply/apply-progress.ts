import type { ApplyHooks, HookAction, HookEvent } from "../../../core/apply/index.js";
import type { OutputStream } from "../../io.js";
import { colorize } from "../plan/colorize.js";

// The progress lines Terraform prints while applying (its UiHook): `addr: Creating...`,
// `addr: Creation complete after 0s [id=...]`, `Modifying... [id=...]`, `Destroying... [id=...]`
// (a deposed object is named `addr (deposed object KEY)`), and every 10 seconds while an operation
// runs `addr: Still creating... [10s elapsed]`. Durations count whole seconds between the start and
// end times rounded to the second, as Terraform's do. Completed operations are counted for the
// closing "Apply complete!" line (Terraform's CountHook), imports too (`addr: Importing... [id=ID]`,
// `addr: Import complete [id=ID]`).

/** What the apply's operations imported, added, changed and destroyed. */
export interface ApplyCounts {
  imported: number;
  added: number;
  changed: number;
  removed: number;
}

/** Progress printing with its counts and a way to stop the timers. */
export interface ApplyProgress {
  readonly hooks: ApplyHooks;
  readonly counts: ApplyCounts;
  /** Stops every "Still ..." timer (at the end, or when interrupted). */
  stopTimers(): void;
}

/** Options of the progress view; the interval is Terraform's 10 s unless a test shortens it. */
export interface ApplyProgressOptions {
  readonly color: boolean;
  readonly stillInterval?: number;
  readonly now?: () => number;
}

const START: Record<HookAction, string> = { create: "Creating...", update: "Modifying...", delete: "Destroying...", read: "Reading..." };
const STILL: Record<HookAction, string> = { create: "Still creating...", update: "Still modifying...", delete: "Still destroying...", read: "Still reading..." };
const DONE: Record<HookAction, string> = { create: "Creation complete", update: "Modifications complete", delete: "Destruction complete", read: "Read complete" };

/** Hooks that print apply progress to `out`. */
export function applyProgress(out: OutputStream, options: ApplyProgressOptions): ApplyProgress {
  const now = options.now ?? Date.now;
  const interval = options.stillInterval ?? 10_000;
  const line = (text: string): void => void out.write(`${colorize(`[reset][bold]${text}[reset]`, options.color)}\n`);
  const running = new Map<string, { start: number; timer: ReturnType<typeof setInterval> }>();
  const counts: ApplyCounts = { imported: 0, added: 0, changed: 0, removed: 0 };
  const key = (e: HookEvent): string => `${e.addr.toString()}|${e.deposedKey ?? ""}|${e.action}`;
  const hooks: ApplyHooks = {
    applying: (e) => {
      const name = displayName(e);
      line(`${name}: ${START[e.action]}${idSuffix(e)}`);
      const start = roundSecond(now());
      const still = e.id ? `${e.id.key}=${truncateId(e.id.value, 80)}, ` : "";
      const timer = setInterval(() => line(`${e.addr.toString()}: ${STILL[e.action]} [${still}${goDuration(roundSecond(now()) - start)} elapsed]`), interval);
      running.set(key(e), { start, timer });
    },
    applied: (e) => {
      const r = running.get(key(e));
      running.delete(key(e));
      if (r) clearInterval(r.timer);
      if (e.failed) return;
      if (e.action === "create") counts.added++;
      else if (e.action === "update") counts.changed++;
      else if (e.action === "delete") counts.removed++;
      const elapsed = goDuration(roundSecond(now()) - (r?.start ?? roundSecond(now())));
      void out.write(`${colorize(`[reset][bold]${e.addr.toString()}: ${DONE[e.action]} after ${elapsed}${idSuffix(e)}`, options.color)}\n`);
    },
    imported: (e) => {
      if (e.done) counts.imported++;
      line(`${e.addr.toString()}: ${e.done ? "Import complete" : "Importing..."} [id=${e.id}]`);
    },
  };
  return {
    hooks,
    counts,
    stopTimers: () => {
      for (const r of running.values()) clearInterval(r.timer);
      running.clear();
    },
  };
}

function displayName(e: HookEvent): string {
  return e.deposedKey === undefined ? e.addr.toString() : `${e.addr.toString()} (deposed object ${e.deposedKey})`;
}

function idSuffix(e: HookEvent): string {
  return e.id ? ` [${e.id.key}=${e.id.value}]` : "";
}

/** An id shortened in its middle to `max` characters, as the "Still ..." lines show it (truncateId). */
function truncateId(id: string, max: number): string {
  const chars = [...id];
  if (chars.length <= max) return id;
  const part = Math.floor(max / 2);
  let right = chars.length - part - 1;
  const overlap = max - (part * 2 + 3);
  if (overlap < 0) right -= overlap;
  return `${chars.slice(0, part - 1).join("")}...${chars.slice(right).join("")}`;
}

function roundSecond(ms: number): number {
  return Math.round(ms / 1000) * 1000;
}

/** A whole-second duration as Go prints it: `0s`, `10s`, `1m5s`, `1h0m0s`. */
export function goDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return `${h}h${m}m${s}s`;
  if (m > 0) return `${m}m${s}s`;
  return `${s}s`;
}
