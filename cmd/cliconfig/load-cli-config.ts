import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { normalizeHostname } from "../../core/configs/hostname.js";
import type { Diagnostic } from "../../lang/source/diagnostics.js";
import { emptyCliConfig, mergeCliConfigs, type CliConfig } from "./cli-config.js";
import { loadCliConfigFile } from "./cli-config-file.js";
import { sourceless } from "./decode-helpers.js";

// Where the CLI configuration comes from (cliconfig.LoadConfig): the file TF_CLI_CONFIG_FILE (or the
// older TERRAFORM_CONFIG) names, else ~/.terraformrc; without the override also every *.tfrc and
// *.tfrc.json in ~/.terraform.d; then TF_PLUGIN_CACHE_DIR and
// TF_PLUGIN_CACHE_MAY_BREAK_DEPENDENCY_LOCK_FILE from the environment. HOME is the command's, so tests
// never read the real one. A file that does not exist is no error.

type Env = Readonly<Record<string, string | undefined>>;

/** The merged configuration and every problem found, in Terraform's order. */
export function loadCliConfig(env: Env): { config: CliConfig; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  let config = emptyCliConfig();
  const add = (r: { config: CliConfig; diagnostics: Diagnostic[] }) => {
    diagnostics.push(...r.diagnostics);
    config = mergeCliConfigs(config, r.config);
  };
  const override = cliConfigFileOverride(env);
  const main = override ?? (env.HOME ? join(env.HOME, ".terraformrc") : undefined);
  if (main && isFile(main)) add(loadCliConfigFile(main, env));
  const dir = cliConfigDir(env);
  if (override === undefined && dir && isDir(dir)) {
    for (const name of readdirSync(dir).sort()) {
      if (/\.tfrc(\.json)?$/.test(name)) add(loadCliConfigFile(join(dir, name), env));
    }
  }
  config = mergeCliConfigs(envConfig(env), config);
  diagnostics.push(...validate(config));
  return { config, diagnostics };
}

/** The CLI configuration directory, ~/.terraform.d (undefined without HOME). */
export function cliConfigDir(env: Env): string | undefined {
  return env.HOME ? join(env.HOME, ".terraform.d") : undefined;
}

function cliConfigFileOverride(env: Env): string | undefined {
  return env.TF_CLI_CONFIG_FILE || env.TERRAFORM_CONFIG || undefined;
}

function envConfig(env: Env): CliConfig {
  const mayBreak = env.TF_PLUGIN_CACHE_MAY_BREAK_DEPENDENCY_LOCK_FILE;
  return { ...emptyCliConfig(), pluginCacheDir: env.TF_PLUGIN_CACHE_DIR ?? "", pluginCacheMayBreakDependencyLockFile: !!mayBreak && mayBreak !== "0" };
}

// Config.Validate.
function validate(c: CliConfig): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const host of c.hosts.keys()) {
    const h = normalizeHostname(host);
    if ("error" in h) out.push(sourceless(`The host ${JSON.stringify(host)} block has an invalid hostname: ${h.error}`, ""));
  }
  for (const host of c.credentials.keys()) {
    const h = normalizeHostname(host);
    if ("error" in h) out.push(sourceless(`The credentials ${JSON.stringify(host)} block has an invalid hostname: ${h.error}`, ""));
  }
  if (c.providerInstallation.length > 1) out.push(sourceless("No more than one provider_installation block may be specified", ""));
  if (c.pluginCacheDir !== "" && !existsSync(c.pluginCacheDir)) {
    const why = `stat ${c.pluginCacheDir}: no such file or directory`;
    out.push(sourceless(`The specified plugin cache dir ${c.pluginCacheDir} cannot be opened: ${why}`, ""));
  }
  return out;
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile() || p === "/dev/null";
  } catch {
    return false;
  }
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
