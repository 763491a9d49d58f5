import { existsSync } from "node:fs";
import { join, posix } from "node:path";
import { checkCoreVersionRequirements } from "../configs/core-version.js";
import { readModuleDir } from "../configs/loader.js";
import type { ManifestRecord } from "../configs/module-manifest.js";
import type { ModuleDraft } from "../configs/module-draft.js";
import { moduleSourceString, parseModuleSource, type ModuleSource } from "../configs/module-source.js";
import type { ModuleCall } from "../configs/model.js";
import { errorDiag, hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import type { ModuleInstallHooks } from "./module-installer.js";
import type { PackageFetcher } from "./package-fetcher.js";
import type { RegistryCache } from "./registry-cache.js";
import { selectRegistryVersion } from "./version-select.js";

// Installing one registry or remote module (ModuleInstaller.installRegistryModule and
// installGoGetterModule): find the package (asking the registry which version and where), fetch it
// into .terraform/modules/KEY, load the module from the package's subdirectory, and make the manifest
// record. Every failure is a diagnostic with Terraform's summary and detail.

/** What installing a remote module needs from the walk. */
export interface RemoteInstall {
  readonly rootDir: string;
  readonly hooks: ModuleInstallHooks;
  readonly fetcher: PackageFetcher;
  readonly registry: RegistryCache;
  readonly files: Map<string, string>;
}

/** A module installed (or not), with what went wrong. */
export interface Installed {
  readonly draft?: ModuleDraft;
  readonly record?: ManifestRecord;
  readonly diagnostics: Diagnostic[];
}

type RegistrySource = Extract<ModuleSource, { kind: "registry" }>;
type RemoteSource = Extract<ModuleSource, { kind: "remote" }>;

/** Installs a module from a module registry. */
export async function installRegistryModule(ctx: RemoteInstall, call: ModuleCall, path: readonly string[], key: string, instPath: string, addr: RegistrySource): Promise<Installed> {
  const at = callSite(call);
  const pkgName = `${addr.host}/${addr.namespace}/${addr.name}/${addr.targetSystem}`;
  const shown = moduleSourceString(addr);
  const listed = await ctx.registry.versions(addr);
  if ("error" in listed) {
    if ("notFound" in listed.error) return fail(errorDiag("Module not found", `Module "${call.name}" (from ${at}) cannot be found in the module registry at ${addr.host}.`, call.declRange));
    return fail(errorDiag("Error accessing remote module registry", `Failed to retrieve available versions for module "${call.name}" (${at}) from ${addr.host}: ${listed.error.message}.`, call.declRange));
  }
  if (listed.versions === null) {
    return fail(errorDiag("Invalid response from remote module registry", `The registry at ${addr.host} returned an invalid response when Terrane requested available versions for module "${call.name}" (${at}).`, call.declRange));
  }
  const chosen = selectRegistryVersion(listed.versions, call, addr.host);
  const diagnostics = [...chosen.warnings];
  if (chosen.latest === undefined) return fail(...diagnostics, errorDiag("Module has no versions", `Module "${shown}" (${at}) has no versions available on ${addr.host}.`, call.declRange));
  const version = chosen.match;
  if (version === undefined) {
    const detail = `There is no available version of module "${shown}" (${at}) which matches the given version constraint. The newest available version is ${chosen.latest}.`;
    return fail(...diagnostics, errorDiag("Unresolvable module version constraint", detail, call.declRange));
  }
  ctx.hooks.download(key, pkgName, version);
  const where = await ctx.registry.location(addr, version);
  if ("error" in where) {
    const reason = "notFound" in where.error ? "not found" : where.error.message;
    return fail(...diagnostics, errorDiag("Error accessing remote module registry", `Failed to retrieve a download URL for ${shown} ${version} from ${addr.host}: ${reason}`));
  }
  const real = parseModuleSource(where.location);
  if (!("kind" in real) || real.kind !== "remote") {
    const why = "kind" in real ? "must be a direct remote package address" : "message" in real ? real.message : "invalid source address";
    return fail(...diagnostics, errorDiag("Invalid package location from module registry", `Module registry ${addr.host} returned invalid source location ${JSON.stringify(where.location)} for ${shown} ${version}: ${why}.`));
  }
  const err = await ctx.fetcher.fetchPackage(instPath, real.packageAddr);
  if (err !== undefined) {
    const detail = `Could not download module "${call.name}" (${at}) source code from "${moduleSourceString(real)}": ${err}.`;
    return fail(...diagnostics, errorDiag("Failed to download module", detail, call.declRange));
  }
  const subdir = real.subdir !== "" && addr.subdir !== "" ? posix.join(real.subdir, addr.subdir) : real.subdir || addr.subdir;
  const modDir = subdir === "" ? instPath : posix.join(instPath, subdir);
  const loaded = loadFetched(ctx, modDir, path, shown, subdir !== "" ? { instPath, subdir } : undefined);
  const record: ManifestRecord = { key, source: shown, version, dir: modDir };
  ctx.hooks.install(key, version, modDir);
  return { ...loaded, record, diagnostics: [...diagnostics, ...loaded.diagnostics] };
}

/** Installs a module from a remote package address (git, http, file). */
export async function installGoGetterModule(ctx: RemoteInstall, call: ModuleCall, path: readonly string[], key: string, instPath: string, addr: RemoteSource): Promise<Installed> {
  ctx.hooks.download(key, addr.packageAddr, undefined);
  const err = await ctx.fetcher.fetchPackage(instPath, addr.packageAddr);
  if (err !== undefined) {
    const detail = `Could not download module "${call.name}" (${callSite(call)}) source code from "${addr.packageAddr}": ${err}`;
    return fail(errorDiag("Failed to download module", detail, call.declRange));
  }
  const modDir = addr.subdir === "" ? instPath : posix.join(instPath, addr.subdir);
  const source = moduleSourceString(addr);
  const loaded = loadFetched(ctx, modDir, path, source, undefined);
  ctx.hooks.install(key, undefined, modDir);
  return { ...loaded, record: { key, source, dir: modDir } };
}

// Loads the module out of the fetched package, explaining a missing subdirectory.
function loadFetched(ctx: RemoteInstall, modDir: string, path: readonly string[], source: string, sub: { instPath: string; subdir: string } | undefined): Installed {
  const r = readModuleDir(join(ctx.rootDir, modDir), modDir);
  for (const [k, v] of r.files) ctx.files.set(k, v);
  if (!r.draft) {
    if (sub && existsSync(join(ctx.rootDir, sub.instPath)) && !existsSync(join(ctx.rootDir, modDir))) {
      return fail(errorDiag("Unreadable module subdirectory", `The directory ${modDir} does not exist. The target submodule ${sub.subdir} does not exist within the target module.`));
    }
    return fail(errorDiag("Unreadable module directory", `The directory ${modDir} could not be read. This is a bug in Terrane and should be reported.`));
  }
  const versionDiags = checkCoreVersionRequirements(r.draft.coreVersionConstraints, path, source);
  return { draft: r.draft, diagnostics: hasErrors(versionDiags) ? versionDiags : r.diagnostics };
}

function fail(...diagnostics: Diagnostic[]): Installed {
  return { diagnostics };
}

function callSite(call: ModuleCall): string {
  return `${call.declRange.filename}:${call.declRange.start.line}`;
}
