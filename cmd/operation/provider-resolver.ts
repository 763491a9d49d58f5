import type { ProviderResolver } from "../../core/plan/index.js";
import type { ProviderLock } from "../../core/depsfile/index.js";
import { builtinProviders } from "../../providers/builtin/index.js";
import { providerExecutable } from "../../providers/installer/plugin-dir-search.js";
import { failedProvider, pluginProvider } from "../../providers/plugin/plugin-provider.js";
import { pluginLogSinkFromEnv, type PluginLogSink } from "../../providers/plugin/plugin-log.js";
import type { CommandIO } from "../io.js";
import type { ProviderFactory } from "../../providers/provider.js";
import { SyncFunctionHost } from "../../providers/plugin/function-host.js";
import type { Provider } from "../../core/addrs/provider.js";
import type { ProviderFunctionSource } from "../../core/eval/provider-functions.js";
import { loadCliConfig } from "../cliconfig/index.js";
import { devOverrides } from "./dev-overrides.js";
import { installedPackage, readProviderLocks } from "./installed-package.js";
import { readStateOutputs } from "./state-outputs.js";

// Where an operation's providers come from: a plugin that `terrane init` installed into
// .terraform/providers at the version the lock file selected (checked against the lock's hashes), or
// else Terrane's built-in provider of that address. Given the command's io, plugin logs go to its
// stderr when TF_LOG (or TF_LOG_PROVIDER) asks for them, as Terraform shows them. Provider-defined
// functions are called on separate, unconfigured instances of the same plugins (providerFunctions).

/** Resolves provider source addresses to installed plugins, then to the built-in providers. */
export function builtinResolver(cwd: string, io?: Pick<CommandIO, "env" | "stderr">): ProviderResolver {
  const builtins = builtinProviders({ cwd, readStateOutputs });
  const plugins = pluginLocator(cwd, io);
  const installed = new Map<string, ProviderFactory | undefined>();
  const log = io && pluginLogSinkFromEnv(io.env, (line) => io.stderr.write(line));
  return (provider) => {
    const key = provider.toString();
    if (!installed.has(key)) installed.set(key, pluginFactory(cwd, key, plugins(provider), log));
    return installed.get(key) ?? builtins.get(key);
  };
}

/** Provider functions served by the installed (or overridden) plugins, for one command; close it at the end. */
export function providerFunctions(cwd: string, io?: Pick<CommandIO, "env" | "stderr">): { readonly source: ProviderFunctionSource; close(): void } {
  const plugins = pluginLocator(cwd, io);
  const hosts = new Map<string, SyncFunctionHost | undefined>();
  const source: ProviderFunctionSource = (provider) => {
    const key = provider.toString();
    if (!hosts.has(key)) {
      const found = plugins(provider);
      hosts.set(key, found && "exe" in found ? SyncFunctionHost.start(found.exe, { cwd, address: key }) : undefined);
    }
    return hosts.get(key);
  };
  return { source, close: () => hosts.forEach((h) => h?.close()) };
}

/** Where a provider's plugin is: a dev override, the package init installed, or a package that no longer matches the lock. */
type PluginLocation = { readonly exe: string } | { readonly mismatch: ProviderLock } | undefined;

function pluginLocator(cwd: string, io: Pick<CommandIO, "env"> | undefined): (provider: Provider) => PluginLocation {
  const locks = readProviderLocks(cwd);
  const overrides = io ? devOverrides(loadCliConfig(io.env).config) : new Map<string, string>();
  return (provider) => {
    const override = overrides.get(provider.toString());
    const overridden = override === undefined ? undefined : providerExecutable(override, provider.type);
    return overridden ? { exe: overridden } : installedPlugin(cwd, locks.get(provider.toString()));
  };
}

function pluginFactory(cwd: string, addr: string, found: PluginLocation, log: PluginLogSink | undefined): ProviderFactory | undefined {
  if (!found) return undefined;
  if ("mismatch" in found) return async () => failedProvider(notInstalled(addr, found.mismatch.version.toString()));
  return pluginProvider(found.exe, { cwd, address: addr, ...(log ? { log } : {}) });
}

// The plugin installed for a lock entry, checked against the lock's hashes; undefined when none is installed.
function installedPlugin(cwd: string, lock: ProviderLock | undefined): PluginLocation {
  if (!lock) return undefined;
  const pkg = installedPackage(cwd, lock);
  if ("exe" in pkg) return pkg;
  return pkg.problem === "mismatch" ? { mismatch: lock } : undefined;
}

function notInstalled(addr: string, version: string) {
  const reason = `the cached package for ${addr} ${version} (in .terraform/providers) does not match any of the checksums recorded in the dependency lock file`;
  const detail = `The installed provider plugins are not consistent with the packages selected in the dependency lock file:\n  - ${addr}: ${reason}\n\nTerrane uses external plugins to integrate with a variety of different infrastructure services. To download the plugins required for this configuration, run:\n  terrane init`;
  return { severity: "error" as const, summary: "Required plugins are not installed", detail };
}
