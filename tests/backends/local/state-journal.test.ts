import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FilesystemState } from "../../../backends/index.js";
import { copyState } from "../../../core/plan/state-copy.js";
import { newLockInfo, PersistBatcher } from "../../../core/statemgr/index.js";
import { readStateFile, writeStateFile, type State, type StateFile } from "../../../core/states/index.js";
import { stateText, stateWith } from "../state-fixtures.js";

// The journal of the local backend (terraform.tfstate.journal): changes of the state last persisted
// are appended as they are handed over and nothing else is written until the next snapshot, which
// removes the journal; a new reader replays it (the state is then what the writer had, with the
// serial of its last write, and the next persist writes it and clears the journal); a journal that
// does not extend the file is reported and, under the lock, renamed out of the way.

const LINEAGE = "00000000-0000-0000-0000-000000000000";
const JOURNAL = "terraform.tfstate.journal";

function workDir(): string {
  return mkdtempSync(join(tmpdir(), "terrane-journal-"));
}

function manager(dir: string, backup = false): FilesystemState {
  return new FilesystemState({ cwd: dir, path: "terraform.tfstate", ...(backup ? { backupPath: "terraform.tfstate.backup" } : {}), terraformVersion: "1.11.4" });
}

function readFile(dir: string, name = "terraform.tfstate"): StateFile {
  const r = readStateFile(readFileSync(join(dir, name), "utf8"));
  if (!r.file) throw new Error(JSON.stringify(r.diagnostics));
  return r.file;
}

/** `terraform_data.r[i]` in `state` set to instance `i` of a state whose inputs are all `input`. */
function setInstance(state: State, i: number, input: number) {
  const from = [...stateWith(i + 1, input).allInstances()][i]!;
  state.setCurrent(from.addr, from.state.current, from.resource.provider);
  return from.addr;
}

/** A folder with a state file of `count` instances at `serial`, and a manager that read it and holds a copy. */
async function opened(count: number, serial = 3): Promise<{ dir: string; m: FilesystemState; live: State }> {
  const dir = workDir();
  writeFileSync(join(dir, "terraform.tfstate"), writeStateFile(readStateFile(stateText(count, 0, serial, LINEAGE)).file!));
  const m = manager(dir);
  expect(await m.refresh()).toEqual([]);
  return { dir, m, live: copyState(m.state()) };
}

describe("FilesystemState journal: writing", () => {
  it("journals nothing until the state object was persisted, then every change, each one at once", async () => {
    const { dir, m, live } = await opened(2);
    const a2 = setInstance(live, 2, 0);
    expect(m.writeChange(live, 4, a2)).toEqual({ journaled: false, diagnostics: [] });
    expect(m.persistStateSync()).toEqual([]);
    const snapshot = readFileSync(join(dir, "terraform.tfstate"), "utf8");
    for (let i = 3; i < 6; i++) expect(m.writeChange(live, i + 2, setInstance(live, i, 0)).journaled).toBe(true);
    expect(m.writeChange(live, 7, "globals").journaled).toBe(true);
    expect(readFileSync(join(dir, "terraform.tfstate"), "utf8")).toBe(snapshot);
    const lines = readFileSync(join(dir, JOURNAL), "utf8").split("\n");
    expect(lines[0]).toBe(`{"terrane_state_journal":1,"lineage":"${LINEAGE}","serial":4}`);
    expect(lines.slice(1, -1).map((l) => JSON.parse(l).instance ?? "globals")).toEqual(["terraform_data.r[3]", "terraform_data.r[4]", "terraform_data.r[5]", "globals"]);
    expect(m.journalCounts.appended).toBe(4);

    expect(m.persistStateSync()).toEqual([]);
    expect(existsSync(join(dir, JOURNAL))).toBe(false);
    expect(readFile(dir).serial).toBe(7);
    expect(m.writeChange(live, 8, setInstance(live, 6, 0)).journaled).toBe(true);
    expect(readFileSync(join(dir, JOURNAL), "utf8").split("\n")[0]).toBe(`{"terrane_state_journal":1,"lineage":"${LINEAGE}","serial":7}`);
  });

  it("stops journaling after a plain writeState, until the next snapshot", async () => {
    const { m, live } = await opened(1);
    m.writeState(live, 4);
    m.persistStateSync();
    expect(m.writeChange(live, 5, setInstance(live, 1, 0)).journaled).toBe(true);
    m.writeState(live, 6);
    expect(m.writeChange(live, 7, setInstance(live, 2, 0)).journaled).toBe(false);
    m.persistStateSync();
    expect(m.writeChange(live, 8, setInstance(live, 3, 0)).journaled).toBe(true);
  });

  it("gives the journal the state file's permissions", async () => {
    const { dir, m, live } = await opened(1);
    m.writeState(live, 4);
    m.persistStateSync();
    chmodSync(join(dir, "terraform.tfstate"), 0o600);
    m.writeChange(live, 5, setInstance(live, 1, 0));
    expect(statSync(join(dir, JOURNAL)).mode & 0o777).toBe(0o600);
  });

  it("reports a journal that cannot be written as a failure to save the state", async () => {
    const { dir, m, live } = await opened(1);
    m.writeState(live, 4);
    m.persistStateSync();
    const { mkdirSync } = await import("node:fs");
    mkdirSync(join(dir, JOURNAL));
    const r = m.writeChange(live, 5, setInstance(live, 1, 0));
    expect(r.journaled).toBe(false);
    expect(r.diagnostics[0]).toMatchObject({ severity: "error", summary: "Failed to save state" });
  });
});

