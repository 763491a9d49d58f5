import { packageMatchesAnyHash, preferredHashes, type PackageLocation } from "./package-hash.js";
import type { ProviderHash } from "./provider-hash.js";

// The check Terraform's installer makes before using a provider package that the dependency lock file
// already knows: the package must match one of the recorded hashes of a scheme this version verifies.
// A lock with no such hashes (none recorded yet) accepts any package.

const MORE_INFO = "https://developer.hashicorp.com/terraform/language/files/dependency-lock#checksum-verification";

/** What a lock entry records of a package (core/depsfile's ProviderLock has this shape). */
export interface LockedPackage {
  readonly provider: { toString(): string };
  readonly version: { toString(): string };
  readonly hashes: readonly ProviderHash[];
}

/** Undefined when the package may be used, else the error Terraform's installer reports for it; `knownH1` spares hashing the package again. */
export function verifyPackageAgainstLock(lock: LockedPackage, loc: PackageLocation, knownH1?: ProviderHash): string | undefined {
  const allowed = preferredHashes(lock.hashes);
  if (allowed.length === 0) return undefined;
  const r = packageMatchesAnyHash(loc, allowed, knownH1);
  const what = `${lock.provider} ${lock.version}`;
  if ("error" in r) return `failed to calculate checksum for ${what} package at ${loc.path}: ${r.error}`;
  if (r.matches) return undefined;
  const mismatch = "doesn't match any of the checksums previously recorded in the dependency lock file";
  if (loc.kind === "archive") return `the current package for ${what} ${mismatch}; for more information: ${MORE_INFO}`;
  const platforms = "(this might be because the available checksums are for packages targeting different platforms)";
  return `the local package for ${what} ${mismatch} ${platforms}; for more information: ${MORE_INFO}`;
}
