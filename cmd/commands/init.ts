// `terrane init [-plugin-dir=DIR ...] [-input=false] [-no-color] [-upgrade]`: prepares the working
// directory: installs the providers the configuration needs from local plugin directories into
// .terraform/providers and records them in .terraform.lock.hcl. Modules and backends are not
// initialized yet (the local backend needs nothing).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { Command } from "commander";
import { buildConfig } from "../../core/configs/config-builder.js";
import { LOCK_FILE_NAME, loadLocksFromFile, locksToBytes, emptyLocks } from "../../core/depsfile/index.js";
import { hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import { currentPlatform } from "../../providers/installer/plugin-dir-search.js";
import { parseFlags } from "../command-flags.js";
import type { CommandIO } from "../io.js";
import { installProviders } from "../operation/init-install.js";
import { initModules } from "../operation/init-modules.js";
import { INIT_SUCCESS, LOCK_CHANGED, LOCK_CREATED, incompleteLockWarning } from "../operation/init-messages.js";
import { providerRequirements } from "../operation/init-requirements.js";
import { showDiagnostics } from "../views/diagnostics-view.js";
import { SourceFiles } from "../views/source-files.js";

/** Runs init; exit code 1 on errors. */
export async function run(args: string[], io: CommandIO): Promise<number> {
  const program = new Command("init")
    .usage("[options]")
    .option("--plugin-dir <dir>", "Directory containing plugin binaries. This overrides all default search paths for plugins, and prevents the automatic installation of plugins. This flag can be used multiple times.", collect, [])
    .option("--input <bool>", "Ask for input if necessary. If false, this will error if input was required.", "true")
    .option("--get <bool>", "Disable downloading modules for this configuration.", "true")
    .option("--no-color", "If specified, output won't contain any color.")
    .option("--upgrade", "Install the latest module and provider versions allowed within configured constraints.");
  if (!parseFlags(program, args, io)) return 1;
  const opts = program.opts<{ pluginDir: string[]; color: boolean; upgrade?: boolean; get: string }>();
  const style = { color: opts.color && !io.env.NO_COLOR };
  io.stdout.write("Initializing the backend...\n");
  if (opts.get !== "false" && !(await initModules(io, { upgrade: !!opts.upgrade, color: style.color }))) return 1;
  const built = buildConfig(io.cwd, { displayDir: "." });
  const sources = new SourceFiles(built.files);
  const show = (diags: readonly Diagnostic[]): void => showDiagnostics(diags, sources.source, io, { ...style, context: sources.context });
  if (hasErrors(built.diagnostics)) {
    show(built.diagnostics);
    return 1;
  }
  io.stdout.write("Initializing provider plugins...\n");
  const pluginDirs = choosePluginDirs(io.cwd, opts.pluginDir);
  const lockPath = join(io.cwd, LOCK_FILE_NAME);
  const hadLocks = existsSync(lockPath);
  const prior = hadLocks ? loadLocksFromFile(lockPath, LOCK_FILE_NAME) : { locks: emptyLocks(), diagnostics: [] };
  if (hasErrors(prior.diagnostics)) {
    show(prior.diagnostics);
    return 1;
  }
  const result = installProviders({
    cwd: io.cwd, pluginDirs, needs: providerRequirements(built.config), locks: prior.locks,
    upgrade: !!opts.upgrade, progress: (line) => io.stdout.write(`${line}\n`),
  });
  if (hasErrors(result.diagnostics)) {
    show(result.diagnostics);
    return 1;
  }
  const before = hadLocks ? readFileSync(lockPath, "utf8") : locksToBytes(emptyLocks());
  const after = locksToBytes(result.locks);
  if (after !== before) writeFileSync(lockPath, after);
  const warnings: Diagnostic[] = [];
  if (result.hashedLocally.length > 0) warnings.push({ severity: "warning", ...incompleteLockWarning(result.hashedLocally, currentPlatform()) });
  if (after !== before) io.stdout.write(hadLocks ? LOCK_CHANGED : LOCK_CREATED);
  io.stdout.write("\n");
  show(warnings);
  io.stdout.write(style.color ? `\x1b[32m\x1b[1m${INIT_SUCCESS.replace("\n", "\x1b[0m\x1b[32m\n")}\x1b[0m` : INIT_SUCCESS);
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
