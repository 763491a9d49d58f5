import { chmodSync, linkSync, lstatSync, mkdirSync, realpathSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, join, posix, relative, sep } from "node:path";
import { unsafeEntryName } from "../../providers/installer/safe-unzip.js";
import type { ArchiveEntry } from "./tar-reader.js";

// Writes a module archive's entries into a directory, refusing anything that would reach outside it:
// names with `..` or absolute names, links whose target resolves outside the directory, device files
// and pipes, and writes through a link already unpacked. Files keep their permission bits (so a
// script stays executable). Errors are go-getter's sentences where it has one (`entry contains '..'`).

/** Unpacks entries into `target` (created if missing); an error message when the archive is unsafe. */
export function unpackEntries(entries: readonly ArchiveEntry[], target: string): string | undefined {
  if (entries.length === 0) return "empty archive";
  mkdirSync(target, { recursive: true });
  const root = realpathSync.native(target);
  const links: { path: string; name: string; linkTarget: string }[] = [];
  for (const entry of entries) {
    const err = unsafeEntryName(entry.name) ?? unpackOne(entry, root, links);
    if (err) return err;
  }
  for (const link of links) {
    const err = checkResolvedLink(root, link.path, link.name, link.linkTarget);
    if (err) return err;
  }
  return undefined;
}

function unpackOne(entry: ArchiveEntry, root: string, links: { path: string; name: string; linkTarget: string }[]): string | undefined {
  const path = join(root, ...entry.name.replaceAll("\\", "/").split("/").filter((p) => p !== "" && p !== "."));
  if (path === root) return entry.kind === "dir" ? undefined : `entry has no name: ${JSON.stringify(entry.name)}`;
  const parentErr = ensureParent(root, path, entry.name);
  if (parentErr) return parentErr;
  switch (entry.kind) {
    case "dir":
      mkdirSync(path, { recursive: true });
      return insideReal(root, path) ? undefined : `entry ${entry.name} is written through a link outside the package`;
    case "file":
      writeFileSync(path, entry.read(), { mode: fileMode(entry.mode) });
      chmodSync(path, fileMode(entry.mode));
      return undefined;
    case "symlink":
      return makeSymlink(entry, root, path, links);
    case "hardlink":
      return makeHardlink(entry, root, path);
    case "special":
      return `entry ${entry.name} is a device file or named pipe, which a module package cannot contain`;
  }
}

// Parent directories are made as needed and must really be inside the package (not reached through a link).
function ensureParent(root: string, path: string, name: string): string | undefined {
  const parent = dirname(path);
  mkdirSync(parent, { recursive: true });
  if (!insideReal(root, parent)) return `entry ${name} is written through a link outside the package`;
  if (existsAsLink(path)) return `entry ${name} would be written through a link`;
  return undefined;
}

function makeSymlink(entry: ArchiveEntry, root: string, path: string, links: { path: string; name: string; linkTarget: string }[]): string | undefined {
  const linkTarget = entry.linkTarget ?? "";
  if (linkTarget === "" || isAbsolute(linkTarget) || linkTarget.startsWith("/")) return linkOutside(entry.name, linkTarget);
  const lexical = posix.normalize(posix.join(posix.dirname(relative(root, path).split(sep).join("/")), linkTarget));
  if (lexical === ".." || lexical.startsWith("../")) return linkOutside(entry.name, linkTarget);
  symlinkSync(linkTarget, path);
  links.push({ path, name: entry.name, linkTarget });
  return undefined;
}

// A hard link names another entry of the same archive, which must already be unpacked.
function makeHardlink(entry: ArchiveEntry, root: string, path: string): string | undefined {
  const linkTarget = entry.linkTarget ?? "";
  if (unsafeEntryName(linkTarget) !== undefined || linkTarget === "") return linkOutside(entry.name, linkTarget);
  const source = join(root, ...linkTarget.split("/").filter((p) => p !== "" && p !== "."));
  if (!insideReal(root, source)) return linkOutside(entry.name, linkTarget);
  try {
    linkSync(source, path);
  } catch {
    return `entry ${entry.name} is a hard link to ${linkTarget}, which is not in the archive before it`;
  }
  return undefined;
}

// After everything is unpacked, each symlink must resolve (through any other links) inside the package.
function checkResolvedLink(root: string, path: string, name: string, linkTarget: string): string | undefined {
  try {
    const real = realpathSync.native(path);
    return within(root, real) ? undefined : linkOutside(name, linkTarget);
  } catch {
    return undefined; // dangling, and lexically inside: harmless
  }
}

function linkOutside(name: string, linkTarget: string): string {
  return `entry ${name} links to ${JSON.stringify(linkTarget)}, outside the module package`;
}

function insideReal(root: string, path: string): boolean {
  try {
    return within(root, realpathSync.native(path));
  } catch {
    return false;
  }
}

function within(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === "" || (!rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel));
}

function existsAsLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

// Only permission bits are kept; the owner can always read and write what was unpacked.
function fileMode(mode: number): number {
  return (mode & 0o777) | 0o600;
}
