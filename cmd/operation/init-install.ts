import { existsSync, lstatSync, mkdirSync, rmSync, symlinkSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parseLockVersion, setProviderLock, type Locks, type ProviderLock } from "../../core/depsfile/index.js";
import { compareVersions, constraintsAllow, parseConstraints, parseVersion } from "../../core/configs/version-constraint.js";
import type { Diagnostic } from "../../lang/source/diagnostics.js";
import { packageHashV1, verifyPackageAgainstLock } from "../../providers/installer/index.js";
import { currentPlatform, findLocalPackages, type LocalPackage } from "../../providers/installer/plugin-dir-search.js";
import type { ProviderNeed } from "./init-requirements.js";

// The provider half of `terrane init` (Terraform's providercache.Installer.EnsureProviderVersions with
// only local plugin directories as sources): picks each needed provider's newest version in the plugin
// dirs that the constraints allow (or the version the lock file already selected), links it into
// .terraform/providers as Terraform does for -plugin-dir, and records it in the locks with its h1:
// hash. Terrane's built-in providers (hashicorp/random, null, local, time and terraform.io/builtin/*)
// stay built in unless a plugin dir offers them.

/** The providers Terrane serves itself when no plugin is installed for them. */
export const TERRANE_BUILTINS = new Set(["random", "null", "local", "time"].map((t) => `registry.terraform.io/hashicorp/${t}`));

/** What the installer was asked to do. */
export interface InstallRequest {
  readonly cwd: string;
  readonly pluginDirs: readonly string[];
  readonly needs: readonly ProviderNeed[];
  readonly locks: Locks;
  readonly upgrade: boolean;
  /** Prints one progress line. */
  readonly progress: (line: string) => void;
}

/** The new locks, the providers whose hashes were computed locally, and any errors. */
export interface InstallResult {
  readonly locks: Locks;
  readonly hashedLocally: readonly string[];
  readonly diagnostics: Diagnostic[];
}

type Chosen = { need: ProviderNeed; pkg: LocalPackage; reused: boolean };

/** Installs every needed provider that is not built in; stops at the first one that cannot be found. */
export function installProviders(req: InstallRequest): InstallResult {
  const chosen: Chosen[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const need of req.needs) {
    const r = choose(req, need);
    if (r === undefined) continue;
    if ("summary" in r) return { locks: req.locks, hashedLocally: [], diagnostics: [r] };
    chosen.push(r);
  }
  let locks = req.locks;
  const hashedLocally: string[] = [];
  for (const c of chosen) {
    const r = install(req, c);
    if ("summary" in r) diagnostics.push(r);
    else if (r.lock) {
      locks = setProviderLock(locks, r.lock);
      if (!c.reused) hashedLocally.push(c.need.provider.forDisplay());
    }
  }
  return { locks, hashedLocally, diagnostics };
}

// The package to use for one provider, undefined for a built-in one, or the error.
function choose(req: InstallRequest, need: ProviderNeed): Chosen | Diagnostic | undefined {
  const addr = need.provider.toString();
  const display = need.provider.forDisplay();
  if (need.provider.isBuiltin) return void req.progress(`- ${addr} is built in to Terrane`);
  const packages = findLocalPackages(req.pluginDirs, addr);
  if (packages.length === 0 && TERRANE_BUILTINS.has(addr)) return void req.progress(`- ${display} is built in to Terrane`);
  const locked = req.upgrade ? undefined : req.locks.providers.get(addr);
  if (locked) {
    req.progress(`- Reusing previous version of ${display} from the dependency lock file`);
    const pkg = packages.find((p) => p.version === locked.version.toString());
    if (pkg) return { need, pkg, reused: true };
    return queryError(display, `locked provider ${addr} ${locked.version} does not match configured version constraint ${need.constraints.join(", ")}; must use terraform init -upgrade to allow selection of new versions`);
  }
  const joined = need.constraints.join(", ");
  req.progress(joined ? `- Finding ${display} versions matching ${JSON.stringify(joined)}...` : `- Finding latest version of ${display}...`);
  if (packages.length === 0) {
    const where = req.pluginDirs.map((d) => `\n  - ${d}`).join("");
    return queryError(display, `provider ${addr} was not found in any of the search locations\n${where}`);
  }
  const pkg = newest(packages, joined);
  if (!pkg) return queryError(display, `no available releases match the given constraints ${joined}`, true);
  return { need, pkg, reused: false };
}

function newest(packages: readonly LocalPackage[], constraints: string): LocalPackage | undefined {
  const allowed = constraints === "" ? [] : parseConstraints(constraints) ?? [];
  const candidates = packages
    .map((p) => ({ p, v: parseVersion(p.version) }))
    .filter((x) => x.v !== undefined && (constraints !== "" || x.v.prerelease === "") && constraintsAllow(allowed, x.v));
  candidates.sort((a, b) => compareVersions(b.v!, a.v!));
  return candidates[0]?.p;
}

// Links the package into .terraform/providers and gives its lock entry (or the error).
function install(req: InstallRequest, c: Chosen): { lock?: ProviderLock } | Diagnostic {
  const addr = c.need.provider.toString();
  const display = c.need.provider.forDisplay();
  const target = join(req.cwd, ".terraform/providers", addr, c.pkg.version, currentPlatform());
  const locked = req.locks.providers.get(addr);
  if (c.reused && locked && isLinkTo(target, c.pkg.dir)) {
    req.progress(`- Using previously-installed ${display} v${c.pkg.version}`);
    return { lock: locked };
  }
  req.progress(`- Installing ${display} v${c.pkg.version}...`);
  const h = packageHashV1({ kind: "dir", path: c.pkg.dir });
  if (c.reused && locked) {
    const err = verifyPackageAgainstLock(locked, { kind: "dir", path: c.pkg.dir }, "hash" in h ? h.hash : undefined);
    if (err) return installError(display, c.pkg.version, err);
  }
  if ("error" in h) return installError(display, c.pkg.version, h.error);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(dirname(target), { recursive: true });
  symlinkSync(resolve(c.pkg.dir), target);
  req.progress(`- Installed ${display} v${c.pkg.version} (unauthenticated)`);
  const hashes = c.reused && locked ? [...locked.hashes, h.hash] : [h.hash];
  const constraints = c.need.constraints.join(", ");
  return { lock: { provider: c.need.provider, version: parseLockVersion(c.pkg.version).version, constraints, hashes } };
}

function isLinkTo(target: string, dir: string): boolean {
  return existsSync(target) && lstatSync(target).isSymbolicLink() && existsSync(dir);
}

function queryError(display: string, reason: string, providersHint = false): Diagnostic {
  const hint = providersHint
    ? `\n\nTo see which modules are currently depending on ${display} and what versions are specified, run the following command:\n    terrane providers`
    : "";
  const detail = `Could not retrieve the list of available versions for provider ${display}: ${reason}${hint}`;
  return { severity: "error", summary: "Failed to query available provider packages", detail };
}

function installError(display: string, version: string, reason: string): Diagnostic {
  return { severity: "error", summary: "Failed to install provider", detail: `Error while installing ${display} v${version}: ${reason}` };
}
