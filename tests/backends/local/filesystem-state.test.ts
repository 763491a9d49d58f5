import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FilesystemState } from "../../../backends/index.js";
import { readStateFile, writeStateFile, type StateFile } from "../../../core/states/index.js";
import { newLockInfo } from "../../../core/statemgr/index.js";
import { stateText, stateWith } from "../state-fixtures.js";

const LINEAGE = "5f0c6a43-8d2e-4a1b-9c7d-0e1f2a3b4c5d";

function workDir(): string {
  return mkdtempSync(join(tmpdir(), "terrane-fs-state-"));
}

function readFile(dir: string, name = "terraform.tfstate"): StateFile {
  const r = readStateFile(readFileSync(join(dir, name), "utf8"));
  if (!r.file) throw new Error(JSON.stringify(r.diagnostics));
  return r.file;
}

function manager(dir: string, opts: { path?: string; readPath?: string; backup?: boolean } = {}): FilesystemState {
  const path = opts.path ?? "terraform.tfstate";
  return new FilesystemState({
    cwd: dir,
    path,
    ...(opts.readPath ? { readPath: opts.readPath } : {}),
    ...(opts.backup === false ? {} : { backupPath: `${path}.backup` }),
    terraformVersion: "1.11.4",
  });
}

// A state file as Terraform writes it, so that an unchanged state is recognised byte for byte.
function seed(dir: string, name: string, count: number, input: number, serial: number): string {
  const r = readStateFile(stateText(count, input, serial, LINEAGE));
  const text = writeStateFile(r.file!);
  writeFileSync(join(dir, name), text);
  return text;
}

