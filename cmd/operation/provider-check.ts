import type { Config } from "../../core/configs/model.js";
import type { ProviderLock } from "../../core/depsfile/index.js";
import type { Diagnostic } from "../../lang/source/diagnostics.js";
import { loadCliConfig } from "../cliconfig/index.js";
import { devOverrides, devOverridesWarning } from "./dev-overrides.js";
import { BUILTIN_REGISTRY_PROVIDERS } from "../../providers/builtin/index.js";
import { acceptor, canonicalConstraints } from "./init-install.js";
import { providerRequirements } from "./init-requirements.js";
import { installedPackage, readProviderLocks } from "./installed-package.js";

// The check plan and apply make before anything else (Terraform's Meta.providerFactories): every
// provider the configuration needs must have a lock entry that its constraints allow ("Inconsistent
// dependency lock file"), and the locked package must be installed in .terraform/providers and match
// the lock's hashes ("Required plugins are not installed"). Terrane's built-in providers need neither
// unless the lock file names them; dev-overridden providers are exempt, and Terraform's warning about
// the overrides comes first.

type Env = Readonly<Record<string, string | undefined>>;

/** The dev overrides warning (shown before planning), and the errors that stop plan and apply before they start. */
export function checkProviderInstallation(cwd: string, config: Config, env: Env): { warnings: Diagnostic[]; errors: Diagnostic[] } {
  const cli = loadCliConfig(env).config;
  return { warnings: devOverridesWarning(cli), errors: installationErrors(cwd, config, devOverrides(cli)) };
}

function installationErrors(cwd: string, config: Config, overrides: ReadonlyMap<string, string>): Diagnostic[] {
  const locks = readProviderLocks(cwd);
  const needs = providerRequirements(config).filter((n) => !n.provider.isBuiltin && !overrides.has(n.provider.toString()));
  const inconsistent: string[] = [];
  for (const need of needs) {
    const addr = need.provider.toString();
    const lock = locks.get(addr);
    if (!lock) {
      if (!BUILTIN_REGISTRY_PROVIDERS.has(addr)) inconsistent.push(`  - provider ${addr}: required by this configuration but no version is selected`);
    } else if (!acceptor(need.constraints)(lock.version.toString())) {
      const c = canonicalConstraints(need.constraints);
      inconsistent.push(`  - provider ${addr}: locked version selection ${lock.version} doesn't match the updated version constraints ${JSON.stringify(c)}`);
    }
  }
  if (inconsistent.length > 0) return [inconsistentLocks(inconsistent, locks.size === 0)];
  const missing: string[] = [];
  for (const need of needs) {
    const lock = locks.get(need.provider.toString());
    const problem = lock && packageProblem(cwd, lock);
    if (problem) missing.push(`  - ${need.provider}: ${problem}`);
  }
  return missing.length > 0 ? [notInstalled(missing)] : [];
}

function packageProblem(cwd: string, lock: ProviderLock): string | undefined {
  const addr = lock.provider.toString();
  const pkg = installedPackage(cwd, lock);
  if ("exe" in pkg) return undefined;
  if (pkg.problem === "missing") return `there is no package for ${addr} ${lock.version} cached in .terraform/providers`;
  return `the cached package for ${addr} ${lock.version} (in .terraform/providers) does not match any of the checksums recorded in the dependency lock file`;
}

function inconsistentLocks(lines: readonly string[], emptyLocks: boolean): Diagnostic {
  const advice = emptyLocks
    ? "To make the initial dependency selections that will initialize the dependency lock file, run:\n  terrane init"
    : "To update the locked dependency selections to match a changed configuration, run:\n  terrane init -upgrade";
  const detail = `The following dependency selections recorded in the lock file are inconsistent with the current configuration:\n${lines.join("\n")}\n\n${advice}`;
  return { severity: "error", summary: "Inconsistent dependency lock file", detail };
}

function notInstalled(lines: readonly string[]): Diagnostic {
  const detail =
    `The installed provider plugins are not consistent with the packages selected in the dependency lock file:\n${lines.join("\n")}\n\n` +
    "Terrane uses external plugins to integrate with a variety of different infrastructure services. To download the plugins required for this configuration, run:\n  terrane init";
  return { severity: "error", summary: "Required plugins are not installed", detail };
}
