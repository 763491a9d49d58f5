import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { hostname } from "node:os";
import { resolve } from "node:path";
import { errorDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import { newLineage, readStateFile, State, writeStateFile, writeStateFileChecked, type StateFile } from "../../core/states/index.js";
import { LockError, nowRfc3339, type LockInfo, type SnapshotMeta, type StateManager } from "../../core/statemgr/index.js";
import { writeFileAtomic, writeFileAtomicSync } from "./atomic-write.js";
import { createLockFile, lockInfoPath, removeLockFile } from "./lock-file.js";

// A state kept in a local file (statemgr.Filesystem): the first snapshot is read from `readPath`
// (the -state path), every snapshot is written to `path` (-state-out), atomically. Serial and
// lineage: a state with no file gets a new lineage; each write whose content differs from the last
// snapshot read or written gets the next serial, an unchanged one keeps it (and is not rewritten),
// unless the writer gives the serial itself (an operation counting its logical writes, SerialCounter).
// Backup: the content of `path` when this manager first opens it (lock or first write) is written to
// `backupPath` once, just before the first write that changes the state, as Terraform does.

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

/** A StateManager over local files, with a lock file beside the state. */
export class FilesystemState implements StateManager {
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
  #backupSource: Loaded | undefined;
  #backupCompare: { key: string; text: string } | undefined;
  #backupWritten = false;
  #queue: Promise<unknown> = Promise.resolve();
  #lockId: string | undefined;
  #heldSerial: number | undefined;
  #writes = 0;
  #busy = false;

  constructor(opts: FilesystemStateOptions) {
    this.#opts = opts;
    this.path = opts.path;
    this.#readPath = opts.readPath ?? opts.path;
    this.backupPath = opts.backupPath;
    this.lockPath = lockInfoPath(opts.path);
  }

  /** The path the next refresh reads (the read path until the first write, then the write path). */
  get readPath(): string {
    return this.#readPath;
  }

  async refresh(): Promise<Diagnostic[]> {
    const loaded = await this.#load(this.#readPath);
    if (loaded.diagnostics.some((d) => d.severity === "error")) return loaded.diagnostics;
    this.#file = loaded.file;
    this.#readSnapshot = loaded;
    this.#held = undefined;
    this.#heldSerial = undefined;
    this.#pending = false;
    this.#baseline = undefined;
    this.#pathHolds = loaded.file !== undefined && this.#readPath === this.path;
    return loaded.diagnostics;
  }

  state(): State {
    return (this.#held ??= this.#file?.state ?? new State());
  }

  snapshotMeta(): SnapshotMeta | undefined {
    const f = this.#file;
    return f && { lineage: f.lineage, serial: f.serial, terraformVersion: f.terraformVersion };
  }

  writeState(state: State, serial?: number): void {
    this.#held = state;
    this.#heldSerial = serial;
    this.#pending = true;
  }

  /** How many times a snapshot was written to the state file. */
  get writeCount(): number {
    return this.#writes;
  }

  persistState(): Promise<Diagnostic[]> {
    const run = this.#queue.catch(() => undefined).then(() => this.#persist());
    this.#queue = run;
    return run;
  }

  /**
   * Persists at once with synchronous file operations, for when the event loop does not turn (an
   * operation whose providers answer without I/O, see PersistBatcher). Not while persistState runs.
   */
  persistStateSync(): Diagnostic[] {
    if (this.#busy) throw new Error("persistStateSync called while an asynchronous persist is in flight");
    const prepared = this.#prepare();
    if (!prepared.write) return prepared.diagnostics;
    try {
      if (prepared.write.backup !== undefined) writeFileAtomicSync(this.#abs(this.backupPath!), prepared.write.backup);
      writeFileAtomicSync(this.#abs(this.path), prepared.write.text);
    } catch (e) {
      return this.#failed(prepared.diagnostics, e);
    }
    this.#commit(prepared.write);
    return prepared.diagnostics;
  }

  async #persist(): Promise<Diagnostic[]> {
    const prepared = this.#prepare();
    if (!prepared.write) return prepared.diagnostics;
    this.#busy = true;
    try {
      if (prepared.write.backup !== undefined) await writeFileAtomic(this.#abs(this.backupPath!), prepared.write.backup);
      await writeFileAtomic(this.#abs(this.path), prepared.write.text);
    } catch (e) {
      return this.#failed(prepared.diagnostics, e);
    } finally {
      this.#busy = false;
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
    if (!changed && serial === file.serial && this.#pathHolds) return { diagnostics: written.diagnostics };
    if (serial !== file.serial) text = withSerial(text, file.serial, serial);
    const backup = this.#backupText(written.text, file);
    const next = { terraformVersion: this.#opts.terraformVersion, serial, lineage: file.lineage, state };
    return { write: { text, file: next, ...(backup !== undefined ? { backup } : {}) }, diagnostics: written.diagnostics };
  }

  #commit(write: PendingWrite): void {
    this.#writes++;
    if (write.backup !== undefined) this.#backupWritten = true;
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
    this.#openBackupSource();
    const full: LockInfo = { ...info, path: this.#readPath, created: nowRfc3339(), pid: process.pid, host: hostname() };
    try {
      const failed = await createLockFile(this.#abs(this.lockPath), full, this.#readPath);
      if (failed) return failed;
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

  // Terraform keeps the content of the output file as it was when first opened as the backup. A file
  // that cannot be read is not backed up (refresh reports it when it is also the file read).
  #openBackupSource(): void {
    if (this.#backupSource || this.backupPath === undefined) return;
    try {
      this.#backupSource = { text: readFileSync(this.#abs(this.path), "utf8"), diagnostics: [] };
    } catch {
      this.#backupSource = { diagnostics: [] };
    }
  }

  // The backup's state, parsed once: the snapshot refresh read when the text is the same.
  #backupFile(): StateFile | undefined {
    const source = this.#backupSource;
    if (source?.text === undefined) return undefined;
    if (source.file === undefined) {
      const same = this.#readSnapshot?.text === source.text ? this.#readSnapshot.file : undefined;
      source.file = same ?? readStateFile(source.text).file;
    }
    return source.file;
  }

  // The backup to write before the state, if one is due: not written yet, and the new state differs
  // from the backup's. `newText` is the new state written with `meta`'s serial and lineage, so that
  // it compares with the backup's state written the same way (statefile.StatesMarshalEqual).
  #backupText(newText: string, meta: StateFile): string | undefined {
    if (this.backupPath === undefined || this.#backupWritten) return undefined;
    this.#openBackupSource();
    const source = this.#backupFile();
    if (!source) return undefined;
    const header = { terraformVersion: this.#opts.terraformVersion, serial: meta.serial, lineage: meta.lineage };
    const key = `${meta.serial} ${meta.lineage}`;
    if (this.#backupCompare?.key !== key) this.#backupCompare = { key, text: writeStateFile({ ...header, state: source.state }) };
    if (this.#backupCompare.text === newText) return undefined;
    return writeStateFile({ ...source, terraformVersion: this.#opts.terraformVersion });
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
