import { basename } from "node:path";
import { warningDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import { readStateFile, type StateFile } from "../../core/states/index.js";
import { judgeJournal, parseJournal } from "../../core/statemgr/index.js";
import { readJournalFile, removeJournal, setJournalAside } from "./journal-file.js";

// Reading a state file together with the journal beside it: the journal a killed run left is
// replayed over the snapshot it extends, so that the state read is the one that run had applied;
// a journal that does not extend that snapshot is reported with a warning and, when the reader
// holds the lock (so that no running operation is writing it), renamed out of the way. A journal
// the file already holds entirely (a run killed between writing a snapshot and removing the journal)
// is removed under the lock, and ignored otherwise.

/** The snapshot after recovery, how many records were replayed, and the warnings. */
export interface Recovered {
  readonly file: StateFile | undefined;
  readonly replayed: number;
  readonly diagnostics: Diagnostic[];
}

/**
 * Applies the journal at `journalPath` (absolute) to the snapshot read from the state file (`file`
 * parsed from `text`); `locked` says the caller holds the state lock and may set a bad journal aside.
 */
export function recoverJournal(journalPath: string, read: { readonly file?: StateFile; readonly text?: string }, locked: boolean): Recovered {
  const unchanged: Recovered = { file: read.file, replayed: 0, diagnostics: [] };
  let text: string | undefined;
  try {
    text = readJournalFile(journalPath);
  } catch (e) {
    return { ...unchanged, diagnostics: [notApplied(journalPath, `it cannot be read (${(e as Error).message})`, undefined)] };
  }
  if (text === undefined || text === "") return unchanged;
  const parsed = parseJournal(text);
  if ("error" in parsed) return { ...unchanged, diagnostics: [notApplied(journalPath, `it is not a valid journal (${parsed.error})`, locked)] };
  const verdict = judgeJournal(read.file, parsed, () => readStateFile(read.text!).file!);
  switch (verdict.kind) {
    case "empty":
    case "superseded":
      // Nothing in it the file lacks: the lock holder removes it, as the next snapshot would.
      if (locked) removeJournal(journalPath);
      return unchanged;
    case "replay":
      return { file: verdict.file, replayed: verdict.records, diagnostics: [] };
    case "reject":
      return { ...unchanged, diagnostics: [notApplied(journalPath, verdict.reason, locked)] };
  }
}

// The warning for a journal that was not applied; it is renamed when `setAside` (the lock is held).
function notApplied(path: string, reason: string, setAside: boolean | undefined): Diagnostic {
  let where = "It was left in place.";
  if (setAside) {
    try {
      where = `It has been renamed to ${basename(setJournalAside(path))}.`;
    } catch (e) {
      where = `It could not be renamed (${(e as Error).message}) and was left in place.`;
    }
  }
  const detail =
    `Terrane found the state journal ${basename(path)}, which records changes an earlier run made ` +
    `after it last wrote the state file, and did not apply it: ${reason}. ${where} If that run created ` +
    `objects the state does not hold, import them or remove them by hand.`;
  return warningDiag("State journal not applied", detail);
}
