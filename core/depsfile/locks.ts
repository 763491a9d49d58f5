import type { Provider } from "../addrs/provider.js";
import type { LockVersion } from "./lock-versions.js";
import { normalizeHashes, type ProviderHash } from "../../providers/installer/provider-hash.js";

// The in-memory form of a dependency lock file (depsfile.Locks): for each provider, the version
// selected last time, the constraints it was selected under and the hashes of acceptable packages.

/** One provider's lock entry. */
export interface ProviderLock {
  readonly provider: Provider;
  readonly version: LockVersion;
  /** The constraints in canonical form (`>= 1.0.0, < 2.0.0`), "" when none were recorded. */
  readonly constraints: string;
  /** Sorted and de-duplicated. */
  readonly hashes: readonly ProviderHash[];
}

/** All provider locks of a configuration, keyed by the provider's fully-qualified address. */
export interface Locks {
  readonly providers: ReadonlyMap<string, ProviderLock>;
}

/** Locks with no providers, as for a configuration never initialized. */
export function emptyLocks(): Locks {
  return { providers: new Map() };
}

/** A copy of the locks with one provider's entry set (replacing any), its hashes normalized. */
export function setProviderLock(locks: Locks, lock: ProviderLock): Locks {
  const providers = new Map(locks.providers);
  providers.set(lock.provider.toString(), { ...lock, hashes: normalizeHashes(lock.hashes) });
  return { providers };
}

/** The locks' providers in Terraform's order: by hostname, then namespace, then type (Provider.LessThan). */
export function sortedProviderLocks(locks: Locks): ProviderLock[] {
  const key = (l: ProviderLock) => [l.provider.hostname, l.provider.namespace, l.provider.type];
  return [...locks.providers.values()].sort((a, b) => compareTuples(key(a), key(b)));
}

function compareTuples(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  }
  return 0;
}