describe("FilesystemState: serial and lineage", () => {
  it("starts a new state with a new lineage and serial 1, and makes no backup", async () => {
    const dir = workDir();
    const m = manager(dir);
    expect(await m.refresh()).toEqual([]);
    expect(m.state().isEmpty).toBe(true);
    expect(m.snapshotMeta()).toBeUndefined();
    m.writeState(stateWith(2));
    expect(await m.persistState()).toEqual([]);
    const f = readFile(dir);
    expect(f.serial).toBe(1);
    expect(f.lineage).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(f.terraformVersion).toBe("1.11.4");
    expect(m.snapshotMeta()).toEqual({ lineage: f.lineage, serial: 1, terraformVersion: "1.11.4" });
    expect(existsSync(join(dir, "terraform.tfstate.backup"))).toBe(false);
  });

  it("writes nothing when nothing was written since the refresh", async () => {
    const dir = workDir();
    const m = manager(dir);
    await m.refresh();
    expect(await m.persistState()).toEqual([]);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("keeps the serial and does not rewrite the file when the state is unchanged", async () => {
    const dir = workDir();
    const text = seed(dir, "terraform.tfstate", 3, 1, 5);
    const inode = statSync(join(dir, "terraform.tfstate")).ino;
    const m = manager(dir);
    await m.refresh();
    m.writeState(stateWith(3, 1));
    expect(await m.persistState()).toEqual([]);
    expect(readFileSync(join(dir, "terraform.tfstate"), "utf8")).toBe(text);
    expect(statSync(join(dir, "terraform.tfstate")).ino).toBe(inode);
    expect(existsSync(join(dir, "terraform.tfstate.backup"))).toBe(false);
  });

  it("adds one to the serial for each write that changes the content, keeping the lineage", async () => {
    const dir = workDir();
    seed(dir, "terraform.tfstate", 3, 1, 5);
    const m = manager(dir);
    await m.refresh();
    const serials: number[] = [];
    for (const input of [2, 2, 3, 3, 3, 1]) {
      m.writeState(stateWith(3, input));
      await m.persistState();
      serials.push(readFile(dir).serial);
    }
    // back to the original content (input 1) is still a change from the last snapshot (input 3)
    expect(serials).toEqual([6, 6, 7, 7, 7, 8]);
    expect(readFile(dir).lineage).toBe(LINEAGE);
  });

  it("writes the state byte for byte as the codec does", async () => {
    const dir = workDir();
    seed(dir, "terraform.tfstate", 2, 1, 5);
    const m = manager(dir);
    await m.refresh();
    const next = stateWith(4, 9);
    m.writeState(next);
    await m.persistState();
    expect(readFileSync(join(dir, "terraform.tfstate"), "utf8")).toBe(writeStateFile({ terraformVersion: "1.11.4", serial: 6, lineage: LINEAGE, state: next }));
  });

  it("refuses a file that is not a state file", async () => {
    const dir = workDir();
    writeFileSync(join(dir, "terraform.tfstate"), "{ nope");
    const diags = await manager(dir).refresh();
    expect(diags[0]).toMatchObject({ severity: "error", summary: "Unsupported state file format" });
  });
});

describe("FilesystemState: backup", () => {
  it("backs up the state as it was at the start, once, before the first change", async () => {
    const dir = workDir();
    const original = seed(dir, "terraform.tfstate", 3, 1, 5);
    const m = manager(dir);
    expect(typeof (await m.lock(newLockInfo("OperationTypeApply", "0.1.0")))).toBe("string");
    await m.refresh();
    m.writeState(stateWith(3, 1));
    await m.persistState();
    expect(existsSync(join(dir, "terraform.tfstate.backup"))).toBe(false);
    m.writeState(stateWith(3, 2));
    await m.persistState();
    expect(readFileSync(join(dir, "terraform.tfstate.backup"), "utf8")).toBe(original);
    m.writeState(stateWith(3, 3));
    await m.persistState();
    expect(readFile(dir, "terraform.tfstate.backup").serial).toBe(5);
    expect(readFile(dir).serial).toBe(7);
  });

  it("makes no backup when backups are off", async () => {
    const dir = workDir();
    seed(dir, "terraform.tfstate", 1, 1, 5);
    const m = manager(dir, { backup: false });
    await m.refresh();
    m.writeState(stateWith(1, 2));
    await m.persistState();
    expect(readdirSync(dir).sort()).toEqual(["terraform.tfstate"]);
  });

  it("records the running version in the backup, as statefile.Write does", async () => {
    const dir = workDir();
    writeFileSync(join(dir, "terraform.tfstate"), stateText(1, 1, 2, LINEAGE).replace('"1.11.4"', '"1.9.0"'));
    const m = manager(dir);
    await m.refresh();
    m.writeState(stateWith(1, 2));
    await m.persistState();
    expect(readFile(dir, "terraform.tfstate.backup")).toMatchObject({ terraformVersion: "1.11.4", serial: 2 });
  });
});

describe("FilesystemState: -state and -state-out", () => {
  it("reads the first snapshot from the read path and writes to the write path", async () => {
    const dir = workDir();
    const input = seed(dir, "in.tfstate", 2, 1, 3);
    const m = manager(dir, { path: "out.tfstate", readPath: "in.tfstate" });
    await m.refresh();
    expect(m.readPath).toBe("in.tfstate");
    m.writeState(m.state());
    await m.persistState();
    expect(readFile(dir, "out.tfstate")).toMatchObject({ serial: 3, lineage: LINEAGE });
    m.writeState(stateWith(2, 7));
    await m.persistState();
    expect(readFile(dir, "out.tfstate").serial).toBe(4);
    expect(readFileSync(join(dir, "in.tfstate"), "utf8")).toBe(input);
    expect(m.readPath).toBe("out.tfstate");
    expect(existsSync(join(dir, "out.tfstate.backup"))).toBe(false);
    await m.refresh();
    expect(m.snapshotMeta()?.serial).toBe(4);
  });
});

describe("FilesystemState: atomic files", () => {
  it("keeps the file's permissions and leaves no temporary files", async () => {
    const dir = workDir();
    seed(dir, "terraform.tfstate", 1, 1, 1);
    chmodSync(join(dir, "terraform.tfstate"), 0o600);
    const m = manager(dir, { backup: false });
    await m.refresh();
    for (let i = 2; i < 6; i++) {
      m.writeState(stateWith(1, i));
      await m.persistState();
    }
    expect(statSync(join(dir, "terraform.tfstate")).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(["terraform.tfstate"]);
  });

  it("makes missing folders for the state", async () => {
    const dir = workDir();
    const m = manager(dir, { path: "a/b/terraform.tfstate" });
    await m.refresh();
    m.writeState(stateWith(1));
    await m.persistState();
    expect(readFile(dir, "a/b/terraform.tfstate").serial).toBe(1);
  });

  it("reports a write that fails as a diagnostic and keeps the state to write", async () => {
    const dir = workDir();
    writeFileSync(join(dir, "blocker"), "");
    const m = manager(dir, { path: "blocker/terraform.tfstate" });
    await m.refresh();
    m.writeState(stateWith(1));
    const diags = await m.persistState();
    expect(diags).toHaveLength(1);
    expect(diags[0]).toMatchObject({ severity: "error", summary: "Failed to save state" });
    expect(diags[0]!.detail).toMatch(/^Error saving state: /);
  });
});

describe("FilesystemState: writes for an operation that counts its serials", () => {
  it("writes the serial it is given, rewrites an unchanged state whose serial moved, and leaves alone one whose did not", async () => {
    const dir = workDir();
    const text = seed(dir, "terraform.tfstate", 3, 1, 5);
    const m = manager(dir);
    await m.refresh();
    m.writeState(stateWith(3, 1), 5);
    expect(await m.persistState()).toEqual([]);
    expect(m.writeCount).toBe(0);
    expect(readFileSync(join(dir, "terraform.tfstate"), "utf8")).toBe(text);
    m.writeState(stateWith(3, 1), 7);
    expect(await m.persistState()).toEqual([]);
    expect(readFile(dir)).toMatchObject({ serial: 7, lineage: LINEAGE });
    expect(m.writeCount).toBe(1);
  });

  it("persists synchronously the way it persists asynchronously, backup first", () => {
    const dir = workDir();
    const original = seed(dir, "terraform.tfstate", 2, 1, 3);
    const m = manager(dir);
    return m.refresh().then(() => {
      m.writeState(stateWith(2, 2), 4);
      expect(m.persistStateSync()).toEqual([]);
      expect(readFileSync(join(dir, "terraform.tfstate.backup"), "utf8")).toBe(original);
      expect(readFile(dir)).toMatchObject({ serial: 4, lineage: LINEAGE });
      expect(m.writeCount).toBe(1);
      expect(readdirSync(dir).sort()).toEqual(["terraform.tfstate", "terraform.tfstate.backup"]);
    });
  });

  it("queues asynchronous persists behind each other, each writing the state held when it runs", async () => {
    const dir = workDir();
    const m = manager(dir);
    await m.refresh();
    m.writeState(stateWith(2));
    const first = m.persistState();
    m.writeState(stateWith(3));
    const second = m.persistState();
    expect(await first).toEqual([]);
    expect(await second).toEqual([]);
    expect([...readFile(dir).state.allInstances()]).toHaveLength(3);
    expect(m.writeCount).toBe(1);
  });

  it("reports a failed synchronous write and keeps the state pending", async () => {
    const dir = workDir();
    const m = manager(dir, { path: "sub/terraform.tfstate", backup: false });
    await m.refresh();
    writeFileSync(join(dir, "sub"), "a file where the directory should be");
    m.writeState(stateWith(1));
    const diags = m.persistStateSync();
    expect(diags).toHaveLength(1);
    expect(diags[0]).toMatchObject({ severity: "error", summary: "Failed to save state" });
    expect(diags[0]!.detail).toMatch(/^Error saving state: /);
  });
});
