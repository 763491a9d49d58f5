// `terrane providers lock [-platform=OS_ARCH ...] [-fs-mirror=DIR] [-net-mirror=URL]
// [-enable-plugin-cache] [PROVIDER ...]` (Terraform's ProvidersLockCommand): fetches each required
// provider's package for every platform into a temporary directory, ignoring the CLI configuration's
// installation methods, and records the hashes in .terraform.lock.hcl, keeping versions already locked.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Command } from "commander";
import { buildConfig } from "../../core/configs/config-builder.js";
import { parseProviderSource, providerSourceString } from "../../core/configs/provider-source.js";
import { LOCK_FILE_NAME, loadLocksFromFile, emptyLocks, type Locks } from "../../core/depsfile/index.js";
import { hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import { FilesystemMirrorSource } from "../../providers/installer/filesystem-mirror-source.js";
import { currentPlatform } from "../../providers/installer/plugin-dir-search.js";
import { RegistrySource } from "../../providers/installer/registry-source.js";
import type { ProviderSource } from "../../providers/installer/source.js";
import { httpClient, ServiceDiscovery } from "../../providers/registry/index.js";
import { loadCliConfig, showCliConfigProblems, type CliConfig } from "../cliconfig/index.js";
import { parseFlags } from "../command-flags.js";
import type { CommandIO } from "../io.js";
import { BUILTIN_REGISTRY_PROVIDERS } from "../../providers/builtin/index.js";
import { providerRequirements, type ProviderNeed } from "../operation/init-requirements.js";
import { lockForPlatforms, type LockRun } from "../operation/providers-lock-run.js";
import { networkMirrorSource } from "../operation/provider-sources.js";
import { printDiagnostics } from "../views/diagnostics-view.js";
import { SourceFiles } from "../views/source-files.js";

interface LockOptions {
  platform: string[];
  fsMirror?: string;
  netMirror?: string;
  enablePluginCache?: boolean;
  color: boolean;
}

/** Runs `providers lock`; exit code 1 on errors. */
export async function run(args: string[], io: CommandIO): Promise<number> {
  const program = new Command("providers lock")
    .usage("[options] [providers...]")
    .argument("[providers...]")
    .option("--platform <os_arch>", "Choose a target platform to request package checksums for.", collect, [])
    .option("--fs-mirror <dir>", "Consult the given filesystem mirror directory instead of the origin registry for each of the given providers.")
    .option("--net-mirror <url>", "Consult the given network mirror (given as a base URL) instead of the origin registry for each of the given providers.")
    .option("--enable-plugin-cache", "Enable the usage of the globally configured plugin cache.")
    .option("--no-color", "If specified, output won't contain any color.");
  if (!parseFlags(program, args, io)) return 1;
  const opts = program.opts<LockOptions>();
  const cli = loadCliConfig(io.env);
  showCliConfigProblems(cli.diagnostics, io);
  const show = (d: readonly Diagnostic[], sources = new SourceFiles(new Map())) => printDiagnostics(d, sources.source, io, { color: opts.color && !io.env.NO_COLOR, context: sources.context }, "\n");
  const diags: Diagnostic[] = [];
  const platforms = parsePlatforms(opts.platform, diags);
  const http = httpClient(io.env);
  try {
    const source = chooseSource(io, cli.config, opts, http);
    if ("severity" in source) {
      show([source]);
      return 1;
    }
    const built = buildConfig(io.cwd, { displayDir: "." });
    diags.push(...built.diagnostics);
    const needs = selectNeeds(providerRequirements(built.config), program.args, diags, source instanceof RegistrySource);
    const old = readLocks(io.cwd, diags);
    if (hasErrors(diags)) {
      show(diags, new SourceFiles(built.files));
      return 1;
    }
    const run: LockRun = { cwd: io.cwd, needs, old, platforms, source, http, say: (l) => io.stdout.write(`${l}\n`) };
    if (opts.enablePluginCache && cli.config.pluginCacheDir) Object.assign(run, { pluginCacheDir: cli.config.pluginCacheDir });
    return await finish(io, run, show);
  } finally {
    await http.close();
  }
}

async function finish(io: CommandIO, run: LockRun, show: (d: readonly Diagnostic[]) => void): Promise<number> {
  const tmp = mkdtempSync(join(tmpdir(), "terrane-providers-lock"));
  try {
    const r = await lockForPlatforms(run, tmp);
    if ("error" in r) {
      show([r.error]);
      return 1;
    }
    if (r.changed) {
      io.stdout.write("\nSuccess! Terrane has updated the lock file.\n");
      io.stdout.write("\nReview the changes in .terraform.lock.hcl and then commit to your\nversion control system to retain the new checksums.\n\n");
    } else io.stdout.write("\nSuccess! Terrane has validated the lock file and found no need for changes.\n");
    return 0;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function parsePlatforms(given: readonly string[], diags: Diagnostic[]): string[] {
  if (given.length === 0) return [currentPlatform()];
  const out: string[] = [];
  for (const p of given) {
    const parts = p.split("_");
    let why: string | undefined;
    if (parts.length !== 2) why = "must be two words separated by an underscore";
    else if (parts[0] !== parts[0]!.toLowerCase() || /[^a-z0-9]/.test(parts[0]!)) why = "the operating system portion must be lowercase letters or digits";
    else if (parts[1] !== parts[1]!.toLowerCase() || /[^a-z0-9]/.test(parts[1]!)) why = "the architecture portion must be lowercase letters or digits";
    if (why) diags.push({ severity: "error", summary: "Invalid target platform", detail: `The string ${JSON.stringify(p)} given in the -platform option is not a valid target platform: ${why}.` });
    else out.push(p);
  }
  return out;
}

function chooseSource(io: CommandIO, cli: CliConfig, opts: LockOptions, http: ReturnType<typeof httpClient>): ProviderSource | Diagnostic {
  const discovery = new ServiceDiscovery(http, { hosts: cli.hosts, credentials: cli.credentials, env: io.env });
  if (opts.fsMirror) return new FilesystemMirrorSource(resolve(io.cwd, opts.fsMirror), opts.fsMirror);
  if (opts.netMirror) {
    const s = networkMirrorSource(opts.netMirror, http, discovery, io.env);
    if (!("severity" in s)) return s;
    return { severity: "error", summary: "Invalid network mirror URL", detail: "The -net-mirror option requires a valid https: URL as the mirror base URL." };
  }
  return new RegistrySource({ discovery, http, env: io.env });
}

// The providers named on the command line (all required ones by default), without those never locked:
// Terraform's built-ins, and Terrane's own when they would be asked of a registry.
function selectNeeds(all: readonly ProviderNeed[], named: readonly string[], diags: Diagnostic[], direct: boolean): ProviderNeed[] {
  let needs = [...all];
  if (named.length > 0) {
    const wanted = new Set<string>();
    for (const raw of named) {
      const p = parseProviderSource(raw);
      if ("summary" in p) {
        diags.push({ severity: "error", summary: p.summary, detail: p.detail });
        continue;
      }
      const addr = providerSourceString(p);
      wanted.add(addr);
      if (!all.some((n) => n.provider.toString() === addr)) {
        diags.push({ severity: "error", summary: "Invalid provider argument", detail: `The provider ${addr} is not required by the current configuration.` });
      }
    }
    needs = needs.filter((n) => wanted.has(n.provider.toString()));
  }
  return needs.filter((n) => !n.provider.isBuiltin && !(direct && BUILTIN_REGISTRY_PROVIDERS.has(n.provider.toString())));
}

function readLocks(cwd: string, diags: Diagnostic[]): Locks {
  const path = join(cwd, LOCK_FILE_NAME);
  if (!existsSync(path)) return emptyLocks();
  const r = loadLocksFromFile(path, LOCK_FILE_NAME);
  diags.push(...r.diagnostics);
  return r.locks;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
