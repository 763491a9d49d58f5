import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { LOCK_FILE_NAME, loadLocksFromFile, type ProviderLock } from "../../core/depsfile/index.js";
import { verifyPackageAgainstLock } from "../../providers/installer/package-verify.js";
import { currentPlatform, providerExecutable } from "../../providers/installer/plugin-dir-search.js";

// The package `terrane init` installed in .terraform/providers for a lock entry, checked against the
// lock's hashes. A command looks a package up several times (the pre-plan check, validation, the plan,
// the apply, provider functions); the h1: hash covers every byte of the package, which for a large
// provider takes seconds, so a result is kept for as long as the package's files and the lock's
// hashes stay the same.

/** The plugin executable of a package that matches its lock entry, or what is wrong with it. */
export type InstalledPackage = { readonly exe: string } | { readonly problem: "missing" | "mismatch" };

const verified = new Map<string, boolean>();

/** The provider selections of the working directory's lock file (none without one). */
export function readProviderLocks(cwd: string): ReadonlyMap<string, ProviderLock> {
  const file = join(cwd, LOCK_FILE_NAME);
  return existsSync(file) ? loadLocksFromFile(file, LOCK_FILE_NAME).locks.providers : new Map();
}

/** The installed package of a lock entry for this platform. */
export function installedPackage(cwd: string, lock: ProviderLock): InstalledPackage {
  const dir = join(cwd, ".terraform/providers", lock.provider.toString(), lock.version.toString(), currentPlatform());
  const exe = providerExecutable(dir, lock.provider.type);
  if (!exe) return { problem: "missing" };
  const key = `${dir}\0${lock.hashes.join(",")}\0${filesStamp(dir)}`;
  let ok = verified.get(key);
  if (ok === undefined) {
    ok = verifyPackageAgainstLock(lock, { kind: "dir", path: dir }) === undefined;
    verified.set(key, ok);
  }
  return ok ? { exe } : { problem: "mismatch" };
}

// Names, sizes and modification times of the package's files: any change to them is a new stamp.
function filesStamp(dir: string): string {
  const parts: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      const st = statSync(path);
      if (st.isDirectory()) walk(path);
      else parts.push(`${path}:${st.size}:${st.mtimeMs}:${st.ino}`);
    }
  };
  walk(dir);
  return parts.join("|");
}
