import type { ModuleRegistryClient, RegistryError, RegistryPackage } from "./registry-client.js";

// The module installer asks a registry once per package for its versions and once per package
// version for its location, however many module calls use them (Terraform's ModuleInstaller keeps
// registryPackageVersions and registryPackageSources for the same reason).

/** Remembers registry answers for the length of one installation. */
export class RegistryCache {
  readonly #versions = new Map<string, Promise<{ versions: string[] | null } | { error: RegistryError }>>();
  readonly #locations = new Map<string, Promise<{ location: string } | { error: RegistryError }>>();

  constructor(private readonly client: ModuleRegistryClient) {}

  /** The package's versions, asked for once; failures are not remembered. */
  versions(pkg: RegistryPackage): Promise<{ versions: string[] | null } | { error: RegistryError }> {
    return this.#once(this.#versions, packageKey(pkg), () => this.client.versions(pkg));
  }

  /** Where a package version is, asked for once. */
  location(pkg: RegistryPackage, version: string): Promise<{ location: string } | { error: RegistryError }> {
    return this.#once(this.#locations, `${packageKey(pkg)} ${version}`, () => this.client.location(pkg, version));
  }

  async #once<T extends object>(cache: Map<string, Promise<T>>, key: string, ask: () => Promise<T>): Promise<T> {
    const prior = cache.get(key);
    if (prior) return prior;
    const p = ask();
    cache.set(key, p);
    const r = await p;
    if ("error" in r) cache.delete(key);
    return r;
  }
}

/** The package's canonical address (`host/namespace/name/system`). */
export function packageKey(pkg: RegistryPackage): string {
  return `${pkg.host}/${pkg.namespace}/${pkg.name}/${pkg.targetSystem}`;
}
