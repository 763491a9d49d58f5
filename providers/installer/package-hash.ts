import { createHash } from "node:crypto";
import { closeSync, openSync, readSync, realpathSync } from "node:fs";
import { hashDirV1, hashZipV1 } from "./dirhash.js";
import { hashScheme, type ProviderHash } from "./provider-hash.js";

// Hashes of a local provider package, as Terraform's getproviders computes them: `h1:` covers the
// package's files (an unpacked directory, or the entries of its zip), `zh:` is the sha256 of the zip
// archive itself and so can only be checked against the archive.

/** A provider package on local disk: an unpacked directory or a distribution zip archive. */
export type PackageLocation = { readonly kind: "dir"; readonly path: string } | { readonly kind: "archive"; readonly path: string };

/** The `h1:` hash of a package's contents (PackageHashV1). */
export function packageHashV1(loc: PackageLocation): { hash: ProviderHash } | { error: string } {
  return loc.kind === "dir" ? hashDirV1(loc.path) : hashZipV1(loc.path);
}

/** The `zh:` hash of a zip archive: lowercase hex sha256 of its bytes (PackageHashLegacyZipSHA). */
export function packageHashZip(archivePath: string): { hash: ProviderHash } | { error: string } {
  let fd: number | undefined;
  try {
    fd = openSync(realpathSync(archivePath), "r");
    const h = createHash("sha256");
    const buf = Buffer.alloc(1 << 20);
    for (let n = readSync(fd, buf); n > 0; n = readSync(fd, buf)) h.update(buf.subarray(0, n));
    return { hash: `zh:${h.digest("hex")}` };
  } catch (e) {
    return { error: (e as Error).message };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Whether the package matches at least one of the hashes (PackageMatchesAnyHash). Unknown schemes never
 * match, nor does `zh:` for an unpacked directory; each kind of hash is computed at most once.
 */
export function packageMatchesAnyHash(loc: PackageLocation, allowed: readonly ProviderHash[], knownH1?: ProviderHash): { matches: boolean } | { error: string } {
  const computed = new Map<string, { hash: ProviderHash } | { error: string }>(knownH1 === undefined ? [] : [["h1:", { hash: knownH1 }]]);
  const compute = (scheme: string) => {
    if (!computed.has(scheme)) computed.set(scheme, scheme === "h1:" ? packageHashV1(loc) : packageHashZip(loc.path));
    return computed.get(scheme)!;
  };
  for (const want of allowed) {
    const scheme = hashScheme(want);
    if (scheme !== "h1:" && (scheme !== "zh:" || loc.kind !== "archive")) continue;
    const got = compute(scheme);
    if ("error" in got) return got;
    if (got.hash === want) return { matches: true };
  }
  return { matches: false };
}

/** The hashes this version can verify (`h1:` and `zh:`), in the given order (PreferredHashes). */
export function preferredHashes(hashes: readonly ProviderHash[]): ProviderHash[] {
  return hashes.filter((h) => ["h1:", "zh:"].includes(hashScheme(h)));
}
