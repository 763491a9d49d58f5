import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve, sep } from "node:path";
import { readZipEntries, ZipFormatError } from "./zip-reader.js";

// Unpacking a provider zip archive into a directory (go-getter's ZipDecompressor as Terraform uses it):
// no entry may leave the directory (`..`, absolute names), symlink entries are refused, and each file
// keeps the permission bits the archive records (so the provider stays executable).

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const S_IFDIR = 0o040000;

/** Unpacks the archive into `targetDir` (created if needed); an error message when it cannot. */
export function unzipInto(archivePath: string, targetDir: string): string | undefined {
  let data: Buffer;
  try {
    data = readFileSync(archivePath);
  } catch (e) {
    return `failed to decompress: ${(e as Error).message}`;
  }
  const r = readZipEntries(data);
  if ("error" in r) return `failed to decompress: ${r.error}`;
  const root = resolve(targetDir);
  try {
    mkdirSync(root, { recursive: true });
    for (const entry of r.entries) {
      const bad = checkName(entry.name, root);
      if (bad) return `failed to decompress: ${bad}`;
      if ((entry.unixMode & S_IFMT) === S_IFLNK) return `failed to decompress: entry is a symlink, which is not allowed: ${entry.name}`;
      const dest = join(root, entry.name);
      if (entry.name.endsWith("/") || (entry.unixMode & S_IFMT) === S_IFDIR) {
        mkdirSync(dest, { recursive: true });
        continue;
      }
      mkdirSync(dirname(dest), { recursive: true });
      writeFileSync(dest, entry.read());
      chmodSync(dest, (entry.unixMode & 0o777) || 0o644);
    }
  } catch (e) {
    if (e instanceof ZipFormatError || (e as NodeJS.ErrnoException).code !== undefined) return `failed to decompress: ${(e as Error).message}`;
    throw e;
  }
  return undefined;
}

/** Why an archive entry's name could reach outside the directory it is unpacked into (go-getter's texts), if it could. */
export function unsafeEntryName(name: string): string | undefined {
  const slashed = name.replaceAll("\\", "/");
  if (slashed.split("/").includes("..")) return `entry contains '..': ${name}`;
  if (slashed.startsWith("/") || /^[A-Za-z]:/.test(slashed)) return `entry has an absolute path: ${name}`;
  return undefined;
}

function checkName(name: string, root: string): string | undefined {
  const unsafe = unsafeEntryName(name);
  if (unsafe) return unsafe;
  const dest = resolve(root, name);
  if (dest !== root && !dest.startsWith(root + sep)) return `entry is outside the target directory: ${name}`;
  return undefined;
}
