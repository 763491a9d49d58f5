import { existsSync, realpathSync, rmSync, statSync } from "node:fs";
import { isAbsolute, join, posix, relative, sep } from "node:path";
import { checkCoreVersionRequirements } from "../configs/core-version.js";
import { validIdentifier } from "../configs/decode-value.js";
import { readModuleDir } from "../configs/loader.js";
import { readModuleManifest, type ManifestRecord } from "../configs/module-manifest.js";
import { finishModule, type ModuleDraft } from "../configs/module-draft.js";
import { moduleSourceString } from "../configs/module-source.js";
import type { Module, ModuleCall } from "../configs/model.js";
import { constraintsAllow, parseConstraints, parseVersion } from "../configs/version-constraint.js";
import { errorDiag, hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import { installGoGetterModule, installRegistryModule, type RemoteInstall } from "./install-remote.js";
import type { InstallEnv } from "./install-env.js";
import { improveLocalInstallError, localStep, packageStart, type PackagePath } from "./local-escape.js";
import { writeModuleManifest } from "./manifest-write.js";
import { PackageFetcher } from "./package-fetcher.js";
import { ModuleRegistryClient } from "./registry-client.js";
import { RegistryCache } from "./registry-cache.js";

// Terraform's initwd.ModuleInstaller: walks the root module's calls depth first (siblings by name),
// installing each child before loading it to find its own calls. Local sources are read in place;
// registry and remote sources are fetched into .terraform/modules/KEY. A module already recorded in
// modules.json whose source and version still match is kept (unless upgrading). The manifest is
// written at the end, also after errors, with whatever was installed.

/** Progress callbacks, for the CLI's `Initializing modules...`, `Downloading ...` and `- NAME in DIR` lines. */
export interface ModuleInstallHooks {
  /** Called first, only when the root module calls any modules (else nothing is installed). */
  start(): void;
  download(key: string, packageAddr: string, version: string | undefined): void;
  install(key: string, version: string | undefined, dir: string): void;
}

/** What to install and how. */
export interface InstallModulesOptions {
  readonly rootDir: string;
  readonly upgrade: boolean;
  readonly hooks: ModuleInstallHooks;
  readonly env: InstallEnv;
}

/** Everything the installer found wrong, and the source of every file it read (for snippets). */
export interface InstallModulesResult {
  readonly diagnostics: Diagnostic[];
  readonly files: ReadonlyMap<string, string>;
}

interface Walk extends RemoteInstall {
  readonly manifest: Map<string, ManifestRecord>;
  readonly upgrade: boolean;
  readonly diagnostics: Diagnostic[];
  readonly files: Map<string, string>;
}

/** Installs every module the root module calls, directly or not. */
export async function installModules(opts: InstallModulesOptions): Promise<InstallModulesResult> {
  const root = readModuleDir(opts.rootDir, ".");
  const files = root.files;
  // Without module calls there is nothing to do; the configuration's problems are reported later.
  if (!root.draft || root.draft.moduleCalls.size === 0) return { diagnostics: [], files };
  opts.hooks.start();
  const versionDiags = checkCoreVersionRequirements(root.draft.coreVersionConstraints, [], "");
  const diagnostics = hasErrors(versionDiags) ? versionDiags : [...root.diagnostics];
  const read = readModuleManifest(opts.rootDir);
  if (hasErrors(read.diagnostics)) return { diagnostics: [...diagnostics, ...read.diagnostics], files };
  const manifest = new Map(read.manifest ?? []);
  manifest.set("", { key: "", source: "", dir: "." });
  const walk: Walk = {
    rootDir: opts.rootDir, hooks: opts.hooks, manifest, upgrade: opts.upgrade, diagnostics, files,
    fetcher: new PackageFetcher(opts.env, opts.rootDir), registry: new RegistryCache(new ModuleRegistryClient(opts.env)),
  };
  await walkChildren(walk, finishModule(root.draft), [], undefined);
  try {
    writeModuleManifest(opts.rootDir, manifest.values());
  } catch (e) {
    diagnostics.push(errorDiag("Failed to update module manifest", `Unable to write the module manifest file: ${(e as Error).message}`));
  }
  return { diagnostics, files };
}

// Calls are visited by name; each installed child's own calls right after it.
async function walkChildren(walk: Walk, parent: Module, path: readonly string[], pkg: PackagePath | undefined): Promise<void> {
  const calls = [...parent.moduleCalls.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const call of calls) {
    if (!call.sourceAddr || !validIdentifier(call.name)) continue;
    const childPath = [...path, call.name];
    const child = await installOne(walk, call, childPath, pkg);
    if (child) await walkChildren(walk, finishModule(child.draft), childPath, child.pkg);
  }
}

async function installOne(walk: Walk, call: ModuleCall, path: readonly string[], pkg: PackagePath | undefined): Promise<{ draft: ModuleDraft; pkg: PackagePath | undefined } | undefined> {
  const key = path.join(".");
  const instPath = posix.join(".terraform/modules", key);
  const source = moduleSourceString(call.sourceAddr!);
  if (walk.upgrade || needsReplace(walk.manifest.get(key), source, call)) forget(walk.manifest, key);
  const record = walk.manifest.get(key);
  const childPkg = call.sourceAddr!.kind === "local" ? localStep(pkg, source, path) : packageStart(call.sourceAddr!);
  if (record && isDir(join(walk.rootDir, record.dir))) {
    const draft = loadInstalled(walk, record.dir, path, source);
    return draft ? { draft, pkg: childPkg } : undefined;
  }
  if (!record) rmSync(join(walk.rootDir, instPath), { recursive: true, force: true });
  const addr = call.sourceAddr!;
  if (addr.kind === "local") {
    const diags: Diagnostic[] = [];
    const draft = installLocal(walk, call, path, key, diags);
    walk.diagnostics.push(...improveLocalInstallError(diags, childPkg));
    return draft ? { draft, pkg: childPkg } : undefined;
  }
  const installed = addr.kind === "registry"
    ? await installRegistryModule(walk, call, path, key, instPath, addr)
    : await installGoGetterModule(walk, call, path, key, instPath, addr);
  walk.diagnostics.push(...installed.diagnostics);
  if (installed.record) walk.manifest.set(key, installed.record);
  return installed.draft ? { draft: installed.draft, pkg: childPkg } : undefined;
}

function needsReplace(record: ManifestRecord | undefined, source: string, call: ModuleCall): boolean {
  if (!record || record.source !== source) return true;
  if (record.version === undefined) return false;
  const installed = parseVersion(record.version);
  const constraints = call.version === undefined ? [] : (parseConstraints(call.version) ?? []);
  return !installed || !constraintsAllow(constraints, installed);
}

// Replacing a module invalidates everything installed below it.
function forget(manifest: Map<string, ManifestRecord>, key: string): void {
  manifest.delete(key);
  for (const k of [...manifest.keys()]) if (k.startsWith(`${key}.`)) manifest.delete(k);
}

// A module already installed: loaded from its recorded directory, no progress lines.
function loadInstalled(walk: Walk, dir: string, path: readonly string[], source: string): ModuleDraft | undefined {
  const r = readModuleDir(join(walk.rootDir, dir), dir);
  for (const [k, v] of r.files) walk.files.set(k, v);
  if (!r.draft) {
    walk.diagnostics.push(...r.diagnostics);
    return undefined;
  }
  const versionDiags = checkCoreVersionRequirements(r.draft.coreVersionConstraints, path, source);
  walk.diagnostics.push(...(hasErrors(versionDiags) ? versionDiags : r.diagnostics));
  return r.draft;
}

// A local source is read where it is: relative to the calling module's recorded directory.
function installLocal(walk: Walk, call: ModuleCall, path: readonly string[], key: string, diags: Diagnostic[]): ModuleDraft | undefined {
  const parent = walk.manifest.get(path.slice(0, -1).join("."));
  if (!parent) throw new Error(`missing manifest record for the parent of module ${key}`);
  const source = moduleSourceString(call.sourceAddr!);
  const lexical = goJoin(parent.dir, source);
  const dir = evalSymlinks(walk.rootDir, lexical);
  if (dir === undefined) {
    const detail = `Unable to evaluate directory symlink: lstat ${lexical}: no such file or directory`;
    diags.push(errorDiag("Unreadable module directory", detail));
  }
  const shown = dir ?? lexical;
  const r = readModuleDir(isAbsolute(shown) ? shown : join(walk.rootDir, shown), shown);
  for (const [k, v] of r.files) walk.files.set(k, v);
  if (!r.draft) {
    const at = `${call.declRange.filename}:${call.declRange.start.line}`;
    diags.push(errorDiag("Unreadable module directory", `The directory ${shown} could not be read for module "${call.name}" at ${at}.`));
  } else {
    const versionDiags = checkCoreVersionRequirements(r.draft.coreVersionConstraints, path, source);
    diags.push(...(hasErrors(versionDiags) ? versionDiags : r.diagnostics));
  }
  walk.manifest.set(key, { key, source, dir: shown });
  walk.hooks.install(key, undefined, shown);
  return r.draft;
}

// filepath.Join: joined and cleaned, "." for nothing.
function goJoin(a: string, b: string): string {
  return posix.normalize(posix.join(a, b)).replace(/\/$/, "") || ".";
}

// filepath.EvalSymlinks of a path relative to the root: the same relative path when no link is on
// the way, else the resolved one (relative when it stays under the root).
function evalSymlinks(rootDir: string, rel: string): string | undefined {
  const abs = isAbsolute(rel) ? rel : join(rootDir, rel);
  if (!existsSync(abs)) return undefined;
  const real = realpathSync(abs);
  const realRoot = realpathSync(rootDir);
  if (real === join(realRoot, rel)) return rel;
  const r = relative(realRoot, real);
  if (r === "") return ".";
  return r.startsWith("..") || isAbsolute(r) ? real : r.split(sep).join("/");
}

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
