import type { AbsResourceInstance } from "../addrs/abs-resource.js";
import { keyString } from "../addrs/instance-key.js";
import type { State, StateFile } from "../states/state.js";
import type { JournalRecord, ParsedJournal } from "./journal-records.js";
import { StateDifference } from "./state-difference.js";

// What a journal found beside a state file means, and replaying it. A journal is applied only over
// the very snapshot it extends (same lineage, same serial): the result is the state the run that
// wrote it had when it stopped, with the serial of its last logical write. A journal whose snapshot
// was replaced afterwards (an older serial) is harmless when the file already holds every record (a
// run killed between writing a snapshot and removing the journal) and is otherwise refused, as is a
// journal of another lineage, one newer than the file, or one with no file at all: those are set
// aside for a person to look at, never applied blindly.

/** What to do with a journal found beside a state file. */
export type JournalVerdict =
  | { readonly kind: "empty" }
  | { readonly kind: "replay"; readonly file: StateFile; readonly records: number }
  | { readonly kind: "superseded" }
  | { readonly kind: "reject"; readonly reason: string };

/**
 * Judges `journal` against the snapshot read (`file`, none when there is no state file); `fresh`
 * reads that snapshot again, for trying a replay without touching `file`. A replay verdict's file is
 * `file` with the records applied to its state (changed in place) and the last record's serial.
 */
export function judgeJournal(file: StateFile | undefined, journal: ParsedJournal, fresh: () => StateFile): JournalVerdict {
  const { header, records } = journal;
  if (records.length === 0) return { kind: "empty" };
  if (!file) return reject(`it records changes to a state with lineage ${header.lineage} and serial ${header.serial}, but there is no state file for it to extend`);
  if (header.lineage !== file.lineage) return reject(`it records changes to a state with lineage ${header.lineage}, but the state file has lineage ${file.lineage}`);
  if (header.serial > file.serial) return reject(`it extends serial ${header.serial} of this state, but the state file holds the older serial ${file.serial}`);
  const last = records[records.length - 1]!.serial;
  if (header.serial === file.serial) {
    applyJournalRecords(file.state, records);
    return { kind: "replay", file: { ...file, serial: Math.max(file.serial, last) }, records: records.length };
  }
  const copy = fresh();
  applyJournalRecords(copy.state, records);
  if (!new StateDifference(file.state).differs(copy.state)) return { kind: "superseded" };
  return reject(`it extends serial ${header.serial} of this state, but the state file was written since (serial ${file.serial}) without some of the journal's changes`);
}

function reject(reason: string): JournalVerdict {
  return { kind: "reject", reason };
}

/** Applies records in order: each instance set to the objects its record holds (none: removed), the globals replaced. */
export function applyJournalRecords(state: State, records: readonly JournalRecord[]): void {
  let index: Map<string, AbsResourceInstance> | undefined;
  for (const record of records) {
    if (record.kind === "globals") {
      replaceGlobals(state, record.state);
      continue;
    }
    index ??= new Map([...state.allInstances()].map((i) => [i.addr.toString(), i.addr]));
    const known = index.get(record.addr);
    if (known) removeInstance(state, known);
    index.delete(record.addr);
    for (const held of record.state.allInstances()) {
      if (held.state.current) state.setCurrent(held.addr, held.state.current, held.resource.provider);
      for (const [key, obj] of held.state.deposed) state.setDeposed(held.addr, key, obj, held.resource.provider);
      index.set(record.addr, held.addr);
    }
  }
}

function removeInstance(state: State, addr: AbsResourceInstance): void {
  const resource = state.resource(addr.containingResource());
  const instance = resource?.instances.get(keyString(addr.resource.key));
  if (!resource || !instance) return;
  for (const key of [...instance.state.deposed.keys()]) state.setDeposed(addr, key, undefined, resource.provider);
  state.setCurrent(addr, undefined, resource.provider);
}

function replaceGlobals(state: State, from: State): void {
  state.checkResults = from.checkResults;
  const root = state.modules.get("");
  root?.outputs.clear();
  const outputs = from.modules.get("")?.outputs;
  if (!outputs || outputs.size === 0) return;
  const target = state.ensureModule(from.modules.get("")!.addr);
  for (const [name, output] of outputs) target.outputs.set(name, output);
}
