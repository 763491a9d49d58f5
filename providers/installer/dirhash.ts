import { createHash } from "node:crypto";
import { lstatSync, readdirSync, readFileSync, realpathSync } from "node:fs";
import { join } from "node:path";
import { compareCodePoints } from "../../lang/text/code-point-order.js";
import { readZipEntries, ZipFormatError } from "./zip-reader.js";

// Go's golang.org/x/mod/sumdb/dirhash Hash1, which Terraform uses for `h1:` package hashes: for every
// file, sorted by its `/`-separated name, a line `<sha256 hex>  <name>\n`; the result is "h1:" and the
// base64 of the sha256 of those lines. A directory is walked without following symlinked directories;
// a zip's entries are hashed as stored, directory entries included, without unpacking it.

/** A named file whose contents can be read on demand. */
interface HashInput {
  readonly name: string;
  read(): Buffer;
}

/** Hash1 of the files under a directory (dirhash.HashDir with an empty prefix). */
export function hashDirV1(dir: string): { hash: string } | { error: string } {
  let root: string;
  try {
    root = realpathSync(dir);
    if (!lstatSync(root).isDirectory()) return { error: `${dir} is not a directory` };
    return hash1(dirFiles(root, ""));
  } catch (e) {
    return { error: (e as Error).message };
  }
}

/** Hash1 of a zip archive's entries (dirhash.HashZip). */
export function hashZipV1(zipPath: string): { hash: string } | { error: string } {
  try {
    const r = readZipEntries(readFileSync(zipPath));
    return "error" in r ? r : hash1(r.entries);
  } catch (e) {
    if (e instanceof ZipFormatError || isFsError(e)) return { error: (e as Error).message };
    throw e;
  }
}

function hash1(files: readonly HashInput[]): { hash: string } | { error: string } {
  const sorted = [...files].sort((a, b) => compareCodePoints(a.name, b.name));
  const summary = createHash("sha256");
  for (const f of sorted) {
    if (f.name.includes("\n")) return { error: "dirhash: filenames with newlines are not supported" };
    const sum = createHash("sha256").update(f.read()).digest("hex");
    summary.update(`${sum}  ${f.name}\n`);
  }
  return { hash: `h1:${summary.digest("base64")}` };
}

function dirFiles(dir: string, rel: string): HashInput[] {
  const out: HashInput[] = [];
  for (const name of readdirSync(join(dir, rel))) {
    const relName = rel === "" ? name : `${rel}/${name}`;
    const full = join(dir, relName);
    if (lstatSync(full).isDirectory()) out.push(...dirFiles(dir, relName));
    else out.push({ name: relName, read: () => readFileSync(full) });
  }
  return out;
}

function isFsError(e: unknown): boolean {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === "string";
}
