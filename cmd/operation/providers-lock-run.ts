import { join } from "node:path";
import { LOCK_FILE_NAME, parseLockVersion, saveLocksToFile, setProviderLock, type Locks, type ProviderLock } from "../../core/depsfile/index.js";
import type { Diagnostic } from "../../lang/source/diagnostics.js";
import { ProviderCacheDir } from "../../providers/installer/cache-dir.js";
import { ensureProviderVersions, type NewLock, type PriorLock } from "../../providers/installer/installer.js";
import type { ProviderSource } from "../../providers/installer/source.js";
import type { HttpClient } from "../../providers/registry/index.js";
import { acceptor, canonicalConstraints } from "./init-install.js";
import type { ProviderNeed } from "./init-requirements.js";

// The work of `providers lock`: one installer run per platform into a throw-away directory (force
// mode: locked versions are kept, locked hashes not required), then every platform's hashes merged into
// the lock file, with Terraform's "- Fetching", "- Retrieved" and "- Obtained ... checksums" lines.

/** What to lock. */
export interface LockRun {
  readonly cwd: string;
  readonly needs: readonly ProviderNeed[];
  readonly old: Locks;
  readonly platforms: readonly string[];
  readonly source: ProviderSource;
  readonly http: HttpClient;
  readonly pluginCacheDir?: string;
  readonly say: (line: string) => void;
}

/** Fetches, merges and saves; `changed` says whether the lock file got anything new. */
export async function lockForPlatforms(run: LockRun, tmp: string): Promise<{ changed: boolean } | { error: Diagnostic }> {
  const perPlatform = new Map<string, Map<string, NewLock>>();
  const prior = priorLocks(run.old);
  for (const platform of run.platforms) {
    const r = await ensureProviderVersions({
      requirements: run.needs.map((n) => ({ provider: n.provider, constraints: canonicalConstraints(n.constraints), acceptable: acceptor(n.constraints) })),
      locks: prior,
      mode: "force",
      source: run.source,
      targetDir: new ProviderCacheDir(join(tmp, platform), platform),
      ...(run.pluginCacheDir ? { globalCacheDir: new ProviderCacheDir(run.pluginCacheDir, platform) } : {}),
      http: run.http,
      events: {
        fetchBegin: (p, v) => run.say(`- Fetching ${p.forDisplay()} ${v} for ${platform}...`),
        fetchSuccess: (p, v, _dir, auth) => {
          const thirdParty = auth?.kind === "self-signed" || auth?.kind === "signed by a HashiCorp partner";
          run.say(`- Retrieved ${p.forDisplay()} ${v} for ${platform} (${auth?.kind ?? "unauthenticated"}${thirdParty && auth?.keyId ? `, key ID ${auth.keyId}` : ""})`);
        },
      },
    });
    if (r.errors.size > 0) return { error: installError(platform, r.errors) };
    perPlatform.set(platform, r.locks);
  }
  return { changed: merge(run, perPlatform) };
}

function merge(run: LockRun, perPlatform: ReadonlyMap<string, ReadonlyMap<string, NewLock>>): boolean {
  let locks = run.old;
  let changed = false;
  for (const need of run.needs) {
    const key = need.provider.toString();
    const old = run.old.providers.get(key);
    let version = old?.version.toString();
    let constraints = old?.constraints ?? "";
    const hashes = [...(old?.hashes ?? [])];
    for (const [platform, platformLocks] of perPlatform) {
      const l = platformLocks.get(key);
      if (!l) continue;
      [version, constraints] = [l.version, l.constraints];
      hashes.push(...l.hashes);
      const kind = changeType(old, l);
      if (kind !== "none") changed = true;
      const what = {
        new: "This was a new provider and the checksums for this platform are now tracked in the lock file",
        hashes: "Additional checksums for this platform are now tracked in the lock file",
        none: "All checksums for this platform were already tracked in the lock file",
      }[kind];
      run.say(`- Obtained ${need.provider.forDisplay()} checksums for ${platform}; ${what}`);
    }
    if (version !== undefined) locks = setProviderLock(locks, { provider: need.provider, version: parseLockVersion(version).version, constraints, hashes });
  }
  saveLocksToFile(locks, join(run.cwd, LOCK_FILE_NAME));
  return changed;
}

function changeType(old: ProviderLock | undefined, l: NewLock): "new" | "hashes" | "none" {
  if (!old) return "new";
  return l.hashes.every((h) => old.hashes.includes(h)) ? "none" : "hashes";
}

function installError(platform: string, errors: ReadonlyMap<string, { message: string }>): Diagnostic {
  const lines = [...errors].sort(([a], [b]) => (a < b ? -1 : 1)).map(([addr, e]) => `- ${addr}: ${e.message}`);
  const detail = `Terrane failed to fetch the requested providers for ${platform} in order to calculate their checksums: some providers could not be installed:\n${lines.join("\n")}.`;
  return { severity: "error", summary: "Could not retrieve providers for locking", detail };
}

function priorLocks(locks: Locks): Map<string, PriorLock> {
  const out = new Map<string, PriorLock>();
  for (const [k, l] of locks.providers) out.set(k, { version: l.version.toString(), constraints: l.constraints, hashes: l.hashes });
  return out;
}
