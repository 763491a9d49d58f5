// `terrane init [-plugin-dir=DIR ...] [-upgrade] [-backend=false] [-get=false] [-reconfigure]
// [-lockfile=readonly] [-input=false] [-no-color]`: prepares the working directory: installs the
// modules, then the providers the configuration needs from the configured sources (plugin dirs, the CLI
// configuration's provider_installation methods, the implied local mirrors, provider registries) into
// .terraform/providers, and records them in .terraform.lock.hcl as Terraform does. The local backend
// needs no initialization.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { Command } from "commander";
import { buildConfig } from "../../core/configs/config-builder.js";
import type { Config } from "../../core/configs/model.js";
import { LOCK_FILE_NAME, loadLocksFromFile, locksToBytes, emptyLocks, type Locks } from "../../core/depsfile/index.js";
import { hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import { currentPlatform } from "../../providers/installer/plugin-dir-search.js";
import { loadCliConfig, showCliConfigProblems, showProviderInstallationProblems, type CliConfig } from "../cliconfig/index.js";
import { parseFlags } from "../command-flags.js";
import type { CommandIO } from "../io.js";
import { devOverridesInitWarning } from "../operation/dev-overrides.js";
import { installProviders } from "../operation/init-install.js";
import { initModules } from "../operation/init-modules.js";
import { INIT_SUCCESS, LOCK_CHANGED, LOCK_CREATED, incompleteLockWarning, readonlyLockDiagnostic } from "../operation/init-messages.js";
import { providerRequirements } from "../operation/init-requirements.js";
import { providerInstallSources, type InstallSources } from "../operation/provider-sources.js";
import { showDiagnostics } from "../views/diagnostics-view.js";
import { SourceFiles } from "../views/source-files.js";

interface InitOptions {
  pluginDir: string[];
  color: boolean;
  upgrade?: boolean;
  get: string;
  backend: string;
  reconfigure?: boolean;
  lockfile?: string;
}

/** Runs init; exit code 1 on errors. */
export async function run(args: string[], io: CommandIO): Promise<number> {
  const program = new Command("init")
    .usage("[options]")
    .option("--plugin-dir <dir>", "Directory containing plugin binaries. This overrides all default search paths for plugins, and prevents the automatic installation of plugins. This flag can be used multiple times.", collect, [])
    .option("--input <bool>", "Ask for input if necessary. If false, this will error if input was required.", "true")
    .option("--get <bool>", "Disable downloading modules for this configuration.", "true")
    .option("--backend <bool>", "Disable backend or HCP Terraform initialization for this configuration and use what was previously initialized instead.", "true")
    .option("--reconfigure", "Reconfigure a backend, ignoring any saved configuration.")
    .option("--lockfile <mode>", 'Set a dependency lockfile mode. Currently only "readonly" is valid.')
    .option("--no-color", "If specified, output won't contain any color.")
    .option("--upgrade", "Install the latest module and provider versions allowed within configured constraints.");
  if (!parseFlags(program, args, io)) return 1;
  const opts = program.opts<InitOptions>();
  const cli = loadCliConfig(io.env);
  showCliConfigProblems(cli.diagnostics, io);
  const sources = providerInstallSources(io.cwd, io.env, cli.config, choosePluginDirs(io.cwd, opts.pluginDir));
  showProviderInstallationProblems(sources.diagnostics, io);
  try {
    return await initSteps(io, cli.config, sources, opts);
  } finally {
    await sources.http.close();
  }
}

async function initSteps(io: CommandIO, cli: CliConfig, installSources: InstallSources, opts: InitOptions): Promise<number> {
  const style = { color: opts.color && !io.env.NO_COLOR };
  if (opts.backend !== "false") io.stdout.write("Initializing the backend...\n");
  if (opts.upgrade && opts.lockfile === "readonly") {
    // Terraform 1.11 reports this conflict twice.
    const conflict: Diagnostic = { severity: "error", summary: "The -upgrade flag conflicts with -lockfile=readonly.", detail: "" };
    showDiagnostics([conflict, conflict], () => undefined, io, style);
    return 1;
  }
  const discovery = { hosts: cli.hosts, credentials: cli.credentials };
  if (opts.get !== "false" && !(await initModules(io, { upgrade: !!opts.upgrade, color: style.color, discovery }))) return 1;
  const built = buildConfig(io.cwd, { displayDir: "." });
  const sources = new SourceFiles(built.files);
  const show = (diags: readonly Diagnostic[]): void => showDiagnostics(diags, sources.source, io, { ...style, context: sources.context });
  if (hasErrors(built.diagnostics)) {
    show(built.diagnostics);
    return 1;
  }
  return initProviders(io, { cli, config: built.config, sources: installSources }, opts, show);
}

// The provider step: install, then write the lock file and say what changed.
async function initProviders(io: CommandIO, ctx: { cli: CliConfig; config: Config; sources: InstallSources }, opts: InitOptions, show: (d: readonly Diagnostic[]) => void): Promise<number> {
  const { cli, sources } = ctx;
  io.stdout.write("Initializing provider plugins...\n");
  const lockPath = join(io.cwd, LOCK_FILE_NAME);
  const hadLocks = existsSync(lockPath);
  const prior = hadLocks ? loadLocksFromFile(lockPath, LOCK_FILE_NAME) : { locks: emptyLocks(), diagnostics: [] };
  if (hasErrors(prior.diagnostics)) {
    show(prior.diagnostics);
    return 1;
  }
  const warnings: Diagnostic[] = [...devOverridesInitWarning(cli)];
  {
    const result = await installProviders({
      cwd: io.cwd, sources, needs: providerRequirements(ctx.config), locks: prior.locks, upgrade: !!opts.upgrade,
      ...(cli.pluginCacheDir ? { pluginCacheDir: cli.pluginCacheDir } : {}),
      progress: (line) => io.stdout.write(`${line}\n`),
    });
    const diags = [...warnings, ...result.diagnostics];
    if (hasErrors(diags)) {
      show(diags);
      return 1;
    }
    return finishLocks(io, { hadLocks, prior: prior.locks, next: result.locks, incomplete: result.incomplete, readonly: opts.lockfile === "readonly" }, diags, show, opts);
  }
}

interface LockOutcome {
  hadLocks: boolean;
  prior: Locks;
  next: Locks;
  incomplete: readonly string[];
  readonly: boolean;
}

function finishLocks(io: CommandIO, o: LockOutcome, diags: Diagnostic[], show: (d: readonly Diagnostic[]) => void, opts: InitOptions): number {
  const lockPath = join(io.cwd, LOCK_FILE_NAME);
  const before = o.hadLocks ? readFileSync(lockPath, "utf8") : locksToBytes(emptyLocks());
  const after = locksToBytes(o.next);
  const changed = locksToBytes(o.prior) !== after;
  if (changed && o.readonly) {
    const d = readonlyLockDiagnostic(o.prior, o.next);
    if (d.severity === "error") {
      show([...diags, d]);
      return 1;
    }
    diags.push(d);
  } else if (changed) {
    if (o.incomplete.length > 0) diags.push({ severity: "warning", ...incompleteLockWarning(o.incomplete, currentPlatform()) });
    if (after !== before) writeFileSync(lockPath, after);
    io.stdout.write(o.hadLocks && o.prior.providers.size > 0 ? LOCK_CHANGED : LOCK_CREATED);
  }
  io.stdout.write("\n");
  show(diags);
  const color = opts.color && !io.env.NO_COLOR;
  io.stdout.write(color ? `\x1b[32m\x1b[1m${INIT_SUCCESS.replace("\n", "\x1b[0m\x1b[32m\n")}\x1b[0m` : INIT_SUCCESS);
  return 0;
}

// -plugin-dir flags win and are remembered in .terraform/plugin_path; without them, the remembered ones.
function choosePluginDirs(cwd: string, flags: readonly string[]): string[] {
  const file = join(cwd, ".terraform/plugin_path");
  if (flags.length > 0) {
    const dirs = flags.map((d) => resolve(cwd, d));
    mkdirSync(join(cwd, ".terraform"), { recursive: true });
    writeFileSync(file, `${JSON.stringify(dirs, null, 2)}\n`);
    return dirs;
  }
  if (!existsSync(file)) return [];
  const parsed: unknown = JSON.parse(readFileSync(file, "utf8"));
  return Array.isArray(parsed) ? parsed.filter((d): d is string => typeof d === "string") : [];
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
