// The module step of `terrane init`: "Initializing modules..." (or "Upgrading modules..." with
// -upgrade), then Terraform's progress lines as each module call is downloaded and installed, and the
// installer's diagnostics. Registries are reached through providers/registry's HTTPS client and
// service discovery, with the CLI configuration's host and credentials overrides.
import { installModules, type ModuleInstallHooks } from "../../core/initwd/index.js";
import { hasErrors } from "../../lang/source/diagnostics.js";
import { httpClient, ServiceDiscovery, type DiscoveryConfig } from "../../providers/registry/index.js";
import type { CommandIO } from "../io.js";
import { showDiagnostics } from "../views/diagnostics-view.js";
import { SourceFiles } from "../views/source-files.js";

/** How the module step runs. */
export interface InitModulesOptions {
  readonly upgrade: boolean;
  readonly color: boolean;
  /** Host services and credentials from the CLI configuration. */
  readonly discovery?: DiscoveryConfig;
}

/** Installs the configuration's modules, printing progress and diagnostics; false when init must stop. */
export async function initModules(io: CommandIO, opts: InitModulesOptions): Promise<boolean> {
  const http = httpClient(io.env);
  try {
    const discovery = new ServiceDiscovery(http, { ...opts.discovery, env: io.env });
    const result = await installModules({
      rootDir: io.cwd,
      upgrade: opts.upgrade,
      hooks: progressHooks(io, opts),
      env: { http, discovery, env: io.env },
    });
    const sources = new SourceFiles(result.files);
    showDiagnostics(result.diagnostics, sources.source, io, { color: opts.color, context: sources.context });
    return !hasErrors(result.diagnostics);
  } finally {
    await http.close();
  }
}

// Terraform's uiModuleInstallHooks, with local paths shown.
function progressHooks(io: CommandIO, opts: InitModulesOptions): ModuleInstallHooks {
  const heading = opts.upgrade ? "Upgrading modules..." : "Initializing modules...";
  return {
    start: () => io.stdout.write(opts.color ? `\x1b[0m\x1b[1m${heading}\x1b[0m\n` : `${heading}\n`),
    download: (key, packageAddr, version) => {
      io.stdout.write(version === undefined ? `Downloading ${packageAddr} for ${key}...\n` : `Downloading ${packageAddr} ${version} for ${key}...\n`);
    },
    install: (key, _version, dir) => io.stdout.write(`- ${key} in ${dir}\n`),
  };
}
