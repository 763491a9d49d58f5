import { randomBytes } from "node:crypto";
import { closeSync, fchmodSync, fsyncSync, mkdirSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";

// Replacing a file so that a crash at any moment leaves either the old or the new complete file:
// the new content goes to a temporary file in the same directory, is flushed to disk, renamed over
// the target (an atomic replacement on POSIX file systems and NTFS), and the directory is flushed so
// that the rename itself survives a power failure. A crash before the rename can leave a temporary
// `.NAME.PID.RANDOM.tmp` file behind, never a damaged target.

/**
 * Atomically replaces (or creates) `path` with `data`, keeping an existing file's permission bits;
 * when `path` is a symbolic link, the file it points to is replaced and the link kept. Synchronous, so
 * callers that cannot wait for the event loop (an exit handler) can use it too.
 */
export function writeFileAtomicSync(target: string, data: string, mode = 0o666): void {
  let path = target;
  try {
    path = realpathSync(target);
  } catch {
    // a new file: write it where it was named
  }
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const keepMode = existingModeSync(path);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  const fd = openSync(tmp, "wx", keepMode ?? mode);
  try {
    try {
      writeSync(fd, data, null, "utf8");
      if (keepMode !== undefined) fchmodSync(fd, keepMode);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // already gone
    }
    throw e;
  }
  syncDirectorySync(dir);
}

function existingModeSync(path: string): number | undefined {
  try {
    return statSync(path).mode & 0o7777;
  } catch {
    return undefined;
  }
}

/** Flushes a directory's entries to disk; a no-op where directories cannot be opened (Windows). */
export function syncDirectorySync(dir: string): void {
  let fd: number;
  try {
    fd = openSync(dir, "r");
  } catch {
    return;
  }
  try {
    fsyncSync(fd);
  } catch {
    // some file systems refuse fsync on directories; the rename has still happened
  } finally {
    closeSync(fd);
  }
}
