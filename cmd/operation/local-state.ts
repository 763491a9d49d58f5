import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { errorDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import { readStateFile } from "../../core/states/index.js";
import { State, type StateFile } from "../../core/states/state.js";
import { DEFAULT_STATE_FILENAME } from "../../backends/index.js";
import { journalPathOf, recoverJournal } from "../../backends/local/index.js";

// A state file read directly, outside any operation and without locking: what the built-in
// terraform_remote_state data source reads (its `backend = "local"` path). Operations (plan, apply,
// destroy) read their state through the backend under its lock instead (operation-state.ts). As
// they do, it replays the journal a killed apply left beside the file.

/** The default local state file name (the local backend's). */
export const DEFAULT_STATE_FILE = DEFAULT_STATE_FILENAME;

/** Reads the state file, or an empty state with no file; errors for unreadable or invalid files. */
export function readLocalState(dir: string, path = DEFAULT_STATE_FILE): { file?: StateFile; state: State; diagnostics: Diagnostic[] } {
  const full = join(dir, path);
  if (!existsSync(full)) return { state: new State(), diagnostics: [] };
  let text: string;
  try {
    text = readFileSync(full, "utf8");
  } catch (e) {
    return { state: new State(), diagnostics: [errorDiag("Failed to read state file", `The state file at ${path} could not be read: ${(e as Error).message}`)] };
  }
  if (text.trim() === "") return { state: new State(), diagnostics: [] };
  const r = readStateFile(text);
  if (!r.file) return { state: new State(), diagnostics: r.diagnostics };
  const file = recoverJournal(journalPathOf(full), { file: r.file, text }, false).file ?? r.file;
  return { file, state: file.state, diagnostics: r.diagnostics };
}
