import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { packageHashV1, packageMatchesAnyHash } from "./package-hash.js";
import { installPackage } from "./package-install.js";
import { providerExecutable } from "./plugin-dir-search.js";
import type { ProviderHash } from "./provider-hash.js";
import type { ProviderAddr } from "./source.js";

// A directory of unpacked provider packages for one platform (Terraform's providercache.Dir): the
// working directory's .terraform/providers and the shared plugin cache directory share the layout
// HOST/NAMESPACE/TYPE/VERSION/OS_ARCH/.

/** One installed package. */
export interface CachedProvider {
  readonly provider: ProviderAddr;
  readonly version: string;
  /** The OS_ARCH directory. */
  readonly dir: string;
}

/** A provider cache directory for one target platform. */
export class ProviderCacheDir {
  constructor(readonly baseDir: string, readonly platform: string) {}

  /** Where a package of this provider version goes. */
  packageDir(provider: ProviderAddr, version: string): string {
    return join(this.baseDir, provider.hostname, provider.namespace, provider.type, version, this.platform);
  }

  /** The installed package of the version, if its directory exists. */
  providerVersion(provider: ProviderAddr, version: string): CachedProvider | undefined {
    const dir = this.packageDir(provider, version);
    return existsSync(dir) && statSync(dir).isDirectory() ? { provider, version, dir } : undefined;
  }

  /** Links (or copies) a package of another cache dir into this one, checking it against the hashes. */
  async linkFromOtherCache(cached: CachedProvider, allowedHashes: readonly ProviderHash[]): Promise<string | undefined> {
    const meta = { provider: cached.provider, version: cached.version, platform: this.platform, filename: "", location: { kind: "dir" as const, path: cached.dir } };
    const r = await installPackage(meta, this.packageDir(cached.provider, cached.version), allowedHashes);
    return "error" in r ? r.error : undefined;
  }
}

/** The package's executable, or Terraform's error when there is none. */
export function cachedExecutable(cached: CachedProvider): { path: string } | { error: string } {
  const exe = providerExecutable(cached.dir, cached.provider.type);
  return exe ? { path: exe } : { error: `could not find executable file starting with terraform-provider-${cached.provider.type}` };
}

/** The `h1:` hash of an installed package. */
export function cachedHash(cached: CachedProvider): { hash: ProviderHash } | { error: string } {
  return packageHashV1({ kind: "dir", path: cached.dir });
}

/** Whether an installed package matches one of the hashes. */
export function cachedMatchesAnyHash(cached: CachedProvider, hashes: readonly ProviderHash[]): boolean {
  const r = packageMatchesAnyHash({ kind: "dir", path: cached.dir }, hashes);
  return !("error" in r) && r.matches;
}
