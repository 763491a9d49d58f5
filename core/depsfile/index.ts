// Terraform's dependency lock file, `.terraform.lock.hcl` (internal/depsfile): the provider versions,
// version constraints and package hashes `init` selected, read with Terraform's diagnostics and
// written byte for byte as Terraform writes it, so that a lock file committed by either tool reads
// the same in the other. Package hashes themselves (`h1:`, `zh:`) are providers/installer's.

export { parseLockVersion, parseLockConstraints, type LockVersion } from "./lock-versions.js";
export { emptyLocks, setProviderLock, type Locks, type ProviderLock } from "./locks.js";
export { LOCK_FILE_NAME, loadLocksFromFile, parseLocks } from "./lock-file-read.js";
export { saveLocksToFile, locksToBytes } from "./lock-file-write.js";
