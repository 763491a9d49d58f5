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
//   ...after each resource instance: batcher.update(liveState, counter.write(liveState, addr))  // cheap
//   ...at the end: batcher.update(finalState, counter.finalWrite(finalState)); diags = await batcher.flush();
//   diags = await held.lock.unlock();                                  // also on errors ("Error releasing ...")
//
// Plan locks ("OperationTypePlan"), refreshes and reads, and never persists; apply persists through the
// batcher, with the serial Terraform would have written (one per logical write that changed the
// state, see SerialCounter), so a state file gets a new serial only when its content changes (an
// unchanged state is not rewritten), a new state gets a new lineage, and `terraform.tfstate.backup` is
// written once, before the first change, holding the file as it was when the run opened it. Writes are
// atomic (temporary file, fsync, rename, directory fsync), synchronous where the event loop may not
// turn (see PersistBatcher). The lock is `.terraform.tfstate.lock.info`, created exclusively; a lock
// whose holder died on this host is reported as such but never broken automatically:
// `terrane force-unlock ID` removes it. show and output read the state without locking, as Terraform does.

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
