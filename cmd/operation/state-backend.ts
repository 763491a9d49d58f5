import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { openBackend, type FilesystemState } from "../../backends/index.js";
import type { BackendConfig } from "../../core/configs/model.js";
import { lockWithTimeout, newLockInfo, type LockError, type StateLocker } from "../../core/statemgr/index.js";
import { errorDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import { parseDuration } from "../../providers/builtin/time/go-duration.js";
import type { CommandIO } from "../io.js";
import { TERRAFORM_COMPAT_VERSION, TERRANE_VERSION } from "../version-info.js";

// Opening the state an operation works on from the command's flags and the configuration's backend
// block, and holding its lock for the operation with Terraform's messages (command/clistate): the
// "Acquiring state lock" line when taking it is slow, "Error acquiring the state lock" with the
// holder's lock info when it cannot be taken.

/** The state flags of plan, apply, refresh and the state commands. */
export interface StateBackendFlags {
  /** -state: the state file to read (and write, unless -state-out). */
  readonly state?: string;
  /** -state-out: the state file to write. */
  readonly stateOut?: string;
  /** -backup: the backup file, "-" for none. */
  readonly backup?: string;
}

/** How to lock: -lock and -lock-timeout (already parsed, see parseLockTimeout); `signal` stops waiting (interrupt). */
export interface LockFlags {
  readonly lock: boolean;
  readonly timeoutMs: number;
  readonly signal?: AbortSignal;
}

/** A lock held for an operation; releasing a lock that was never taken (-lock=false) does nothing. */
export interface HeldLock {
  /** Releases the lock; Terraform's "Error releasing the state lock" when that fails. */
  unlock(): Promise<Diagnostic[]>;
}

/** How long before Terraform says that taking or releasing the lock is slow. */
const SLOW_THRESHOLD_MS = 400;

/** The selected workspace: TF_WORKSPACE, else `.terraform/environment` (under TF_DATA_DIR), else "default". */
export function currentWorkspace(cwd: string, env: Readonly<Record<string, string | undefined>>): string {
  if (env.TF_WORKSPACE) return env.TF_WORKSPACE;
  try {
    const name = readFileSync(join(resolve(cwd, env.TF_DATA_DIR || ".terraform"), "environment"), "utf8").trim();
    return name === "" ? "default" : name;
  } catch {
    return "default";
  }
}

/** Opens the current workspace's state manager from the backend block and the flags. */
export function openStateBackend(
  io: Pick<CommandIO, "cwd" | "env">,
  config: BackendConfig | undefined,
  flags: StateBackendFlags = {},
): { manager?: FilesystemState; workspace: string; diagnostics: Diagnostic[] } {
  const workspace = currentWorkspace(io.cwd, io.env);
  const overrides = { statePath: flags.state, stateOutPath: flags.stateOut, backupPath: flags.backup };
  const opened = openBackend(config, { cwd: io.cwd, terraformVersion: TERRAFORM_COMPAT_VERSION, overrides });
  if (!opened.backend) return { workspace, diagnostics: opened.diagnostics };
  return { manager: opened.backend.stateManager(workspace), workspace, diagnostics: opened.diagnostics };
}

/** -lock-timeout's value in milliseconds, or the Go flag package's error for it. */
export function parseLockTimeout(text: string): number | { readonly error: string } {
  const ns = parseDuration(text);
  if (typeof ns !== "bigint") return { error: `invalid value ${JSON.stringify(text)} for flag -lock-timeout: parse error` };
  return Number(ns / 1_000_000n);
}

/** Takes the state lock for an operation (`OperationTypeApply`...), retrying until the timeout. */
export async function lockState(
  locker: StateLocker,
  operation: string,
  flags: LockFlags,
  io: Pick<CommandIO, "stdout">,
): Promise<{ lock?: HeldLock; diagnostics: Diagnostic[] }> {
  if (!flags.lock) return { lock: { unlock: async () => [] }, diagnostics: [] };
  const info = newLockInfo(operation, TERRANE_VERSION);
  const result = await slowly(() => lockWithTimeout(locker, info, { timeoutMs: flags.timeoutMs, ...(flags.signal ? { signal: flags.signal } : {}) }), () => io.stdout.write("Acquiring state lock. This may take a few moments...\n"));
  if (typeof result !== "string") return { diagnostics: [errorDiag("Error acquiring the state lock", lockErrorDetail(result))] };
  const stale = locker.staleLockRemoved;
  if (stale) io.stdout.write(`Removed a stale state lock (ID ${stale.id}, taken ${stale.created} by pid ${stale.pid} on ${stale.host}): the process that took it is no longer running.\n`);
  const id = result;
  const unlock = async (): Promise<Diagnostic[]> => {
    const failed = await slowly(() => locker.unlock(id), () => io.stdout.write("Releasing state lock. This may take a few moments...\n"));
    return failed ? [errorDiag("Error releasing the state lock", UNLOCK_ERROR(failed.toString()))] : [];
  };
  return { lock: { unlock }, diagnostics: [] };
}

/** The detail of "Error acquiring the state lock" (clistate.LockErrorMessage), with a hint for a dead holder. */
export function lockErrorDetail(error: LockError): string {
  let text = error.toString();
  if (error.holderDead && error.info) {
    text +=
      `\nThe process that took this lock (pid ${error.info.pid} on ${error.info.host}) is no longer running,\n` +
      `so the lock was left behind by a run that did not finish. If no other process\n` +
      `is using this state, remove the lock with:\n  terrane force-unlock ${error.info.id}\n`;
  }
  return `Error message: ${text}\n\n${LOCK_ERROR_ADVICE}`;
}

const LOCK_ERROR_ADVICE = `Terrane acquires a state lock to protect the state from being written
by multiple users at the same time. Please resolve the issue above and try
again. For most commands, you can disable locking with the "-lock=false"
flag, but this is not recommended.`;

const UNLOCK_ERROR = (message: string): string => `Error message: ${message}

Terrane acquires a lock when accessing your state to prevent others
running Terrane to potentially modify the state at the same time. An
error occurred while releasing this lock. This could mean that the lock
did or did not release properly. If the lock didn't release properly,
Terrane may not be able to run future commands since it'll appear as if
the lock is held.

In this scenario, please call the "force-unlock" command to unlock the
state manually. This is a very dangerous operation since if it is done
erroneously it could result in two people modifying state at the same time.
Only call this command if you're certain that the unlock above failed and
that no one else is holding a lock.`;

// helper/slowmessage: runs `work`, calling `slow` once if it has not finished after the threshold.
async function slowly<T>(work: () => Promise<T>, slow: () => void): Promise<T> {
  const timer = setTimeout(slow, SLOW_THRESHOLD_MS);
  try {
    return await work();
  } finally {
    clearTimeout(timer);
  }
}
