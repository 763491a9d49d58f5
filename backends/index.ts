// Backends: where states are stored and how they are locked. Each backend implements the
// StateManager interface that `core/statemgr` defines; core never imports this folder, the CLI opens
// a backend and hands its state manager to core. Only the local backend exists so far.
//
// Wiring an operation (what plan, apply and destroy do; the CLI side is `cmd/operation/operation-state.ts`
// for opening and locking, `cmd/operation/apply-state-sink.ts` for persisting):
//
//   const opened = openStateBackend(io, rootModule.backend, { state, stateOut, backup }); // -state, -state-out, -backup
//   if (!opened.manager) -> show opened.diagnostics, exit 1
//   const timeoutMs = parseLockTimeout(flags.lockTimeout);               // a number of ms, or { error } (flag error)
//   const held = await lockState(opened.manager, "OperationTypeApply", { lock: flags.lock, timeoutMs }, io);
//   if (!held.lock) -> show held.diagnostics ("Error acquiring the state lock"), exit 1
//   diags = await opened.manager.refresh(); const prior = opened.manager.state();   // copy before changing it
//   const counter = new SerialCounter({ serial, state: prior });       // core/statemgr: Terraform's serials
//   const batcher = new PersistBatcher(opened.manager);                // core/statemgr; 300 ms interval
//   ...after each resource instance: batcher.update(liveState, counter.write(liveState, addr), addr)  // one journal record
//   ...at the end: batcher.update(finalState, counter.finalWrite(finalState), "globals"); diags = await batcher.flush();
//   diags = await held.lock.unlock();                                  // also on errors ("Error releasing ...")
//
// Plan locks ("OperationTypePlan"), refreshes and reads, and never persists; apply persists through the
// batcher, with the serial Terraform would have written (one per logical write that changed the
// state, see SerialCounter), so a state file gets a new serial only when its content changes (an
// unchanged state is not rewritten), a new state gets a new lineage, and `terraform.tfstate.backup` is
// written once, before the first change, holding the state as it was when the run opened it. Snapshots
// are atomic (temporary file, fsync, rename, directory fsync) and written with synchronous I/O. The
// lock is `.terraform.tfstate.lock.info`, created exclusively; a lock whose holder died on this host
// is removed and taken over, with a "Removed a stale state lock" line (lock-file.ts); any other held
// lock is reported, and `terrane force-unlock ID` removes it. show and
// output read the state without locking, as Terraform does.
//
// The journal, `terraform.tfstate.journal` beside the written state file (a name Terraform does not
// use; it makes `terraform.tfstate`, `.backup`, `.<unix time>.backup`, `.terraform.tfstate.lock.info`
// and `terraform.tfstate.d/`): between two snapshots, every object an apply creates, changes or
// destroys is appended to it as one line (the instance as the state file encodes it, or its removal;
// the outputs at the end) with a plain synchronous write before the apply goes on, after a header
// naming the lineage and serial of the snapshot it extends. So a process killed at any moment (kill
// -9, OOM killer) loses no completed object: at most the -parallelism operations in flight. The
// journal is not fsynced per record: a machine crash or power loss can lose the records written since
// the last snapshot (it is fsynced just before each snapshot, and removed once the new snapshot is in
// place). Reading the state (plan, apply, show, output...) replays a journal that extends the file's
// snapshot, so the state read is what the killed run had applied, with the serial of its last write,
// and the next apply writes it as a snapshot and removes the journal. A journal of another lineage,
// of a snapshot newer than the file, or one that is damaged is never applied: it is reported with a
// "State journal not applied" warning and, by a run holding the lock, renamed to
// `terraform.tfstate.journal.<unix ms>.rejected`. With -state=A -state-out=B the journal read is A's
// and the one written B's.

import { errorDiag, type Diagnostic } from "../lang/source/diagnostics.js";
import type { BackendConfig } from "../core/configs/model.js";
import { decodeLocalBackendConfig } from "./local/local-config.js";
import { LocalBackend, type StatePathOverrides } from "./local/local-backend.js";

export * from "./local/index.js";

/** What opening a backend needs besides its configuration block. */
export interface BackendOpenOptions {
  readonly cwd: string;
  readonly terraformVersion: string;
  readonly overrides?: StatePathOverrides;
}

/** Backend types Terraform has that Terrane does not implement (anything else is not a backend at all). */
const TERRAFORM_BACKENDS = new Set(["azurerm", "consul", "cos", "gcs", "http", "kubernetes", "oss", "pg", "remote", "s3", "inmem"]);

/** Opens the backend a `backend` block names (the local backend when there is none). */
export function openBackend(config: BackendConfig | undefined, options: BackendOpenOptions): { backend?: LocalBackend; diagnostics: Diagnostic[] } {
  if (config === undefined || config.type === "local") {
    const decoded = config ? decodeLocalBackendConfig(config.config) : { settings: {}, diagnostics: [] };
    if (decoded.diagnostics.some((d) => d.severity === "error")) return { diagnostics: decoded.diagnostics };
    const backend = new LocalBackend({ ...options, settings: decoded.settings });
    return { backend, diagnostics: decoded.diagnostics };
  }
  const detail = TERRAFORM_BACKENDS.has(config.type)
    ? `Terrane does not support the ${JSON.stringify(config.type)} backend; only the "local" backend is available.`
    : `There is no backend type named ${JSON.stringify(config.type)}.`;
  return { diagnostics: [errorDiag("Unsupported backend type", detail, config.declRange)] };
}
