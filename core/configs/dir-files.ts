import { readdirSync } from "node:fs";
import { posix } from "node:path";
import { errorDiag, type Diagnostic } from "../../lang/source/diagnostics.js";

// Which files of a directory make up a module (configs.Parser.dirFileSet): `*.tf` and `*.tf.json`
// directly in it, in filename order, editor and hidden files left out, override files apart.

/** One configuration file of a module directory. */
export interface ConfigFileEntry {
  /** The file name within the directory. */
  readonly name: string;
  /** The path as diagnostics show it (the display directory joined with the name). */
  readonly displayPath: string;
  readonly json: boolean;
}

/** The primary and override files of a directory; undefined lists when it cannot be read. */
export interface DirFileSet {
  readonly primary: ConfigFileEntry[];
  readonly override: ConfigFileEntry[];
}

/** Lists a module directory's configuration files, or reports that the directory cannot be read. */
export function dirFileSet(dir: string, displayDir: string): { files?: DirFileSet; diagnostics: Diagnostic[] } {
  let names: string[];
  try {
    names = readdirSync(dir, { withFileTypes: true })
      .filter((e) => !e.isDirectory())
      .map((e) => e.name);
  } catch {
    const detail = `Module directory ${displayDir} does not exist or cannot be read.`;
    return { diagnostics: [errorDiag("Failed to read module directory", detail)] };
  }
  const files: DirFileSet = { primary: [], override: [] };
  for (const name of names.sort(compareBytes)) {
    const ext = configExtension(name);
    if (!ext || isIgnoredFile(name)) continue;
    const entry = { name, displayPath: goPathJoin(displayDir, name), json: ext === ".tf.json" };
    const base = name.slice(0, -ext.length);
    (base === "override" || base.endsWith("_override") ? files.override : files.primary).push(entry);
  }
  return { files, diagnostics: [] };
}

function configExtension(name: string): ".tf" | ".tf.json" | undefined {
  if (name.endsWith(".tf")) return ".tf";
  if (name.endsWith(".tf.json")) return ".tf.json";
  return undefined;
}

/** Hidden files and editor leftovers (`.x`, `x~`, `#x#`), which Terraform skips (configs.IsIgnoredFile). */
export function isIgnoredFile(name: string): boolean {
  return name.startsWith(".") || name.endsWith("~") || (name.startsWith("#") && name.endsWith("#"));
}

/** Go's filepath.Join on slash paths: joined and cleaned, with "." for the current directory dropped. */
export function goPathJoin(dir: string, name: string): string {
  const joined = posix.normalize(`${dir}/${name}`);
  return joined.length > 1 && joined.endsWith("/") ? joined.slice(0, -1) : joined;
}

// Go sorts directory entries by the bytes of their names.
function compareBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}
