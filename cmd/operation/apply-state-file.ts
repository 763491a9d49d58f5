import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { errorDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import type { StateSink } from "../../core/apply/index.js";
import { newLineage, writeStateFile } from "../../core/states/index.js";
import type { State, StateFile } from "../../core/states/state.js";
import { DEFAULT_STATE_FILE } from "./local-state.js";

// The state sink of apply and destroy until backends are wired in: the local `terraform.tfstate`
// (or -state path), written as Terraform's local state manager writes it. Every write goes to a
// temporary file renamed over the state file; the serial goes up by one for every write whose state
// differs from the one the operation started from (statemgr.Filesystem); the lineage stays (a new
// one for a new state); before the first changed write the starting file is copied to `.backup`.

/** A StateSink writing the local state file. */
export class LocalStateFile implements StateSink {
  readonly #path: string;
  readonly #lineage: string;
  readonly #startText: string | undefined;
  readonly #startFileText: string | undefined;
  #serial: number;
  #backedUp = false;

  /** `start` is the state file the operation read (none for a new state). */
  constructor(
    dir: string,
    start: StateFile | undefined,
    private readonly terraformVersion: string,
    path = DEFAULT_STATE_FILE,
  ) {
    this.#path = resolve(dir, path);
    this.#lineage = start?.lineage ?? newLineage();
    this.#serial = start?.serial ?? 0;
    this.#startText = start ? canonical(start.state) : undefined;
    this.#startFileText = start && existsSync(this.#path) ? readFileSync(this.#path, "utf8") : undefined;
  }

  /** The lineage and serial of the last snapshot written. */
  get meta(): { lineage: string; serial: number } {
    return { lineage: this.#lineage, serial: this.#serial };
  }

  update(state: State): Diagnostic[] {
    return this.#write(state);
  }

  flush(state: State): Promise<Diagnostic[]> {
    return Promise.resolve(this.#write(state));
  }

  #write(state: State): Diagnostic[] {
    const changed = this.#startText === undefined || canonical(state) !== this.#startText;
    if (changed) this.#serial++;
    try {
      if (changed && !this.#backedUp && this.#startFileText !== undefined) {
        writeAtomically(`${this.#path}.backup`, this.#startFileText);
        this.#backedUp = true;
      }
      const text = writeStateFile({ terraformVersion: this.terraformVersion, serial: this.#serial, lineage: this.#lineage, state });
      writeAtomically(this.#path, text);
      return [];
    } catch (e) {
      return [errorDiag("Failed to save state", `Error saving state: ${(e as Error).message}`)];
    }
  }
}

/** The state's content without its metadata, to compare snapshots (StatesMarshalEqual). */
function canonical(state: State): string {
  return writeStateFile({ terraformVersion: "", serial: 0, lineage: "", state });
}

/** Writes a file by renaming a temporary file over it, so that a reader never sees half of it. */
function writeAtomically(path: string, text: string): void {
  const tmp = join(dirname(path), `.${Date.now()}-${process.pid}-${Math.random().toString(36).slice(2)}.tmp`);
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}
