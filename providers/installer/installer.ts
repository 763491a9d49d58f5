import type { HttpClient } from "../registry/http-client.js";
import { cachedExecutable, cachedHash, cachedMatchesAnyHash, type CachedProvider, type ProviderCacheDir } from "./cache-dir.js";
import type { InstallError, InstallerEvents } from "./installer-events.js";
import { preferredHashes } from "./package-hash.js";
import { installPackage } from "./package-install.js";
import type { ProviderHash } from "./provider-hash.js";
import type { PackageMeta, ProviderAddr, ProviderSource } from "./source.js";

// Terraform's providercache.Installer.EnsureProviderVersions: for each required provider, keep the
// version the lock file selected (unless upgrading) or pick the newest acceptable one the source has,
// then make sure that package is in the target directory (already there and matching the lock, linked
// from the shared cache, or fetched from the source and authenticated), and compute its lock entry: the
// `h1:` hash of the installed package, the hashes already locked for that version, and the source's
// signed hashes when the package was signed.

/** One provider to install; `acceptable` applies its version constraints. */
export interface InstallRequirement {
  readonly provider: ProviderAddr;
  /** The constraints as the lock file records them (`~> 1.0`), "" when none. */
  readonly constraints: string;
  readonly acceptable: (version: string) => boolean;
  /** A source for this provider only (Terrane's built-in providers are looked for in local sources only). */
  readonly source?: ProviderSource;
}

/** What the lock file says of a provider. */
export interface PriorLock {
  readonly version: string;
  readonly constraints: string;
  readonly hashes: readonly ProviderHash[];
}

/** New-only keeps locked versions; upgrade re-selects; force also ignores locked hashes (providers lock). */
export type InstallMode = "new-only" | "upgrade" | "force";

/** Everything one installation run uses. */
export interface EnsureRequest {
  readonly requirements: readonly InstallRequirement[];
  readonly locks: ReadonlyMap<string, PriorLock>;
  readonly mode: InstallMode;
  readonly source: ProviderSource;
  readonly targetDir: ProviderCacheDir;
  readonly globalCacheDir?: ProviderCacheDir;
  readonly http?: HttpClient;
  readonly events?: InstallerEvents;
}

/** A provider's lock entry after the run. */
export interface NewLock {
  readonly version: string;
  readonly constraints: string;
  readonly hashes: readonly ProviderHash[];
  /** False when the entry is the prior one, unchanged. */
  readonly changed: boolean;
}

/** The lock entries of the required providers that were installed, and the failures by provider. */
export interface EnsureResult {
  readonly locks: Map<string, NewLock>;
  readonly errors: Map<string, InstallError>;
}

type Selected = { req: InstallRequirement; version: string };

/** Installs what the requirements need; see the file comment. */
export async function ensureProviderVersions(r: EnsureRequest): Promise<EnsureResult> {
  const result: EnsureResult = { locks: new Map(), errors: new Map() };
  const selected: Selected[] = [];
  for (const req of r.requirements) {
    const version = await selectVersion(r, req, result);
    if (version !== undefined) selected.push({ req, version });
  }
  for (const s of selected) await installOne(r, s, result);
  return result;
}

async function selectVersion(r: EnsureRequest, req: InstallRequirement, result: EnsureResult): Promise<string | undefined> {
  const key = req.provider.toString();
  const lock = r.mode === "upgrade" ? undefined : r.locks.get(key);
  const fail = (e: InstallError) => {
    result.errors.set(key, e);
    r.events?.queryFailure?.(req.provider, e);
    return undefined;
  };
  if (lock && !req.acceptable(lock.version)) {
    r.events?.queryBegin?.(req.provider, req.constraints, true);
    const why = `locked provider ${key} ${lock.version} does not match configured version constraint ${req.constraints}; must use terraform init -upgrade to allow selection of new versions`;
    return fail({ kind: "other", message: why });
  }
  r.events?.queryBegin?.(req.provider, req.constraints, lock !== undefined);
  const available = await (req.source ?? r.source).availableVersions(req.provider);
  if ("error" in available) return fail(available.error);
  if (available.warnings.length > 0) r.events?.queryWarning?.(req.provider, available.warnings);
  const ok = (v: string) => (lock ? v === lock.version : req.acceptable(v));
  const found = [...available.versions].reverse().find(ok);
  if (found !== undefined) return found;
  const why = lock ? `the previously-selected version ${lock.version} is no longer available` : `no available releases match the given constraints ${req.constraints}`;
  return fail({ kind: "other", message: why });
}

