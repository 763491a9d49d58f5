import { isAbsolute, join } from "node:path";
import { errorDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import { readModuleDir } from "./loader.js";
import type { ModuleManifest } from "./module-manifest.js";
import type { ModuleDraft } from "./module-draft.js";
import { moduleSourceString } from "./module-source.js";
import type { ModuleCall } from "./model.js";
import { constraintsAllow, parseConstraints, parseVersion } from "./version-constraint.js";

/** A module installed by `terraform init`, loaded from its manifest record. */
export interface InstalledModule {
  readonly draft?: ModuleDraft;
  readonly dir: string;
  readonly displayDir: string;
  readonly files: ReadonlyMap<string, string>;
  readonly diagnostics: Diagnostic[];
}

const INIT_HINT = 'Run "terraform init" to install all modules required by this configuration.';

/**
 * Finds and loads the module a registry or remote source was installed as (configs/configload's
 * moduleWalkerLoad): the manifest record must exist and agree with the call's source and version.
 */
export function resolveInstalledModule(rootDir: string, manifest: ModuleManifest | undefined, path: readonly string[], call: ModuleCall): InstalledModule {
  const none = { dir: "", displayDir: "", files: new Map<string, string>() };
  const record = manifest?.get(path.join("."));
  if (!record) {
    const detail = `This module is not yet installed. ${INIT_HINT}`;
    return { ...none, diagnostics: [errorDiag("Module not installed", detail, call.declRange)] };
  }
  const diagnostics = recordMismatches(record.source, record.version, call);
  const dir = isAbsolute(record.dir) ? record.dir : join(rootDir, record.dir);
  const r = readModuleDir(dir, record.dir);
  if (!r.draft) {
    const detail = `This module's local cache directory ${record.dir} could not be read. ${INIT_HINT}`;
    return { ...none, diagnostics: [errorDiag("Module not installed", detail, call.declRange)] };
  }
  return { draft: r.draft, dir, displayDir: record.dir, files: r.files, diagnostics: [...diagnostics, ...r.diagnostics] };
}

function recordMismatches(source: string, version: string | undefined, call: ModuleCall): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (call.sourceAddr && moduleSourceString(call.sourceAddr) !== source) {
    const detail = `The source address was changed since this module was installed. ${INIT_HINT}`;
    out.push(errorDiag("Module source has changed", detail, call.sourceRange));
  }
  const constraints = call.version === undefined ? [] : (parseConstraints(call.version) ?? []);
  if (constraints.length === 0) return out;
  const installed = version === undefined ? undefined : parseVersion(version);
  if (!installed) {
    const detail = `The version requirements have changed since this module was installed and the installed version is no longer acceptable. ${INIT_HINT}`;
    out.push(errorDiag("Module version requirements have changed", detail, call.sourceRange));
  } else if (!constraintsAllow(constraints, installed)) {
    const detail = `The version requirements have changed since this module was installed and the installed version (${version}) is no longer acceptable. ${INIT_HINT}`;
    out.push(errorDiag("Module version requirements have changed", detail, call.sourceRange));
  }
  return out;
}
