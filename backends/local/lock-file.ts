import { randomBytes } from "node:crypto";
import { link, mkdir, open, readFile, unlink, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { basename, dirname, join } from "node:path";
import { LOCK_HELD_MESSAGE, LockError, marshalLockInfo, parseLockInfo, type LockInfo } from "../../core/statemgr/index.js";

// The local state lock: `.NAME.lock.info` next to the state file (the file Terraform writes its lock
// metadata to), created exclusively and holding the lock info JSON plus the holder's pid and host.
// Terraform itself takes an fcntl lock on the state file and writes this file beside it, so while a
// Terraform process holds a lock Terrane sees the file and waits. The file is made complete in a
// temporary file first and hard-linked into place, so nobody ever reads a half-written lock.
// A lock whose holder was a process on this host that is no longer running is stale (a run killed
// with SIGKILL leaves it): it is removed and the lock taken, under a short-lived `.break` file so that
// two processes breaking it at once cannot remove each other's fresh lock. A lock of another host,
// or of a process that still runs, is never broken.

/** The lock info path for a state file (`terraform.tfstate` -> `.terraform.tfstate.lock.info`). */
export function lockInfoPath(statePath: string): string {
  const name = basename(statePath).replace(/^\./, "");
  return join(dirname(statePath), `.${name}.lock.info`);
}

/** Creates the lock file holding `info`: a LockError describing the current holder, or the stale lock it replaced. */
export async function createLockFile(path: string, info: LockInfo, statePath: string): Promise<LockError | { readonly replaced?: LockInfo }> {
  await mkdir(dirname(path), { recursive: true });
  let replaced: LockInfo | undefined;
  for (let attempt = 0; attempt < 3; attempt++) {
    const created = await exclusiveCreate(path, marshalLockInfo(info));
    if (created) return replaced ? { replaced } : {};
    const holder = await readLockFile(path, statePath);
    if (holder instanceof LockError) return holder;
    if (holder !== undefined && !holderIsDead(holder)) return heldError(holder);
    if (holder !== undefined) {
      if (!(await breakStaleLock(path, holder, statePath))) return heldError(holder);
      replaced = holder;
    }
    // the holder let go (or was dead) between our attempt and the read: try again
  }
  return new LockError(LOCK_HELD_MESSAGE);
}

/** Removes a dead holder's lock file, unless another process is breaking it or it changed meanwhile. */
async function breakStaleLock(path: string, stale: LockInfo, statePath: string): Promise<boolean> {
  const guard = `${path}.break`;
  if (!(await exclusiveCreate(guard, String(process.pid)))) return false;
  try {
    const now = await readLockFile(path, statePath);
    if (now instanceof LockError || (now !== undefined && now.id !== stale.id)) return false;
    await unlink(path).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== "ENOENT") throw e;
    });
    return true;
  } finally {
    await unlink(guard).catch(() => undefined);
  }
}

/** The lock info in the lock file; undefined when there is no lock; a LockError when it cannot be read. */
export async function readLockFile(path: string, statePath: string): Promise<LockInfo | LockError | undefined> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    return new LockError(`${LOCK_HELD_MESSAGE}: ${(e as Error).message}`);
  }
  const info = parseLockInfo(text);
  if ("error" in info) {
    const infoErr = `state file "${statePath}" locked, but could not unmarshal lock info: ${info.error}`;
    return new LockError(`2 errors occurred:\n\t* ${LOCK_HELD_MESSAGE}\n\t* ${infoErr}\n\n`);
  }
  return info;
}

/** Removes the lock file if it holds the lock `id`; otherwise Terraform's errors for unlocking. */
export async function removeLockFile(path: string, id: string, statePath: string): Promise<LockError | undefined> {
  const holder = await readLockFile(path, statePath);
  if (holder === undefined) return new LockError("LocalState not locked");
  if (holder instanceof LockError) return holder;
  if (holder.id !== id) return new LockError(`invalid lock id: ${JSON.stringify(id)}. current id: ${JSON.stringify(holder.id)}`, holder);
  try {
    await unlink(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") return new LockError(`failed to remove lock file: ${(e as Error).message}`, holder);
  }
  return undefined;
}

/** True when the holder is a process on this host that is no longer running (its lock was left behind). */
export function holderIsDead(info: LockInfo): boolean {
  if (info.pid === undefined || info.host !== hostname() || info.pid === process.pid) return false;
  try {
    process.kill(info.pid, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "ESRCH";
  }
}

function heldError(info: LockInfo): LockError {
  return new LockError(LOCK_HELD_MESSAGE, info, holderIsDead(info));
}

// Writes the content to a private temporary file and links it to `path`, which fails if `path`
// exists; where hard links are not supported, falls back to an exclusive create.
async function exclusiveCreate(path: string, content: string): Promise<boolean> {
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  await writeFile(tmp, content, { mode: 0o600 });
  try {
    await link(tmp, path);
    return true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return false;
    if (code === "EPERM" || code === "ENOTSUP" || code === "EXDEV") return createExclusively(path, content);
    throw e;
  } finally {
    await unlink(tmp).catch(() => undefined);
  }
}

async function createExclusively(path: string, content: string): Promise<boolean> {
  try {
    const fh = await open(path, "wx", 0o600);
    try {
      await fh.writeFile(content);
    } finally {
      await fh.close();
    }
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw e;
  }
}