async function installOne(r: EnsureRequest, s: Selected, result: EnsureResult): Promise<void> {
  const { provider } = s.req;
  const key = provider.toString();
  const lock = r.locks.get(key);
  const prior = lock && lock.version === s.version ? preferredHashes(lock.hashes) : [];
  const installed = r.targetDir.providerVersion(provider, s.version);
  if (installed && prior.length > 0 && r.mode !== "force" && cachedMatchesAnyHash(installed, prior)) {
    r.events?.alreadyInstalled?.(provider, s.version);
    result.locks.set(key, { ...lock!, changed: false });
    return;
  }
  if (r.globalCacheDir && (await linkFromCache(r, s, prior, result))) return;
  const fail = (e: InstallError) => {
    result.errors.set(key, e);
    r.events?.fetchFailure?.(provider, s.version, e);
  };
  const meta = await (s.req.source ?? r.source).packageMeta(provider, s.version, r.targetDir.platform);
  if ("error" in meta) return fail(meta.error);
  r.events?.fetchBegin?.(provider, s.version, meta.location);
  const got = await fetchPackage(r, meta, r.mode === "force" ? [] : prior);
  if ("error" in got) return fail({ kind: "other", message: got.error });
  const signedBySomeone = got.auth !== undefined && got.auth.kind !== "verified checksum";
  const signed = signedBySomeone ? [...(meta.authentication?.acceptableHashes() ?? [])].sort() : [];
  const hashes = [got.hash, ...prior, ...signed];
  result.locks.set(key, { version: s.version, constraints: s.req.constraints, hashes, changed: true });
  r.events?.lockUpdated?.(provider, s.version, [got.hash], signed, prior);
  r.events?.fetchSuccess?.(provider, s.version, got.dir, got.auth);
}

// Installs into the shared cache (when there is one) and links from it, or straight into the target.
async function fetchPackage(r: EnsureRequest, meta: PackageMeta, allowed: readonly ProviderHash[]) {
  const into = r.globalCacheDir ?? r.targetDir;
  const installed = await installPackage(meta, into.packageDir(meta.provider, meta.version), allowed, r.http);
  if ("error" in installed) return installed;
  let pkg = into.providerVersion(meta.provider, meta.version);
  const bug = (dir: string) => ({ error: `after installing ${meta.provider} it is still not detected in ${dir}; this is a bug in Terrane` });
  if (!pkg) return bug(into.baseDir);
  const exe = cachedExecutable(pkg);
  if ("error" in exe) return { error: `provider binary not found: ${exe.error}` };
  if (r.globalCacheDir) {
    const err = await r.targetDir.linkFromOtherCache(pkg, []);
    if (err) return { error: err };
    pkg = r.targetDir.providerVersion(meta.provider, meta.version);
    if (!pkg) return bug(r.targetDir.baseDir);
  }
  const h = cachedHash(pkg);
  if ("error" in h) return { error: `after installing ${meta.provider}, failed to compute a checksum for it: ${h.error}` };
  return { hash: h.hash, dir: pkg.dir, auth: installed.auth };
}

// Step 3a of Terraform's installer: a cached package is used only when the lock already vouches for it.
async function linkFromCache(r: EnsureRequest, s: Selected, prior: readonly ProviderHash[], result: EnsureResult): Promise<boolean> {
  const cached: CachedProvider | undefined = r.globalCacheDir!.providerVersion(s.req.provider, s.version);
  if (!cached || prior.length === 0 || !cachedMatchesAnyHash(cached, prior)) return false;
  const { provider } = s.req;
  const key = provider.toString();
  const fail = (message: string) => {
    result.errors.set(key, { kind: "other", message });
    r.events?.linkFromCacheFailure?.(provider, s.version, message);
    return true;
  };
  r.events?.linkFromCacheBegin?.(provider, s.version, r.globalCacheDir!.baseDir);
  const exe = cachedExecutable(cached);
  if ("error" in exe) return fail(`provider binary not found: ${exe.error}`);
  const err = await r.targetDir.linkFromOtherCache(cached, prior);
  if (err) return fail(err);
  const h = cachedHash(cached);
  if ("error" in h) return fail(`after linking ${provider} from provider cache at ${r.globalCacheDir!.baseDir}, failed to compute a checksum for it: ${h.error}`);
  result.locks.set(key, { version: s.version, constraints: s.req.constraints, hashes: [...prior, h.hash], changed: true });
  r.events?.lockUpdated?.(provider, s.version, [h.hash], [], prior);
  return true;
}
