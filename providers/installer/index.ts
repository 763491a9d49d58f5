// Provider installation: what `terrane init` needs to pick, verify and record provider packages:
// package hashes (`h1:` of a package's contents, `zh:` of its zip archive) and the lock check; the
// sources (local directories in both layouts, network mirrors, provider registries, and the
// multi-source with include/exclude patterns); safe unpacking and installation into a provider cache
// directory; and the installer (Terraform's EnsureProviderVersions). The lock file itself is
// core/depsfile; the CLI configuration and the progress output are cmd's.

export { parseProviderHash, hashScheme, type ProviderHash } from "./provider-hash.js";
export { packageHashV1, packageHashZip, packageMatchesAnyHash, type PackageLocation } from "./package-hash.js";
export { hashDirV1, hashZipV1 } from "./dirhash.js";
export { readZipEntries, type ZipEntry } from "./zip-reader.js";
export { verifyPackageAgainstLock, type LockedPackage } from "./package-verify.js";
export { RegistrySource, type RegistrySourceOptions } from "./registry-source.js";
export { checkDetachedSignature, checkArmoredDetachedSignature, UNKNOWN_ISSUER } from "./openpgp-verify.js";
export { readArmoredKeyRing, type Entity } from "./openpgp-keyring.js";
export { FilesystemMirrorSource } from "./filesystem-mirror-source.js";
export { HttpMirrorSource, type HttpMirrorOptions } from "./http-mirror-source.js";
export { MultiSource, canHandleProvider, type MultiSourceSelector, type ProviderPattern } from "./multi-source.js";
export { searchLocalDirectory } from "./local-search.js";
export { ProviderCacheDir, type CachedProvider } from "./cache-dir.js";
export { installPackage, type InstallPackageResult } from "./package-install.js";
export { ensureProviderVersions, type EnsureRequest, type EnsureResult, type InstallRequirement, type NewLock, type PriorLock } from "./installer.js";
export type { InstallError, InstallerEvents } from "./installer-events.js";
export { providerAddr, type PackageMeta, type ProviderAddr, type ProviderSource, type SourceError } from "./source.js";
