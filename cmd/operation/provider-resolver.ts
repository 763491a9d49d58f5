import { existsSync } from "node:fs";
import { join } from "node:path";
import type { ProviderResolver } from "../../core/plan/index.js";
import { LOCK_FILE_NAME, loadLocksFromFile, type ProviderLock } from "../../core/depsfile/index.js";
import { builtinProviders } from "../../providers/builtin/index.js";
import { verifyPackageAgainstLock } from "../../providers/installer/index.js";
import { currentPlatform, providerExecutable } from "../../providers/installer/plugin-dir-search.js";
import { failedProvider, pluginProvider } from "../../providers/plugin/plugin-provider.js";
import { pluginLogSinkFromEnv, type PluginLogSink } from "../../providers/plugin/plugin-log.js";
import type { CommandIO } from "../io.js";
import type { ProviderFactory } from "../../providers/provider.js";
import { loadCliConfig } from "../cliconfig/index.js";
import { devOverrides } from "./dev-overrides.js";
import { readStateOutputs } from "./state-outputs.js";

// Where an operation's providers come from: a plugin that `terrane init` installed into
// .terraform/providers at the version the lock file selected (checked against the lock's hashes), or
// else Terrane's built-in provider of that address. Given the command's io, plugin logs go to its
// stderr when TF_LOG (or TF_LOG_PROVIDER) asks for them, as Terraform shows them.

/** Resolves provider source addresses to installed plugins, then to the built-in providers. */
export function builtinResolver(cwd: string, io?: Pick<CommandIO, "env" | "stderr">): ProviderResolver {
  const builtins = builtinProviders({ cwd, readStateOutputs });
  const locks = readLocks(cwd);
  const installed = new Map<string, ProviderFactory | undefined>();
  const log = io && pluginLogSinkFromEnv(io.env, (line) => io.stderr.write(line));
  const overrides = io ? devOverrides(loadCliConfig(io.env).config) : new Map<string, string>();
  return (provider) => {
    const key = provider.toString();
    const override = overrides.get(key);
    const overridden = override === undefined ? undefined : providerExecutable(override, provider.type);
    if (!installed.has(key)) installed.set(key, overridden ? pluginProvider(overridden, { cwd, address: key, ...(log ? { log } : {}) }) : installedPlugin(cwd, locks.get(key), log));
    return installed.get(key) ?? builtins.get(key);
  };
}

function readLocks(cwd: string): ReadonlyMap<string, ProviderLock> {
  const file = join(cwd, LOCK_FILE_NAME);
  if (!existsSync(file)) return new Map();
  return loadLocksFromFile(file, LOCK_FILE_NAME).locks.providers;
}

// The factory of the plugin installed for a lock entry; undefined when none is installed.
function installedPlugin(cwd: string, lock: ProviderLock | undefined, log: PluginLogSink | undefined): ProviderFactory | undefined {
  if (!lock) return undefined;
  const addr = lock.provider.toString();
  const dir = join(cwd, ".terraform/providers", addr, lock.version.toString(), currentPlatform());
  const exe = providerExecutable(dir, lock.provider.type);
  if (!exe) return undefined;
  const mismatch = verifyPackageAgainstLock(lock, { kind: "dir", path: dir });
  if (mismatch) return async () => failedProvider(notInstalled(addr, lock.version.toString()));
  return pluginProvider(exe, { cwd, address: addr, ...(log ? { log } : {}) });
}

function notInstalled(addr: string, version: string) {
  const reason = `the cached package for ${addr} ${version} (in .terraform/providers) does not match any of the checksums recorded in the dependency lock file`;
  const detail = `The installed provider plugins are not consistent with the packages selected in the dependency lock file:\n  - ${addr}: ${reason}\n\nTerrane uses external plugins to integrate with a variety of different infrastructure services. To download the plugins required for this configuration, run:\n  terrane init`;
  return { severity: "error" as const, summary: "Required plugins are not installed", detail };
}
