import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FilesystemState } from "../../../backends/index.js";
import { PersistBatcher, type StatePersister, type StateWriter } from "../../../core/statemgr/index.js";
import { readStateFile, type State } from "../../../core/states/index.js";
import { errorDiag, type Diagnostic } from "../../../lang/source/diagnostics.js";
import { stateWith } from "../../backends/state-fixtures.js";

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

// A target that records when each persist started and takes `cost` ms (the batcher's schedule is
// what is tested here; the real writes are tested with FilesystemState below).
function recorder(cost = 0, fail = false): StateWriter & StatePersister & { starts: number[]; written: State[]; held?: State } {
  const r = {
    starts: [] as number[],
    written: [] as State[],
    held: undefined as State | undefined,
    writeState(s: State) {
      r.held = s;
    },
    async persistState(): Promise<Diagnostic[]> {
      r.starts.push(performance.now());
      r.written.push(r.held!);
      await sleep(cost);
      return fail ? [errorDiag("Failed to save state", "Error saving state: disk full")] : [];
    },
  };
  return r;
}

describe("PersistBatcher", () => {
  it("persists at most once per interval however often it is fed, and the last state at the flush", async () => {
    const target = recorder();
    const batcher = new PersistBatcher(target, { intervalMs: 100 });
    const states = Array.from({ length: 5 }, (_, i) => stateWith(1, i));
    const started = performance.now();
    for (let i = 0; i < 300; i++) {
      batcher.update(states[i % 5]!);
      await sleep(1);
    }
    const elapsed = performance.now() - started;
    batcher.update(states[4]!);
    expect(await batcher.flush()).toEqual([]);
    const gaps = target.starts.slice(1, -1).map((t, i) => t - target.starts[i]!);
    for (const g of gaps) expect(g).toBeGreaterThanOrEqual(98);
    expect(target.starts.length).toBeLessThanOrEqual(Math.ceil(elapsed / 100) + 2);
    expect(target.written.at(-1)).toBe(states[4]);
    expect(batcher.persistCount).toBe(target.starts.length);
  });

  it("waits twice as long as a slow write took before the next one", async () => {
    const target = recorder(60);
    const batcher = new PersistBatcher(target, { intervalMs: 10, costFactor: 2 });
    for (let i = 0; i < 40; i++) {
      batcher.update(stateWith(1, i));
      await sleep(10);
    }
    await batcher.flush();
    const gaps = target.starts.slice(1, -1).map((t, i) => t - target.starts[i]!);
    expect(gaps.length).toBeGreaterThan(0);
    for (const g of gaps) expect(g).toBeGreaterThanOrEqual(175);
  });

  it("waits four times as long as the last write took by default", async () => {
    const target = recorder(40);
    const batcher = new PersistBatcher(target, { intervalMs: 10 });
    for (let i = 0; i < 40; i++) {
      batcher.update(stateWith(1, i));
      await sleep(10);
    }
    await batcher.flush();
    const gaps = target.starts.slice(1, -1).map((t, i) => t - target.starts[i]!);
    expect(gaps.length).toBeGreaterThan(0);
    for (const g of gaps) expect(g).toBeGreaterThanOrEqual(195);
  });

  it("does not persist when nothing was fed, and a flush after a flush writes nothing more", async () => {
    const target = recorder();
    const batcher = new PersistBatcher(target);
    await batcher.flush();
    expect(target.starts).toEqual([]);
    batcher.update(stateWith(1));
    await batcher.flush();
    await batcher.flush();
    expect(target.starts).toHaveLength(1);
  });

  it("returns the errors of every write at the flush", async () => {
    const batcher = new PersistBatcher(recorder(0, true), { intervalMs: 5 });
    batcher.update(stateWith(1));
    await sleep(30);
    batcher.update(stateWith(2));
    const diags = await batcher.flush();
    expect(diags).toHaveLength(2);
    expect(diags[0]).toMatchObject({ summary: "Failed to save state", detail: "Error saving state: disk full" });
  });

  it("writes with the serial it is given, and hands errors to takeDiagnostics as they happen", async () => {
    const dir = mkdtempSync(join(tmpdir(), "terrane-batcher-serial-"));
    const manager = new FilesystemState({ cwd: dir, path: "terraform.tfstate", terraformVersion: "1.11.4" });
    await manager.refresh();
    const batcher = new PersistBatcher(manager, { intervalMs: 5 });
    batcher.update(stateWith(3, 1), 41);
    expect(await batcher.flush()).toEqual([]);
    expect(readStateFile(readFileSync(join(dir, "terraform.tfstate"), "utf8")).file!.serial).toBe(41);
    const failing = new PersistBatcher(recorder(0, true), { intervalMs: 5 });
    failing.update(stateWith(1));
    await sleep(30);
    expect(failing.takeDiagnostics()).toHaveLength(1);
    expect(await failing.flush()).toEqual([]);
  });

  it("writes synchronously from update when the event loop does not turn, so a long synchronous run still persists", async () => {
    const dir = mkdtempSync(join(tmpdir(), "terrane-batcher-busy-"));
    const manager = new FilesystemState({ cwd: dir, path: "terraform.tfstate", terraformVersion: "1.11.4" });
    await manager.refresh();
    const batcher = new PersistBatcher(manager, { intervalMs: 20 });
    const states = Array.from({ length: 10 }, (_, i) => stateWith(5, i));
    const seen: number[] = [];
    // 400 ms of updates without ever yielding to the event loop: no timer can fire.
    const until = performance.now() + 400;
    for (let i = 0; performance.now() < until; i++) {
      batcher.update(states[i % 10]!, i + 1);
      if (manager.writeCount > seen.length) seen.push(JSON.parse(readFileSync(join(dir, "terraform.tfstate"), "utf8")).serial as number);
    }
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(seen).toEqual([...seen].sort((x, y) => x - y));
    expect(await batcher.flush()).toEqual([]);
  });

  it("writes the final state of a long run to a real state file with few writes", async () => {
    const dir = mkdtempSync(join(tmpdir(), "terrane-batcher-"));
    const manager = new FilesystemState({ cwd: dir, path: "terraform.tfstate", backupPath: "terraform.tfstate.backup", terraformVersion: "1.11.4" });
    await manager.refresh();
    const batcher = new PersistBatcher(manager, { intervalMs: 50 });
    for (let i = 1; i <= 200; i++) {
      batcher.update(stateWith(20, i));
      if (i % 10 === 0) await sleep(5);
    }
    expect(await batcher.flush()).toEqual([]);
    const file = readStateFile(readFileSync(join(dir, "terraform.tfstate"), "utf8")).file!;
    expect(JSON.parse([...file.state.allInstances()][0]!.state.current!.attrsJson).input.value).toBe(200);
    expect(file.serial).toBe(batcher.persistCount);
    expect(batcher.persistCount).toBeLessThan(20);
  });
});
