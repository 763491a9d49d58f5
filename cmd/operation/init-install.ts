import { join } from "node:path";
import { emptyLocks, parseLockConstraints, parseLockVersion, setProviderLock, type Locks } from "../../core/depsfile/index.js";
import { compareVersions, constraintsAllow, parseConstraints, parseVersion, versionString } from "../../core/configs/version-constraint.js";
import type { Diagnostic } from "../../lang/source/diagnostics.js";
import { BUILTIN_REGISTRY_PROVIDERS } from "../../providers/builtin/index.js";
import { ProviderCacheDir } from "../../providers/installer/cache-dir.js";
import { ensureProviderVersions, type InstallMode, type InstallRequirement, type PriorLock } from "../../providers/installer/installer.js";
import type { InstallerEvents } from "../../providers/installer/installer-events.js";
import { currentPlatform } from "../../providers/installer/plugin-dir-search.js";
import type { AuthenticationResult } from "../../providers/installer/source.js";
import { fetchFailure, linkFromCacheFailure, queryFailure, registryWarnings } from "./init-install-errors.js";
import type { ProviderNeed } from "./init-requirements.js";
import type { InstallSources } from "./provider-sources.js";

// The provider half of `terrane init` (Terraform's InitCommand.getProviders): turns the configuration's
// needs into installer requirements, runs the installer against the configured sources with Terraform's
// progress lines, and makes the new locks. Terrane's built-in providers (hashicorp/random, null, local,
// time and terraform.io/builtin/*) need no installation unless a local source offers them, and the
// network is never asked about them. (Terraform 1.11 installs dev-overridden providers like any other;
// only plan and apply use the override.)


/** What the installer was asked to do. */
export interface InstallRequest {
  readonly cwd: string;
  readonly sources: InstallSources;
  readonly needs: readonly ProviderNeed[];
  readonly locks: Locks;
  readonly upgrade: boolean;
  /** The shared plugin cache directory, when configured. */
  readonly pluginCacheDir?: string;
  /** Prints one progress line. */
  readonly progress: (line: string) => void;
}

/** The new locks, providers whose lock entries cover only this platform, and diagnostics. */
export interface InstallResult {
  readonly locks: Locks;
  readonly incomplete: readonly string[];
  readonly diagnostics: Diagnostic[];
}

/** Installs every needed provider; failures become Terraform's diagnostics. */
export async function installProviders(req: InstallRequest): Promise<InstallResult> {
  const diagnostics: Diagnostic[] = [];
  const requirements: InstallRequirement[] = [];
  for (const need of req.needs) {
    const r = await requirementFor(req, need);
    if (r) requirements.push(r);
  }
  const incomplete: string[] = [];
  const auths: AuthenticationResult[] = [];
  const platform = currentPlatform();
  const result = await ensureProviderVersions({
    requirements,
    locks: priorLocks(req.locks),
    mode: req.upgrade ? "upgrade" : ("new-only" as InstallMode),
    source: req.sources.source,
    targetDir: new ProviderCacheDir(join(req.cwd, ".terraform/providers"), platform),
    ...(req.pluginCacheDir ? { globalCacheDir: new ProviderCacheDir(req.pluginCacheDir, platform) } : {}),
    http: req.sources.http,
    events: progressEvents(req, requirements, diagnostics, incomplete, auths),
  });
  if (auths.some((a) => a.kind === "self-signed" || a.kind === "signed by a HashiCorp partner")) req.progress(PARTNER_NOTICE);
  let locks = emptyLocks();
  for (const r of requirements) {
    const key = r.provider.toString();
    const [l, prior] = [result.locks.get(key), req.locks.providers.get(key)];
    const provider = req.needs.find((n) => n.provider.toString() === key)!.provider;
    if (l?.changed) locks = setProviderLock(locks, { provider, version: parseLockVersion(l.version).version, constraints: l.constraints, hashes: l.hashes });
    else if (prior) locks = setProviderLock(locks, prior);
  }
  return { locks, incomplete: incomplete.sort(), diagnostics };
}

const PARTNER_NOTICE = `Partner and community providers are signed by their developers.
If you'd like to know more about provider signing, you can read about it here:
https://developer.hashicorp.com/terraform/cli/plugins/signing`;

