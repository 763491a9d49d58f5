import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { errorDiag, type Diagnostic } from "../../lang/source/diagnostics.js";

// `.terraform/modules/modules.json`: where `terraform init` installed each non-local module
// (modsdir.Manifest). Terrane reads it to find modules installed from registries and remote sources.

/** One installed module: its key (`a.b` for module.a.module.b), source as written at install time, directory. */
export interface ManifestRecord {
  readonly key: string;
  readonly source: string;
  /** Relative to the root module's directory, as Terraform records it. */
  readonly dir: string;
  readonly version?: string;
}

/** The installed modules by key; empty when there is no manifest. */
export type ModuleManifest = ReadonlyMap<string, ManifestRecord>;

/** The manifest's path under a root module directory. */
export function manifestPath(rootDir: string): string {
  return join(rootDir, ".terraform", "modules", "modules.json");
}

/** Reads the manifest of a root module, if there is one. */
export function readModuleManifest(rootDir: string): { manifest?: ModuleManifest; diagnostics: Diagnostic[] } {
  const path = manifestPath(rootDir);
  if (!existsSync(path)) return { diagnostics: [] };
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, "utf8"));
    return { manifest: recordsOf(parsed), diagnostics: [] };
  } catch (e) {
    const detail = `The module manifest ${path} could not be read: ${e instanceof Error ? e.message : String(e)}. Run "terraform init" to install all modules required by this configuration.`;
    return { diagnostics: [errorDiag("Failed to read module manifest", detail)] };
  }
}

function recordsOf(parsed: unknown): ModuleManifest {
  const modules = (parsed as { Modules?: unknown }).Modules;
  if (!Array.isArray(modules)) throw new Error("no Modules list");
  const out = new Map<string, ManifestRecord>();
  for (const m of modules as Record<string, unknown>[]) {
    if (typeof m.Key !== "string" || typeof m.Dir !== "string") throw new Error("a module record has no Key or Dir");
    const source = typeof m.Source === "string" ? m.Source : "";
    const record: ManifestRecord = { key: m.Key, source, dir: m.Dir, ...(typeof m.Version === "string" ? { version: m.Version } : {}) };
    out.set(m.Key, record);
  }
  return out;
}
