import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { manifestPath, type ManifestRecord } from "../configs/module-manifest.js";

// Writes `.terraform/modules/modules.json` byte for byte as Terraform's modsdir.Manifest does: one line
// of compact JSON, `{"Modules":[...]}`, records sorted by key (the root module's "" first), each with
// Key, Source, Version (only when there is one) and Dir, `/`-separated; Go's JSON escapes for < > &.

/** Serializes manifest records as Terraform does. */
export function manifestBytes(records: Iterable<ManifestRecord>): string {
  const sorted = [...records].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const modules = sorted.map((r) => ({
    Key: r.key,
    Source: r.source,
    ...(r.version !== undefined ? { Version: r.version } : {}),
    Dir: r.dir.replaceAll("\\", "/"),
  }));
  return goJsonEscape(JSON.stringify({ Modules: modules }));
}

/** Writes the manifest under a root module directory. */
export function writeModuleManifest(rootDir: string, records: Iterable<ManifestRecord>): void {
  const path = manifestPath(rootDir);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, manifestBytes(records));
}

// encoding/json's HTML-safe escaping, and the two line separators JavaScript leaves alone.
function goJsonEscape(json: string): string {
  return json
    .replaceAll("<", "\\u003c")
    .replaceAll(">", "\\u003e")
    .replaceAll("&", "\\u0026")
    .replaceAll("\u2028", "\\u2028")
    .replaceAll("\u2029", "\\u2029");
}
