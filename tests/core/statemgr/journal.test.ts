import { describe, expect, it } from "vitest";
import {
  applyJournalRecords,
  globalsRecordLine,
  instanceRecordLine,
  journalHeaderLine,
  judgeJournal,
  parseJournal,
  type ParsedJournal,
} from "../../../core/statemgr/index.js";
import { readStateFile, writeStateFile, type State, type StateFile } from "../../../core/states/index.js";

// The state journal's records (journal-records.ts) and what a journal found beside a state file
// means (journal-replay.ts): records carry an instance's objects exactly as the state file does
// (numbers beyond float precision, deposed objects, string keys, module paths), replaying them is
// idempotent, a torn last line is left out and anything else malformed refuses the whole journal,
// and a journal is replayed only over the snapshot it extends.

const LINEAGE = "3c1d8f0e-2b7a-4e59-9a61-0f2e4d6c8b10";
const PROVIDER = 'provider[\\"terraform.io/builtin/terraform\\"]';

function object(id: string, input: string, deposed?: string): string {
  const d = deposed ? `"deposed": "${deposed}", ` : "";
  return `{${d}"schema_version": 0, "attributes": {"id": "${id}", "input": {"value": ${input}, "type": "number"}, "output": null, "triggers_replace": null}, "sensitive_attributes": []}`;
}

/** A state with a counted resource (one instance with a deposed object), a for_each one with an awkward key inside a module, and outputs. */
function sampleText(serial = 4, lineage = LINEAGE): string {
  return `{
  "version": 4, "terraform_version": "1.11.4", "serial": ${serial}, "lineage": "${lineage}",
  "outputs": {"o": {"value": "v", "type": "string"}, "s": {"value": 1, "type": "number", "sensitive": true}},
  "resources": [
    {"mode": "managed", "type": "terraform_data", "name": "r", "provider": "${PROVIDER}", "instances": [
      {"index_key": 0, ${object("a", "123456789012345678901234567890.5").slice(1)},
      {"index_key": 1, ${object("b", "2").slice(1)},
      {"index_key": 1, ${object("old", "1", "0badcafe").slice(1)}
    ]},
    {"module": "module.m[\\"k\\"]", "mode": "managed", "type": "terraform_data", "name": "y", "provider": "${PROVIDER}", "instances": [
      {"index_key": "a\\"b", ${object("c", "3").slice(1)}
    ]}
  ],
  "check_results": null
}
`;
}

function sample(serial = 4, lineage = LINEAGE): StateFile {
  const r = readStateFile(sampleText(serial, lineage));
  if (!r.file) throw new Error(JSON.stringify(r.diagnostics));
  return r.file;
}

function addr(state: State, text: string) {
  const found = [...state.allInstances()].find((i) => i.addr.toString() === text);
  if (!found) throw new Error(`no ${text}`);
  return found.addr;
}

function parsed(text: string): ParsedJournal {
  const p = parseJournal(text);
  if ("error" in p) throw new Error(p.error);
  return p;
}

/** A journal over `from` recording every instance and the globals of `to`, and the removal of what `to` lacks. */
function journalFrom(from: StateFile, to: State, serial: number): string {
  let text = journalHeaderLine({ lineage: from.lineage, serial: from.serial });
  const names = new Set([...from.state.allInstances(), ...to.allInstances()].map((i) => i.addr.toString()));
  for (const name of names) {
    const a = [...from.state.allInstances(), ...to.allInstances()].find((i) => i.addr.toString() === name)!.addr;
    text += instanceRecordLine(to, a, serial);
  }
  return text + globalsRecordLine(to, serial);
}

describe("journal records", () => {
  it("carry each instance as the state file does, and replay to the same state file", () => {
    const source = sample();
    const empty = readStateFile(sampleText().replace(/"resources": \[[\s\S]*\],\n  "check_results"/, '"resources": [],\n  "check_results"')).file!;
    empty.state.modules.get("")!.outputs.clear();
    const journal = parsed(journalFrom(empty, source.state, 9));
    expect(journal.header).toEqual({ lineage: LINEAGE, serial: 4 });
    expect(journal.records.map((r) => (r.kind === "instance" ? r.addr : r.kind))).toEqual([
      "terraform_data.r[0]",
      "terraform_data.r[1]",
      'module.m["k"].terraform_data.y["a\\"b"]',
      "globals",
    ]);
    applyJournalRecords(empty.state, journal.records);
    expect(writeStateFile({ ...empty, serial: 4 })).toBe(writeStateFile(source));
    expect(writeStateFile(source)).toContain("123456789012345678901234567890.5");
  });

  it("are one line each, and replaying them again changes nothing", () => {
    const source = sample();
    const line = instanceRecordLine(source.state, addr(source.state, "terraform_data.r[1]"), 5);
    expect(line.endsWith("}\n")).toBe(true);
    expect(line.slice(0, -1)).not.toContain("\n");
    const journal = parsed(journalHeaderLine({ lineage: LINEAGE, serial: 4 }) + line + line);
    const before = writeStateFile(source);
    applyJournalRecords(source.state, journal.records);
    expect(writeStateFile(source)).toBe(before);
  });

  it("record a removal as a state without the instance, deposed objects included", () => {
    const source = sample();
    const target = sample();
    const r1 = addr(source.state, "terraform_data.r[1]");
    source.state.setDeposed(r1, "0badcafe", undefined, source.state.resource(r1.containingResource())!.provider);
    source.state.setCurrent(r1, undefined, source.state.resource(r1.containingResource())!.provider);
    const journal = parsed(journalHeaderLine({ lineage: LINEAGE, serial: 4 }) + instanceRecordLine(source.state, r1, 5));
    applyJournalRecords(target.state, journal.records);
    expect([...target.state.allInstances()].map((i) => i.addr.toString())).not.toContain("terraform_data.r[1]");
    expect(writeStateFile(target)).toBe(writeStateFile(source));
  });

  it("replace the outputs and check results with the globals record", () => {
    const source = sample();
    const target = sample();
    source.state.modules.get("")!.outputs.delete("o");
    applyJournalRecords(target.state, parsed(journalHeaderLine({ lineage: LINEAGE, serial: 4 }) + globalsRecordLine(source.state, 5)).records);
    expect([...target.state.modules.get("")!.outputs.keys()]).toEqual(["s"]);
    expect(target.state.modules.get("")!.outputs.get("s")!.sensitive).toBe(true);
  });
});

