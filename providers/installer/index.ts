// Provider installation: what `terrane init` needs to pick, verify and record provider packages.
// For now it holds provider package hashes (`h1:` of a package's contents, `zh:` of its zip archive)
// and the check that a package matches the hashes a lock entry recorded; the lock file itself is
// core/depsfile. The registry client, mirrors and the `init` command itself are not here yet.

export { parseProviderHash, hashScheme, type ProviderHash } from "./provider-hash.js";
export { packageHashV1, packageHashZip, packageMatchesAnyHash, type PackageLocation } from "./package-hash.js";
export { hashDirV1, hashZipV1 } from "./dirhash.js";
export { readZipEntries, type ZipEntry } from "./zip-reader.js";
export { verifyPackageAgainstLock, type LockedPackage } from "./package-verify.js";
export { RegistrySource, type RegistrySourceOptions } from "./registry-source.js";
export { checkDetachedSignature, checkArmoredDetachedSignature, UNKNOWN_ISSUER } from "./openpgp-verify.js";
export { readArmoredKeyRing, type Entity } from "./openpgp-keyring.js";
