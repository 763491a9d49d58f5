import { readFile } from "node:fs/promises";
import { hostname } from "node:os";
import { resolve } from "node:path";
import { errorDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import { newLineage, readStateFile, State, writeStateFile, writeStateFileChecked, type StateFile } from "../../core/states/index.js";
import {
  globalsRecordLine,
  instanceRecordLine,
  journalHeaderLine,
  LockError,
  nowRfc3339,
  type LockInfo,
  type SnapshotMeta,
  type StateChange,
  type StateJournal,
  type StateManager,
} from "../../core/statemgr/index.js";
import { writeFileAtomicSync } from "./atomic-write.js";
import { JournalFile, journalPathOf } from "./journal-file.js";
import { recoverJournal } from "./journal-recovery.js";
import { createLockFile, lockInfoPath, removeLockFile } from "./lock-file.js";
import { StateBackup } from "./state-backup.js";

// A state kept in a local file (statemgr.Filesystem): the first snapshot is read from `readPath`
// (the -state path), every snapshot is written to `path` (-state-out), atomically. Serial and
// lineage: a state with no file gets a new lineage; each write whose content differs from the last
// snapshot read or written gets the next serial, an unchanged one keeps it (and is not rewritten),
// unless the writer gives the serial itself (an operation counting its logical writes, SerialCounter).
// Backup: the content of `path` when this manager first opens it (lock or first write) is written to
// `backupPath` once, just before the first write that changes the state, as Terraform does
// (state-backup.ts); after a journal was replayed, the backup holds the state as replayed.
//
// Journal (`PATH.journal`, see journal-file.ts): between snapshots, writeChange appends each change
// of the state last persisted; every snapshot fsyncs the journal first and removes it once the new
// file is in place. Snapshots are written with synchronous I/O, so that no record can be appended
// while a snapshot that lacks it is being written. Refresh replays a journal found beside the file
// read (journal-recovery.ts): the state read is then the one the run that left it had applied, and
// the next persist writes it even when nothing else changed.

/** Where a local state lives; paths are as the user gave them, relative to `cwd`. */
export interface FilesystemStateOptions {
  readonly cwd: string;
  /** Where snapshots are written (and read from after the first write). */
  readonly path: string;
  /** Where the first snapshot is read from; `path` when not given. */
  readonly readPath?: string;
  /** Where the backup is written; none when not given. */
  readonly backupPath?: string;
  /** The `terraform_version` recorded in written files. */
  readonly terraformVersion: string;
}

type Loaded = { file?: StateFile; text?: string; diagnostics: Diagnostic[] };

/** What one persist writes: the state file's text, the backup's when due, and the snapshot it makes current. */
interface PendingWrite {
  readonly text: string;
  readonly backup?: string;
  readonly file: StateFile;
}

/** A StateManager over local files, with a lock file and, between snapshots, a journal beside the state. */
export class FilesystemState implements StateManager, StateJournal {
  readonly path: string;
  readonly backupPath: string | undefined;
  readonly lockPath: string;
  #readPath: string;
  readonly #opts: FilesystemStateOptions;
  #file: StateFile | undefined;
  #held: State | undefined;
  #pending = false;
  #baseline: string | undefined;
  #pathHolds = false;
  #readSnapshot: Loaded | undefined;
  readonly #backup: StateBackup | undefined;
  #queue: Promise<unknown> = Promise.resolve();
  #lockId: string | undefined;
  /** A stale lock (its holder died on this host) that the last lock() replaced. */
  staleLockRemoved: LockInfo | undefined;
  #heldSerial: number | undefined;
  #writes = 0;
  readonly #journal: JournalFile;
  #journalBase: State | undefined;
  #records = 0;
  #replayed = 0;

  constructor(opts: FilesystemStateOptions) {
    this.#opts = opts;
    this.path = opts.path;
    this.#readPath = opts.readPath ?? opts.path;
    this.backupPath = opts.backupPath;
    this.#backup = opts.backupPath === undefined ? undefined : new StateBackup(this.#abs(opts.path), opts.terraformVersion);
    this.lockPath = lockInfoPath(opts.path);
    this.#journal = new JournalFile(this.#abs(journalPathOf(opts.path)), this.#abs(opts.path));
  }

  /** The journal beside the written state file, as given (relative to cwd). */
  get journalPath(): string {
    return journalPathOf(this.path);
  }

  /** How many changes were appended to the journal, and how many the last refresh replayed. */
  get journalCounts(): { readonly appended: number; readonly replayed: number } {
    return { appended: this.#records, replayed: this.#replayed };
  }

  /** The path the next refresh reads (the read path until the first write, then the write path). */
  get readPath(): string {
    return this.#readPath;
  }

  async refresh(): Promise<Diagnostic[]> {
    let loaded = await this.#load(this.#readPath);
    if (loaded.diagnostics.some((d) => d.severity === "error")) return loaded.diagnostics;
    let recovered = this.#recover(loaded);
    if (this.#lockId === undefined && recovered.diagnostics.length > 0) {
      // Without the lock, a running operation may have replaced the file and its journal between the two reads.
      loaded = await this.#load(this.#readPath);
      if (loaded.diagnostics.some((d) => d.severity === "error")) return loaded.diagnostics;
      recovered = this.#recover(loaded);
    }
    this.#file = recovered.file;
    // The backup, when due, is of the state as read, journal included.
    this.#readSnapshot = { ...loaded, ...(recovered.file ? { file: recovered.file } : {}) };
    this.#held = undefined;
    this.#heldSerial = undefined;
    this.#pending = false;
    this.#baseline = undefined;
    this.#replayed = recovered.replayed;
    this.#pathHolds = loaded.file !== undefined && this.#readPath === this.path && recovered.replayed === 0;
    this.#journalBase = this.#pathHolds ? this.#file?.state : undefined;
    return [...loaded.diagnostics, ...recovered.diagnostics];
  }

  #recover(loaded: Loaded): ReturnType<typeof recoverJournal> {
    return recoverJournal(this.#abs(journalPathOf(this.#readPath)), loaded, this.#lockId !== undefined);
  }

  state(): State {
    return (this.#held ??= this.#file?.state ?? new State());
  }

  snapshotMeta(): SnapshotMeta | undefined {
    const f = this.#file;
    return f && { lineage: f.lineage, serial: f.serial, terraformVersion: f.terraformVersion };
  }

  writeState(state: State, serial?: number): void {
    this.#hold(state, serial);
    // Whatever changed is not in the journal: it can extend nothing until the next snapshot.
    this.#journalBase = undefined;
  }

  writeChange(state: State, serial: number, change: StateChange): { journaled: boolean; diagnostics: Diagnostic[] } {
    this.#hold(state, serial);
    const file = this.#file;
    if (this.#journalBase !== state || !this.#pathHolds || !file) return { journaled: false, diagnostics: [] };
    const line = change === "globals" ? globalsRecordLine(state, serial) : instanceRecordLine(state, change, serial);
    try {
      this.#journal.append(line, () => journalHeaderLine({ lineage: file.lineage, serial: file.serial }));
    } catch (e) {
      this.#journalBase = undefined;
      return { journaled: false, diagnostics: [errorDiag("Failed to save state", `Error saving state: ${(e as Error).message}`)] };
    }
    this.#records++;
    return { journaled: true, diagnostics: [] };
  }

  #hold(state: State, serial: number | undefined): void {
    this.#held = state;
    this.#heldSerial = serial;
    this.#pending = true;
  }

  /** How many times a snapshot was written to the state file. */
  get writeCount(): number {
    return this.#writes;
  }

  /** persistStateSync, queued after any persist already asked for (the I/O is synchronous, see above). */
  persistState(): Promise<Diagnostic[]> {
    const run = this.#queue.catch(() => undefined).then(() => this.persistStateSync());
    this.#queue = run;
    return run;
  }

  /**
   * Persists at once with synchronous file operations: the journal flushed, the backup when due, the
   * state file replaced atomically, then the journal removed.
   */
  persistStateSync(): Diagnostic[] {
    const prepared = this.#prepare();
    if (!prepared.write) return prepared.diagnostics;
    try {
      this.#journal.sync();
      if (prepared.write.backup !== undefined) writeFileAtomicSync(this.#abs(this.backupPath!), prepared.write.backup);
      writeFileAtomicSync(this.#abs(this.path), prepared.write.text);
    } catch (e) {
      return this.#failed(prepared.diagnostics, e);
    }
    this.#commit(prepared.write);
    return prepared.diagnostics;
  }

  // Decides what persisting the held state writes: nothing when it is unchanged and its serial too;
  // otherwise its text with the serial it gets, and the backup's text when one is due.
  #prepare(): { write?: PendingWrite; diagnostics: Diagnostic[] } {
    if (!this.#pending) return { diagnostics: [] };
    this.#pending = false;
    const state = this.state();
    const file = this.#file ?? { terraformVersion: this.#opts.terraformVersion, serial: 0, lineage: newLineage(), state };
    const written = writeStateFileChecked({ terraformVersion: this.#opts.terraformVersion, serial: file.serial, lineage: file.lineage, state });
    let text = written.text;
    const changed = this.#file === undefined || text !== this.#baselineText();
    const serial = this.#heldSerial ?? (changed ? file.serial + 1 : file.serial);
    if (!changed && serial === file.serial && this.#pathHolds) {
      // The file holds this state already: later changes of it can be journaled against the file.
      this.#file = { ...file, state };
      this.#journalBase = state;
      return { diagnostics: written.diagnostics };
    }
    if (serial !== file.serial) text = withSerial(text, file.serial, serial);
    const backup = this.#backup?.textBefore(written.text, file, this.#readSnapshot);
    const next = { terraformVersion: this.#opts.terraformVersion, serial, lineage: file.lineage, state };
    return { write: { text, file: next, ...(backup !== undefined ? { backup } : {}) }, diagnostics: written.diagnostics };
  }

  #commit(write: PendingWrite): void {
    this.#journal.discard();
    this.#journalBase = write.file.state;
    this.#writes++;
    if (write.backup !== undefined) this.#backup?.markWritten();
    this.#file = write.file;
    this.#baseline = write.text;
    this.#pathHolds = true;
    this.#readPath = this.path;
  }

  #failed(diagnostics: Diagnostic[], e: unknown): Diagnostic[] {
    this.#pending = true;
    return [...diagnostics, errorDiag("Failed to save state", `Error saving state: ${(e as Error).message}`)];
  }

  async lock(info: LockInfo): Promise<string | LockError> {
    if (this.#lockId !== undefined) return new LockError(`state ${JSON.stringify(this.path)} already locked`);
    this.#backup?.open();
    const full: LockInfo = { ...info, path: this.#readPath, created: nowRfc3339(), pid: process.pid, host: hostname() };
    try {
      const created = await createLockFile(this.#abs(this.lockPath), full, this.#readPath);
      if (created instanceof LockError) return created;
      this.staleLockRemoved = created.replaced;
    } catch (e) {
      return new LockError(`could not write lock info for ${JSON.stringify(this.#readPath)}: ${(e as Error).message}`);
    }
    this.#lockId = info.id;
    return info.id;
  }

  async unlock(id: string): Promise<LockError | undefined> {
    const failed = await removeLockFile(this.#abs(this.lockPath), id, this.#readPath);
    if (!failed && id === this.#lockId) this.#lockId = undefined;
    return failed;
  }

  // The last snapshot's text as this manager would write it, to tell whether a new state differs.
  #baselineText(): string | undefined {
    if (this.#baseline === undefined && this.#file) this.#baseline = writeStateFile({ ...this.#file, terraformVersion: this.#opts.terraformVersion });
    return this.#baseline;
  }

  // Reads and parses a state file; a missing file is no state.
  async #load(path: string): Promise<Loaded> {
    let text: string;
    try {
      text = await readFile(this.#abs(path), "utf8");
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") return { diagnostics: [] };
      return { diagnostics: [errorDiag("Failed to load state", `Failed to load state: ${(e as Error).message}`)] };
    }
    const r = readStateFile(text);
    return r.file ? { file: r.file, text, diagnostics: r.diagnostics } : { diagnostics: r.diagnostics };
  }

  #abs(p: string): string {
    return resolve(this.#opts.cwd, p);
  }
}

// The serial is the third member of the header Terraform writes (`"serial": N,` on line 3), so a new
// serial is a replacement there rather than a second serialisation.
function withSerial(text: string, from: number, to: number): string {
  const old = `\n  "serial": ${from},\n`;
  const at = text.indexOf(old);
  if (at < 0) throw new Error(`state text has no serial ${from} header`);
  return `${text.slice(0, at)}\n  "serial": ${to},\n${text.slice(at + old.length)}`;
}
