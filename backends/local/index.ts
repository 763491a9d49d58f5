// The local backend: state files in the working directory (or where `backend "local"` or the
// -state/-state-out/-backup flags say), written atomically, with a lock file beside each state and,
// between two snapshots, a journal of the changes made since (terraform.tfstate.journal).

export {
  DEFAULT_BACKUP_EXTENSION,
  DEFAULT_STATE_FILENAME,
  DEFAULT_WORKSPACE,
  DEFAULT_WORKSPACE_DIR,
  LocalBackend,
  type LocalBackendOptions,
  type LocalBackendSettings,
  type StatePathOverrides,
  type StatePaths,
} from "./local-backend.js";
export { FilesystemState, type FilesystemStateOptions } from "./filesystem-state.js";
export { decodeLocalBackendConfig } from "./local-config.js";
export { holderIsDead, lockInfoPath } from "./lock-file.js";
export { syncDirectorySync, writeFileAtomicSync } from "./atomic-write.js";
export { journalPathOf } from "./journal-file.js";
export { recoverJournal } from "./journal-recovery.js";
