import { realpathSync } from "node:fs";
import { isAbsolute, join } from "node:path";
import { errorDiag, hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import { checkCoreVersionRequirements } from "./core-version.js";
import { goPathJoin } from "./dir-files.js";
import { defaultDisplayDir, readModuleDir, type LoadOptions } from "./loader.js";
import { readModuleManifest, type ModuleManifest } from "./module-manifest.js";
import { finishModule, emptyModuleDraft, type ModuleDraft } from "./module-draft.js";
import { moduleSourceString } from "./module-source.js";
import type { Config, ModuleCall } from "./model.js";
import { resolveInstalledModule } from "./installed-module.js";
import { validateProviderConfigs } from "./provider-validation.js";

/** The whole configuration tree, every file read, and every problem found. */
export interface BuiltConfig {
  readonly config: Config;
  readonly diagnostics: Diagnostic[];
  readonly files: ReadonlyMap<string, string>;
}

/** What a module of the tree was loaded from. */
interface Node {
  readonly dir: string;
  readonly displayDir: string;
  /** Real paths of this module's directory and its ancestors', to catch a module that includes itself. */
  readonly lineage: readonly string[];
  /** The module addresses those directories were loaded as (`the root module`, `module.a`). */
  readonly lineageNames: readonly string[];
}

interface Walk {
  readonly rootDir: string;
  readonly manifest?: ModuleManifest;
  readonly files: Map<string, string>;
  readonly diagnostics: Diagnostic[];
}

/**
 * Loads the root module and, recursively, every module it calls (configs.BuildConfig): local sources
 * from the path relative to the calling module's directory, other sources from where `terraform init`
 * installed them (`.terraform/modules/modules.json`). Then checks the provider configurations across
 * the tree (validateProviderConfigs) and `required_version` throughout.
 */
export function buildConfig(rootDir: string, options: LoadOptions = {}): BuiltConfig {
  const displayDir = options.displayDir ?? defaultDisplayDir(rootDir);
  const root = readModuleDir(rootDir, displayDir);
  const manifest = readModuleManifest(rootDir);
  const walk: Walk = { rootDir, files: root.files, diagnostics: [...root.diagnostics, ...manifest.diagnostics], ...opt(manifest.manifest) };
  const draft = root.draft ?? emptyModuleDraft(rootDir);
  const config = makeConfig(draft, [], undefined, undefined);
  // As in Terraform, a root module with errors is not walked further.
  if (!hasErrors(root.diagnostics)) {
    loadChildren(walk, config, { dir: rootDir, displayDir, lineage: [realPath(rootDir)], lineageNames: ["the root module"] });
    walk.diagnostics.push(...validateProviderConfigs(config));
  }
  // Terraform checks required_version only once the whole configuration has loaded without errors.
  if (!hasErrors(walk.diagnostics)) walk.diagnostics.push(...versionDiagnostics(config));
  return { config, diagnostics: walk.diagnostics, files: walk.files };
}

function opt(manifest: ModuleManifest | undefined): { manifest?: ModuleManifest } {
  return manifest ? { manifest } : {};
}

// Drafts stay reachable for the version check, which needs the parsed constraints.
const drafts = new WeakMap<Config, ModuleDraft>();

function makeConfig(draft: ModuleDraft, path: readonly string[], parent: Config | undefined, call: ModuleCall | undefined): Config {
  const config: Config = {
    module: finishModule(draft),
    path,
    children: new Map(),
    ...(parent ? { parent } : {}),
    ...(call ? { call } : {}),
  };
  drafts.set(config, draft);
  return config;
}

// Calls are visited by name, as Terraform does, so diagnostics come in a stable order.
function loadChildren(walk: Walk, parent: Config, node: Node): void {
  const calls = [...parent.module.moduleCalls.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const call of calls) {
    const child = loadChild(walk, parent, call, node);
    if (!child) continue;
    const config = makeConfig(child.draft, [...parent.path, call.name], parent, call);
    (parent.children as Map<string, Config>).set(call.name, config);
    loadChildren(walk, config, child.node);
  }
}

function loadChild(walk: Walk, parent: Config, call: ModuleCall, node: Node): { draft: ModuleDraft; node: Node } | undefined {
  const addr = call.sourceAddr;
  if (!addr) return undefined;
  if (addr.kind !== "local") {
    const installed = resolveInstalledModule(walk.rootDir, walk.manifest, [...parent.path, call.name], call);
    walk.diagnostics.push(...installed.diagnostics);
    if (!installed.draft) return undefined;
    collectFiles(walk, installed.files);
    const lineage = { lineage: [...node.lineage, realPath(installed.dir)], lineageNames: [...node.lineageNames, moduleAddress(parent, call)] };
    return { draft: installed.draft, node: { dir: installed.dir, displayDir: installed.displayDir, ...lineage } };
  }
  const dir = isAbsolute(addr.path) ? addr.path : join(node.dir, addr.path);
  const displayDir = goPathJoin(node.displayDir, addr.path);
  const real = realPath(dir);
  const ancestor = node.lineage.indexOf(real);
  if (ancestor !== -1) {
    walk.diagnostics.push(recursionError(call, displayDir, node.lineageNames[ancestor]!));
    return undefined;
  }
  const r = readModuleDir(dir, displayDir);
  if (!r.draft) {
    walk.diagnostics.push(unreadableError(call, displayDir));
    return undefined;
  }
  walk.diagnostics.push(...r.diagnostics);
  collectFiles(walk, r.files);
  const lineageNames = [...node.lineageNames, moduleAddress(parent, call)];
  return { draft: r.draft, node: { dir, displayDir, lineage: [...node.lineage, real], lineageNames } };
}

function collectFiles(walk: Walk, files: ReadonlyMap<string, string>): void {
  for (const [name, source] of files) walk.files.set(name, source);
}

function realPath(dir: string): string {
  try {
    return realpathSync(dir);
  } catch {
    return dir;
  }
}

function unreadableError(call: ModuleCall, displayDir: string): Diagnostic {
  const at = `${call.declRange.filename}:${call.declRange.start.line}`;
  const detail = `The directory ${displayDir} could not be read for module "${call.name}" at ${at}.`;
  return errorDiag("Unreadable module directory", detail, call.sourceRange);
}

function recursionError(call: ModuleCall, displayDir: string, ancestor: string): Diagnostic {
  const detail = `Module call "${call.name}" loads "${displayDir}", the directory of ${ancestor}, which contains this call. A module cannot call itself, directly or through its child modules.`;
  return errorDiag("Recursive module call", detail, call.sourceRange);
}

function moduleAddress(parent: Config, call: ModuleCall): string {
  return [...parent.path, call.name].map((n) => `module.${n}`).join(".");
}

// Terraform reports the modules below the root first (each before its own children, siblings by
// name), and the root module last.
function versionDiagnostics(root: Config): Diagnostic[] {
  const out: Diagnostic[] = [];
  const visit = (config: Config): void => {
    for (const name of [...config.children.keys()].sort()) {
      const child = config.children.get(name)!;
      out.push(...moduleVersionDiagnostics(child));
      visit(child);
    }
  };
  visit(root);
  out.push(...moduleVersionDiagnostics(root));
  return out;
}

function moduleVersionDiagnostics(config: Config): Diagnostic[] {
  const source = config.call?.sourceAddr ? moduleSourceString(config.call.sourceAddr) : "";
  return checkCoreVersionRequirements(drafts.get(config)!.coreVersionConstraints, config.path, source);
}