async function requirementFor(req: InstallRequest, need: ProviderNeed): Promise<InstallRequirement | undefined> {
  const addr = need.provider.toString();
  if (need.provider.isBuiltin) return void req.progress(`- ${addr} is built in to Terrane`);
  const constraints = canonicalConstraints(need.constraints);
  const base = { provider: need.provider, constraints, acceptable: acceptor(need.constraints) };
  if (!BUILTIN_REGISTRY_PROVIDERS.has(addr)) return base;
  const local = await req.sources.local.availableVersions(need.provider);
  if ("error" in local || local.versions.length === 0) return void req.progress(`- ${need.provider.forDisplay()} is built in to Terrane`);
  return { ...base, source: req.sources.local };
}

function progressEvents(req: InstallRequest, reqs: readonly InstallRequirement[], diags: Diagnostic[], incomplete: string[], auths: AuthenticationResult[]): InstallerEvents {
  const say = req.progress;
  const constraintsOf = (p: { toString(): string }) => reqs.find((r) => r.provider.toString() === p.toString())?.constraints ?? "";
  return {
    queryBegin: (p, constraints, locked) => {
      if (locked) say(`- Reusing previous version of ${p.forDisplay()} from the dependency lock file`);
      else say(constraints ? `- Finding ${p.forDisplay()} versions matching ${JSON.stringify(constraints)}...` : `- Finding latest version of ${p.forDisplay()}...`);
    },
    queryFailure: (p, e) => void diags.push(queryFailure(p, e)),
    queryWarning: (p, w) => void diags.push(registryWarnings(p, w)),
    alreadyInstalled: (p, v) => say(`- Using previously-installed ${p.forDisplay()} v${v}`),
    linkFromCacheBegin: (p, v) => say(`- Using ${p.forDisplay()} v${v} from the shared cache directory`),
    linkFromCacheFailure: (p, v, m) => void diags.push(linkFromCacheFailure(p, v, m)),
    fetchBegin: (p, v) => say(`- Installing ${p.forDisplay()} v${v}...`),
    fetchFailure: (p, v, e) => void diags.push(fetchFailure(p, v, constraintsOf(p), e)),
    fetchSuccess: (p, v, _dir, auth) => {
      if (auth) auths.push(auth);
      const keyId = auth?.keyId && auth.kind !== "signed by HashiCorp" ? `, key ID ${auth.keyId}` : "";
      say(`- Installed ${p.forDisplay()} v${v} (${auth?.kind ?? "unauthenticated"}${keyId})`);
    },
    lockUpdated: (p, _v, local, signed, prior) => {
      if (signed.length > 0) return;
      if (prior.length > 0 && !(prior.length === local.length && prior.every((h, i) => h === local[i]))) return;
      incomplete.push(p.forDisplay());
    },
  };
}

function priorLocks(locks: Locks): Map<string, PriorLock> {
  const out = new Map<string, PriorLock>();
  for (const [k, l] of locks.providers) out.set(k, { version: l.version.toString(), constraints: l.constraints, hashes: l.hashes });
  return out;
}

/** The constraints as Terraform prints and locks them: canonical terms, sorted by boundary then operator, no duplicates. */
export function canonicalConstraints(constraints: readonly string[]): string {
  const joined = constraints.join(", ");
  if (joined === "") return "";
  const c = parseLockConstraints(joined);
  if (c.error) return joined;
  const terms = [...new Set(c.canonical.split(", "))].map((t) => ({ t, ...termKey(t) }));
  terms.sort((a, b) => compareVersions(a.v, b.v) || a.op - b.op);
  return terms.map((x) => x.t).join(", ");
}

// go-versions' selection operators are runes; Terraform orders equal boundaries by them.
function termKey(term: string): { v: NonNullable<ReturnType<typeof parseVersion>>; op: number } {
  const m = /^(>=|<=|~>|!=|=|>|<)?\s*(.+)$/.exec(term)!;
  const op = m[1] ?? "";
  const v = parseVersion(m[2]!)!;
  const runes: Record<string, number> = { "": 61, "=": 61, "!=": 0x2260, ">": 62, "<": 60, ">=": 0x2265, "<=": 0x2264 };
  const tilde = v.specified >= 3 ? 126 : 94;
  return { v, op: op === "~>" ? tilde : runes[op]! };
}

/** Whether a version meets all the constraints; a prerelease only when a constraint names it exactly. */
export function acceptor(constraints: readonly string[]): (version: string) => boolean {
  const parsed = constraints.flatMap((c) => parseConstraints(c) ?? []);
  return (version) => {
    const v = parseVersion(version);
    if (!v) return false;
    if (v.prerelease !== "" && !parsed.some((c) => compareVersions(c.version, v) === 0 && versionString(c.version) === versionString(v))) return false;
    return constraintsAllow(parsed, v);
  };
}
