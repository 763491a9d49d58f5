import type { AbsResourceInstance } from "../addrs/abs-resource.js";
import { keyString } from "../addrs/instance-key.js";
import { isGoJsonSyntaxError, parseGoJson, type GoJsonNode } from "../states/go-json-parse.js";
import { readStateFile, writeStateFile } from "../states/index.js";
import { State } from "../states/state.js";
import { jsonString } from "../../lang/values/json-marshal.js";

// The text of a state journal: the changes an operation made since the last snapshot it wrote, one
// line each, appended as they happen so that a process killed between two snapshots loses none. The
// first line is a header naming the snapshot the journal extends (its lineage and serial); every
// other line is a record with the serial of the logical write it belongs to (SerialCounter's), and
// either one resource instance, or the root outputs and check results, each as the state file
// encodes them: a whole compact state file holding only that instance (none when it was removed), or
// only the outputs and check results. A record says what the thing *is* after the change, never what
// changed, so replaying a record over a state that already holds it changes nothing.
//
//   {"terrane_state_journal":1,"lineage":"…","serial":7}
//   {"serial":8,"instance":"local_file.f[3]","state":{"version":4,…,"resources":[{…one instance…}],…}}
//   {"serial":9,"instance":"local_file.f[1]","state":{"version":4,…,"resources":[],…}}      (removed)
//   {"serial":9,"globals":{"version":4,…,"outputs":{…},"resources":[],"check_results":[…]}}

/** The journal format this code writes and reads. */
export const JOURNAL_FORMAT = 1;

/** What a journal extends: the snapshot with this lineage and serial. */
export interface JournalHeader {
  readonly lineage: string;
  readonly serial: number;
}

/** One change: an instance's objects as they now are (a state holding at most that instance), or the globals. */
export type JournalRecord =
  | { readonly kind: "instance"; readonly serial: number; readonly addr: string; readonly state: State }
  | { readonly kind: "globals"; readonly serial: number; readonly state: State };

/** A journal read back: its header and records, and whether an unfinished last line was left out. */
export interface ParsedJournal {
  readonly header: JournalHeader;
  readonly records: readonly JournalRecord[];
  readonly torn: boolean;
}

/** The header line of a journal extending the snapshot `header` names. */
export function journalHeaderLine(header: JournalHeader): string {
  return `{"terrane_state_journal":${JOURNAL_FORMAT},"lineage":${jsonString(header.lineage)},"serial":${header.serial}}\n`;
}

/** The record line of one instance of `state` as it now is (absent: removed), for the write with `serial`. */
export function instanceRecordLine(state: State, addr: AbsResourceInstance, serial: number): string {
  const mini = new State();
  const resource = state.resource(addr.containingResource());
  const ik = keyString(addr.resource.key);
  const instance = resource?.instances.get(ik);
  if (resource && instance) mini.ensureResource(resource.addr, resource.provider).instances.set(ik, instance);
  return `{"serial":${serial},"instance":${jsonString(addr.toString())},"state":${compactDocument(mini)}}\n`;
}

/** The record line of the root outputs and check results of `state`, for the write with `serial`. */
export function globalsRecordLine(state: State, serial: number): string {
  const mini = new State();
  mini.checkResults = state.checkResults;
  const root = state.modules.get("");
  if (root) for (const [name, output] of root.outputs) mini.ensureModule(root.addr).outputs.set(name, output);
  return `{"serial":${serial},"globals":${compactDocument(mini)}}\n`;
}

// A state file as Terraform writes it, without its indentation, so that it fits on one line (a raw
// newline can only be whitespace there: strings have theirs escaped).
function compactDocument(state: State): string {
  return writeStateFile({ terraformVersion: "", serial: 0, lineage: "", state }).replace(INDENT, "");
}

const INDENT = /\n */g;

/**
 * Reads a journal's text. A last line without its newline is a write that did not finish (a
 * machine crash, or a reader racing the writer) and is left out; anything else that is not a
 * record is an error, and then nothing of the journal may be used.
 */
export function parseJournal(text: string): ParsedJournal | { readonly error: string } {
  const lines = text.split("\n");
  const torn = lines.pop() !== "";
  if (lines.length === 0) return { error: "the journal has no header" };
  const header = parseHeader(lines[0]!);
  if ("error" in header) return header;
  const records: JournalRecord[] = [];
  let last = header.serial;
  for (let i = 1; i < lines.length; i++) {
    const record = parseRecord(lines[i]!);
    if ("error" in record) return { error: `line ${i + 1}: ${record.error}` };
    if (record.serial < last) return { error: `line ${i + 1}: serial ${record.serial} follows serial ${last}` };
    last = record.serial;
    records.push(record);
  }
  return { header, records, torn };
}

function parseHeader(line: string): JournalHeader | { error: string } {
  const node = parseLine(line);
  if (!node) return { error: "the first line is not a journal header" };
  const format = member(node, "terrane_state_journal");
  const lineage = member(node, "lineage");
  const serial = serialOf(member(node, "serial"));
  if (format?.kind !== "number" || format.text !== String(JOURNAL_FORMAT)) return { error: "the first line is not a journal header of a known format" };
  if (lineage?.kind !== "string" || serial === undefined) return { error: "the journal header has no lineage or serial" };
  return { lineage: lineage.value, serial };
}

function parseRecord(line: string): JournalRecord | { error: string } {
  const node = parseLine(line);
  const serial = node && serialOf(member(node, "serial"));
  if (!node || serial === undefined) return { error: "not a journal record" };
  const globals = member(node, "globals");
  if (globals) {
    const state = embeddedState(line, globals);
    return state ? { kind: "globals", serial, state } : { error: "the outputs record does not hold a state" };
  }
  const addr = member(node, "instance");
  const doc = member(node, "state");
  const state = doc && embeddedState(line, doc);
  if (addr?.kind !== "string" || !state) return { error: "not a journal record" };
  const held = [...state.allInstances()];
  if (held.length > 1 || (held.length === 1 && held[0]!.addr.toString() !== addr.value)) return { error: `the record of ${addr.value} holds other instances` };
  return { kind: "instance", serial, addr: addr.value, state };
}

function parseLine(line: string): GoJsonNode | undefined {
  const node = parseGoJson(line);
  return isGoJsonSyntaxError(node) || node.kind !== "object" ? undefined : node;
}

function member(node: GoJsonNode, key: string): GoJsonNode | undefined {
  return node.kind === "object" ? node.members.find((m) => m.key === key)?.value : undefined;
}

function serialOf(node: GoJsonNode | undefined): number | undefined {
  if (node?.kind !== "number" || !/^\d+$/.test(node.text)) return undefined;
  const n = Number(node.text);
  return Number.isSafeInteger(n) ? n : undefined;
}

// The state file embedded in a record, read by the state codec from its own text (so that numbers
// and raw attribute JSON keep every digit).
function embeddedState(line: string, node: GoJsonNode): State | undefined {
  if (node.kind !== "object") return undefined;
  return readStateFile(line.slice(node.start, node.end)).file?.state;
}
