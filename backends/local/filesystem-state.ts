import { readFile } from "node:fs/promises";
import { hostname } from "node:os";
import { resolve } from "node:path";
import { errorDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import { newLineage, readStateFile, State, writeStateFile, writeStateFileChecked, type StateFile } from "../../core/states/index.js";
import { LockError, nowRfc3339, type LockInfo, type SnapshotMeta, type StateManager } from "../../core/statemgr/index.js";
import { writeFileAtomic } from "./atomic-write.js";
import { createLockFile, lockInfoPath, removeLockFile } from "./lock-file.js";

// A state kept in a local file (statemgr.Filesystem): the first snapshot is read from `readPath`
// (the -state path), every snapshot is written to `path` (-state-out), atomically. Serial and
// lineage: a state with no file gets a new lineage; each write whose content differs from the last
// snapshot read or written gets the next serial, an unchanged one keeps it (and is not rewritten).
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

  writeState(state: State): void {
    this.#held = state;
    this.#pending = true;
  }

  persistState(): Promise<Diagnostic[]> {
    const run = this.#queue.catch(() => undefined).then(() => this.#persist());
    this.#queue = run;
    return run;
  }

  async #persist(): Promise<Diagnostic[]> {
    if (!this.#pending) return [];
    this.#pending = false;
    const state = this.state();
    const file = this.#file ?? { terraformVersion: this.#opts.terraformVersion, serial: 0, lineage: newLineage(), state };
    const written = writeStateFileChecked({ terraformVersion: this.#opts.terraformVersion, serial: file.serial, lineage: file.lineage, state });
    let text = written.text;
    const changed = this.#file === undefined || text !== this.#baselineText();
    if (!changed && this.#pathHolds) return written.diagnostics;
    const serial = changed ? file.serial + 1 : file.serial;
    if (changed) text = withSerial(text, file.serial, serial);
    try {
      await this.#writeBackupIfNeeded(written.text, file);
      await writeFileAtomic(this.#abs(this.path), text);
    } catch (e) {
      this.#pending = true;
      return [...written.diagnostics, errorDiag("Failed to save state", `Error saving state: ${(e as Error).message}`)];
    }
    this.#file = { terraformVersion: this.#opts.terraformVersion, serial, lineage: file.lineage, state };
    this.#baseline = text;
    this.#pathHolds = true;
    this.#readPath = this.path;
    return written.diagnostics;
  }

  async lock(info: LockInfo): Promise<string | LockError> {
    if (this.#lockId !== undefined) return new LockError(`state ${JSON.stringify(this.path)} already locked`);
    await this.#openBackupSource();
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
  async #openBackupSource(): Promise<void> {
    if (this.#backupSource || this.backupPath === undefined) return;
    this.#backupSource = await this.#load(this.path, false);
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

  // `newText` is the new state written with `meta`'s serial and lineage, so that it compares with the
  // backup's state written the same way (statefile.StatesMarshalEqual).
  async #writeBackupIfNeeded(newText: string, meta: StateFile): Promise<void> {
    if (this.backupPath === undefined || this.#backupWritten) return;
    await this.#openBackupSource();
    const source = this.#backupFile();
    if (!source) return;
    const header = { terraformVersion: this.#opts.terraformVersion, serial: meta.serial, lineage: meta.lineage };
    const key = `${meta.serial} ${meta.lineage}`;
    if (this.#backupCompare?.key !== key) this.#backupCompare = { key, text: writeStateFile({ ...header, state: source.state }) };
    if (this.#backupCompare.text === newText) return;
    await writeFileAtomic(this.#abs(this.backupPath), writeStateFile({ ...source, terraformVersion: this.#opts.terraformVersion }));
    this.#backupWritten = true;
  }

  // Reads and (unless `parse` is false) parses a state file; a missing file is no state.
  async #load(path: string, parse = true): Promise<Loaded> {
    let text: string;
    try {
      text = await readFile(this.#abs(path), "utf8");
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") return { diagnostics: [] };
      return { diagnostics: [errorDiag("Failed to load state", `Failed to load state: ${(e as Error).message}`)] };
    }
    if (!parse) return { text, diagnostics: [] };
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
