import { closeSync, fsyncSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from "node:fs";

// The journal file beside a local state (`terraform.tfstate.journal`, a name Terraform does not
// use): the changes an operation made since the snapshot it last wrote, appended one record per
// change with one plain write(2) each, synchronously, before the operation goes on. A process that
// is killed loses nothing it wrote that way (the bytes are in the kernel's page cache); a machine
// that crashes can lose the records written since the last fsync, which happens each time a
// snapshot is about to be written, so at worst the changes of the last snapshot interval. The
// journal is removed once a snapshot holding all its records has replaced the state file.

/** The journal path of a state file (`terraform.tfstate` -> `terraform.tfstate.journal`). */
export function journalPathOf(statePath: string): string {
  return `${statePath}.journal`;
}

/** One journal file, opened on the first record after a snapshot and removed at the next. */
export class JournalFile {
  #fd: number | undefined;

  /** `path` is absolute; `statePath` is the state file whose permissions the journal copies. */
  constructor(
    readonly path: string,
    readonly statePath: string,
  ) {}

  /** Appends `line`; a new journal, starting with `header()`, when none is open. Synchronous, no fsync. */
  append(line: string, header: () => string): void {
    if (this.#fd === undefined) {
      const fd = openSync(this.path, "w", modeOf(this.statePath));
      this.#fd = fd;
      writeAll(fd, header() + line);
    } else {
      writeAll(this.#fd, line);
    }
  }

  /** Flushes the open journal to disk (before a snapshot is written, so that a machine crash during it loses nothing). */
  sync(): void {
    if (this.#fd !== undefined) fsyncSync(this.#fd);
  }

  /** Closes and removes the journal (also one left by an earlier run): a snapshot now holds all of it. */
  discard(): void {
    this.close();
    removeJournal(this.path);
  }

  /** Closes the journal, leaving the file. */
  close(): void {
    if (this.#fd === undefined) return;
    const fd = this.#fd;
    this.#fd = undefined;
    closeSync(fd);
  }
}

/** The text of the journal at `path`; undefined when there is none. */
export function readJournalFile(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw e;
  }
}

/** Removes the journal at `path` if there is one; one that cannot be removed is replaced by the next journal ("w"). */
export function removeJournal(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // none there, or not removable
  }
}

/** Renames a journal that must not be applied to `PATH.<unix ms>.rejected`; the new path. */
export function setJournalAside(path: string): string {
  const aside = `${path}.${Date.now()}.rejected`;
  renameSync(path, aside);
  return aside;
}

// The state file's permission bits (the journal holds the same data), or os.Create's 0666.
function modeOf(statePath: string): number {
  try {
    return statSync(statePath).mode & 0o777;
  } catch {
    return 0o666;
  }
}

// write(2) may write less than asked; the rest follows at once.
function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, "utf8");
  let done = 0;
  while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done);
}
