import type { FilesystemState } from "../../backends/index.js";
import type { BackendConfig } from "../../core/configs/model.js";
import type { State, StateFile } from "../../core/states/state.js";
import { errorDiag, hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import type { CommandIO } from "../io.js";
import { lockState, openStateBackend, parseLockTimeout, type LockFlags, type StateBackendFlags } from "./state-backend.js";

// The state one operation (plan, apply, destroy) works on, as Terraform's local backend prepares it
// (backend/local localRun): the backend opened from the `backend` block, TF_WORKSPACE and the -state
// flags, the lock taken (-lock, -lock-timeout), and the latest snapshot read under it. The caller
// releases the lock when the operation ends, whatever happened.

/** The raw -lock and -lock-timeout flags as parsed from the command line. */
export interface RawLockFlags {
  /** "-lock" alone is true; "-lock=VALUE" is Go's boolean text. */
  readonly lock?: string | boolean;
  readonly lockTimeout?: string;
}

/** The state of one operation, read under its lock. */
export interface OperationState {
  readonly manager: FilesystemState;
  readonly workspace: string;
  /** The snapshot read (lineage, serial, state); undefined when there is no state yet. */
  readonly file: StateFile | undefined;
  /** The state to start from: the snapshot's, or an empty state. */
  readonly state: State;
  /** Releases the lock (nothing with -lock=false); Terraform's "Error releasing the state lock" when that fails. */
  release(): Promise<Diagnostic[]>;
}

/** -lock and -lock-timeout checked as Go's flag package checks them; the error is Terraform's flag error. */
export function parseLockFlags(raw: RawLockFlags): { flags?: Omit<LockFlags, "signal">; diagnostics: Diagnostic[] } {
  const lock = raw.lock === undefined ? true : typeof raw.lock === "boolean" ? raw.lock : parseGoBool(raw.lock);
  if (lock === undefined) return { diagnostics: [flagError(`invalid boolean value ${JSON.stringify(raw.lock)} for -lock: parse error`)] };
  const timeout = parseLockTimeout(raw.lockTimeout ?? "0s");
  if (typeof timeout !== "number") return { diagnostics: [flagError(timeout.error)] };
  return { flags: { lock, timeoutMs: timeout }, diagnostics: [] };
}

/** Opens the backend, takes the lock for `operation` (`OperationTypeApply`...) and reads the state. */
export async function openOperationState(
  io: Pick<CommandIO, "cwd" | "env" | "stdout">,
  backend: BackendConfig | undefined,
  paths: StateBackendFlags,
  operation: string,
  lock: LockFlags,
): Promise<{ state?: OperationState; diagnostics: Diagnostic[] }> {
  const opened = openStateBackend(io, backend, paths);
  const manager = opened.manager;
  if (!manager) return { diagnostics: opened.diagnostics };
  const held = await lockState(manager, operation, lock, io);
  if (!held.lock) return { diagnostics: [...opened.diagnostics, ...held.diagnostics] };
  const release = held.lock.unlock;
  const read = await manager.refresh();
  const diagnostics = [...opened.diagnostics, ...read];
  if (hasErrors(read)) return { diagnostics: [...diagnostics, ...(await release())] };
  const meta = manager.snapshotMeta();
  const state = manager.state();
  const file = meta && { terraformVersion: meta.terraformVersion, serial: meta.serial, lineage: meta.lineage, state };
  return { state: { manager, workspace: opened.workspace, file, state, release }, diagnostics };
}

/** Go's strconv.ParseBool; undefined for anything else. */
function parseGoBool(text: string): boolean | undefined {
  if (["1", "t", "T", "TRUE", "true", "True"].includes(text)) return true;
  if (["0", "f", "F", "FALSE", "false", "False"].includes(text)) return false;
  return undefined;
}

/** The diagnostic Terraform's argument parsers return for a flag the flag package refused. */
function flagError(message: string): Diagnostic {
  return errorDiag("Failed to parse command-line flags", message);
}
