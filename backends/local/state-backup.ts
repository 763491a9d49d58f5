import { readFileSync } from "node:fs";
import { readStateFile, writeStateFile, type StateFile } from "../../core/states/index.js";

// The backup of a local state (`terraform.tfstate.backup`), as Terraform keeps it: the content of the
// state file when the manager first opens it (lock or first write), written once, just before the
// first write whose state differs from it. A file that cannot be read is not backed up (refresh
// reports it when it is also the file read).

/** What a state file held when first opened, and whether its backup was written. */
export class StateBackup {
  #text: string | undefined;
  #file: StateFile | undefined;
  #opened = false;
  #written = false;
  #compare: { key: string; text: string } | undefined;

  /** `statePath` is the written state file and `terraformVersion` the one recorded, both as the manager has them. */
  constructor(
    readonly statePath: string,
    readonly terraformVersion: string,
  ) {}

  /** Reads the state file's content now, the first time only. */
  open(): void {
    if (this.#opened) return;
    this.#opened = true;
    try {
      this.#text = readFileSync(this.statePath, "utf8");
    } catch {
      this.#text = undefined;
    }
  }

  /** Records that the backup is on disk: no other is due. */
  markWritten(): void {
    this.#written = true;
  }

  /**
   * The backup's text if one is due before writing `newText` (the new state written with `meta`'s
   * serial and lineage, so that it compares with the backup's state written the same way,
   * statefile.StatesMarshalEqual). `read` is the snapshot refresh read, used in place of parsing the
   * same text again (with its journal replayed, when there was one).
   */
  textBefore(newText: string, meta: StateFile, read: { readonly text?: string; readonly file?: StateFile } | undefined): string | undefined {
    if (this.#written) return undefined;
    this.open();
    const source = this.#source(read);
    if (!source) return undefined;
    const key = `${meta.serial} ${meta.lineage}`;
    const header = { terraformVersion: this.terraformVersion, serial: meta.serial, lineage: meta.lineage };
    if (this.#compare?.key !== key) this.#compare = { key, text: writeStateFile({ ...header, state: source.state }) };
    if (this.#compare.text === newText) return undefined;
    return writeStateFile({ ...source, terraformVersion: this.terraformVersion });
  }

  // The backup's state, parsed once.
  #source(read: { readonly text?: string; readonly file?: StateFile } | undefined): StateFile | undefined {
    if (this.#text === undefined) return undefined;
    this.#file ??= (read?.text === this.#text ? read.file : undefined) ?? readStateFile(this.#text).file;
    return this.#file;
  }
}