describe("parseJournal", () => {
  const header = journalHeaderLine({ lineage: LINEAGE, serial: 4 });
  const record = instanceRecordLine(sample().state, addr(sample().state, "terraform_data.r[0]"), 5);

  it("leaves out a last line that was not finished", () => {
    const p = parsed(header + record + record.slice(0, 40));
    expect(p.torn).toBe(true);
    expect(p.records).toHaveLength(1);
    expect(parsed(header).records).toEqual([]);
  });

  it.each([
    ["no header", record, /^the first line is not a journal header/],
    ["another format", header.replace(":1,", ":2,"), /known format/],
    ["a header without a serial", header.replace(/,"serial":4/, ""), /no lineage or serial/],
    ["a damaged record", header + record.slice(0, 30) + "\n" + record, /^line 2: not a journal record/],
    ["an empty line", header + "\n" + record, /^line 2: /],
    ["serials going back", header + record.replace('"serial":5', '"serial":3'), /^line 2: serial 3 follows serial 4/],
    ["a record holding another instance", header + record.replace('"instance":"terraform_data.r[0]"', '"instance":"terraform_data.r[1]"'), /holds other instances/],
    ["an unfinished header", '{"terrane_state_journal":1,', /^the journal has no header/],
  ])("refuses %s", (_, text, message) => {
    const p = parseJournal(text);
    expect("error" in p && p.error).toMatch(message);
  });
});

describe("judgeJournal", () => {
  /** A journal extending serial 4 that adds an instance z, serial 6. */
  function adding(lineage = LINEAGE, serial = 4): ParsedJournal {
    const grown = sample();
    const r0 = grown.state.resource(addr(grown.state, "terraform_data.r[0]").containingResource())!;
    const z = r0.addr.instance(null);
    grown.state.setCurrent(z, r0.instances.get("[0]")!.state.current!, r0.provider);
    return parsed(journalHeaderLine({ lineage, serial }) + instanceRecordLine(grown.state, z, 5) + globalsRecordLine(grown.state, 6));
  }

  it("replays a journal over the snapshot it extends, with the serial of its last record", () => {
    const file = sample();
    const verdict = judgeJournal(file, adding(), () => sample());
    expect(verdict.kind).toBe("replay");
    if (verdict.kind !== "replay") return;
    expect(verdict.records).toBe(2);
    expect(verdict.file.serial).toBe(6);
    expect([...verdict.file.state.allInstances()].map((i) => i.addr.toString())).toContain("terraform_data.r");
  });

  it("ignores a journal with no records, and one whose records a later snapshot already holds", () => {
    expect(judgeJournal(sample(), parsed(journalHeaderLine({ lineage: "other", serial: 1 })), () => sample()).kind).toBe("empty");
    const later = sample(7);
    const journal = parsed(journalHeaderLine({ lineage: LINEAGE, serial: 4 }) + instanceRecordLine(later.state, addr(later.state, "terraform_data.r[0]"), 5));
    expect(judgeJournal(later, journal, () => sample(7)).kind).toBe("superseded");
    expect(writeStateFile(later)).toBe(writeStateFile(sample(7)));
  });

  it.each([
    ["no state file", undefined, adding(), /there is no state file for it to extend/],
    ["another lineage", sample(), adding("9e0a1b2c-0000-0000-0000-000000000000"), /state file has lineage 3c1d8f0e/],
    ["a newer snapshot than the file", sample(3), adding(), /extends serial 4 .* older serial 3/],
    ["an older snapshot lacking its changes", sample(5), adding(), /written since \(serial 5\) without some of the journal's changes/],
  ])("refuses a journal for %s, leaving the state as read", (_, file, journal, reason) => {
    const before = file && writeStateFile(file);
    const verdict = judgeJournal(file, journal, () => sample(file?.serial));
    expect(verdict.kind).toBe("reject");
    if (verdict.kind === "reject") expect(verdict.reason).toMatch(reason);
    if (file) expect(writeStateFile(file)).toBe(before);
  });
});