describe("FilesystemState journal: reading", () => {
  /** A folder where a writer persisted 2 instances at serial 4, then journaled 3 more (serials 5 to 7) and stopped. */
  async function killedWriter(): Promise<{ dir: string; live: State }> {
    const { dir, m, live } = await opened(1);
    setInstance(live, 1, 0);
    m.writeState(live, 4);
    m.persistStateSync();
    for (let i = 2; i < 5; i++) m.writeChange(live, i + 3, setInstance(live, i, 0));
    return { dir, live };
  }

  it("replays the journal: the state the writer had, with its last serial; the next persist writes it and clears the journal", async () => {
    const { dir, live } = await killedWriter();
    const m = manager(dir, true);
    await m.lock(newLockInfo("OperationTypeApply", "test"));
    expect(await m.refresh()).toEqual([]);
    expect(m.journalCounts.replayed).toBe(3);
    expect(m.snapshotMeta()).toMatchObject({ serial: 7, lineage: LINEAGE });
    expect(writeStateFile({ ...readFile(dir), serial: 7, state: m.state() })).toBe(writeStateFile({ ...readFile(dir), serial: 7, state: live }));
    m.writeState(m.state(), 7);
    expect(m.persistStateSync()).toEqual([]);
    expect(readFile(dir).serial).toBe(7);
    expect([...readFile(dir).state.allInstances()]).toHaveLength(5);
    expect(readdirSync(dir).sort()).toEqual([".terraform.tfstate.lock.info", "terraform.tfstate"]);
  });

  it("backs up the state as replayed, before the first change", async () => {
    const { dir } = await killedWriter();
    const m = manager(dir, true);
    await m.lock(newLockInfo("OperationTypeApply", "test"));
    await m.refresh();
    const changed = copyState(m.state());
    setInstance(changed, 5, 0);
    m.writeState(changed, 8);
    m.persistStateSync();
    const backup = readFile(dir, "terraform.tfstate.backup");
    expect(backup.serial).toBe(7);
    expect([...backup.state.allInstances()]).toHaveLength(5);
  });

  it("leaves out a record whose write did not finish", async () => {
    const { dir } = await killedWriter();
    writeFileSync(join(dir, JOURNAL), readFileSync(join(dir, JOURNAL), "utf8").slice(0, -20));
    const m = manager(dir);
    expect(await m.refresh()).toEqual([]);
    expect(m.journalCounts.replayed).toBe(2);
    expect(m.snapshotMeta()!.serial).toBe(6);
  });

  it("removes, under the lock, a journal the file already holds (killed between snapshot and cleanup)", async () => {
    const { dir } = await killedWriter();
    const journal = readFileSync(join(dir, JOURNAL), "utf8");
    const m = manager(dir);
    await m.lock(newLockInfo("OperationTypeApply", "test"));
    await m.refresh();
    m.writeState(m.state(), 7);
    m.persistStateSync();
    writeFileSync(join(dir, JOURNAL), journal);
    const again = manager(dir);
    expect(await again.refresh()).toEqual([]);
    expect(existsSync(join(dir, JOURNAL))).toBe(true);
    await m.unlock((JSON.parse(readFileSync(join(dir, ".terraform.tfstate.lock.info"), "utf8")) as { ID: string }).ID);
    const locked = manager(dir);
    await locked.lock(newLockInfo("OperationTypeApply", "test"));
    expect(await locked.refresh()).toEqual([]);
    expect(locked.journalCounts.replayed).toBe(0);
    expect(existsSync(join(dir, JOURNAL))).toBe(false);
  });

  it.each([
    ["another lineage", (j: string) => j.replace(LINEAGE, "11111111-1111-1111-1111-111111111111"), /the state file has lineage 00000000/],
    ["a newer snapshot than the file", (j: string) => j.replace('"serial":4}', '"serial":5}'), /extends serial 5 of this state, but the state file holds the older serial 4/],
    ["damaged records", (j: string) => j.replace('"instance"', '"instanse"'), /it is not a valid journal \(line 2: not a journal record\)/],
  ])("reports a journal of %s, applies none of it, and sets it aside under the lock", async (_, damage, reason) => {
    const { dir } = await killedWriter();
    const before = readFileSync(join(dir, "terraform.tfstate"), "utf8");
    writeFileSync(join(dir, JOURNAL), damage(readFileSync(join(dir, JOURNAL), "utf8")));
    const unlocked = manager(dir);
    const seen = await unlocked.refresh();
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ severity: "warning", summary: "State journal not applied" });
    expect(seen[0]!.detail).toMatch(reason);
    expect(seen[0]!.detail).toContain("It was left in place.");
    expect([...unlocked.state().allInstances()]).toHaveLength(2);
    expect(existsSync(join(dir, JOURNAL))).toBe(true);

    const m = manager(dir);
    await m.lock(newLockInfo("OperationTypeApply", "test"));
    const diags = await m.refresh();
    expect(diags[0]!.detail).toMatch(/It has been renamed to terraform\.tfstate\.journal\.\d+\.rejected\./);
    expect(m.snapshotMeta()!.serial).toBe(4);
    expect(existsSync(join(dir, JOURNAL))).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith(".rejected"))).toHaveLength(1);
    expect(readFileSync(join(dir, "terraform.tfstate"), "utf8")).toBe(before);
  });

  it("reports a journal with no state file beside it", async () => {
    const { dir } = await killedWriter();
    const { rmSync } = await import("node:fs");
    rmSync(join(dir, "terraform.tfstate"));
    const diags = await manager(dir).refresh();
    expect(diags[0]!.detail).toContain("there is no state file for it to extend");
  });
});

describe("PersistBatcher with a journal", () => {
  it("writes the first change as a snapshot, journals the rest, and writes few snapshots", async () => {
    const { dir, m, live } = await opened(0, 0);
    const batcher = new PersistBatcher(m, { intervalMs: 10_000 });
    for (let i = 0; i < 200; i++) batcher.update(live, i + 1, setInstance(live, i, i));
    expect(batcher.persistCount).toBe(1);
    expect(batcher.journalRecords).toBe(199);
    const replayed = manager(dir);
    await replayed.refresh();
    expect([...replayed.state().allInstances()]).toHaveLength(200);
    expect(replayed.snapshotMeta()!.serial).toBe(200);
    batcher.update(live, 201, "globals");
    expect(await batcher.flush()).toEqual([]);
    expect(batcher.persistCount).toBe(2);
    expect(readFile(dir).serial).toBe(201);
    expect(existsSync(join(dir, JOURNAL))).toBe(false);
  });
});
