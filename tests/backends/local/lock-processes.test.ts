import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { LocalBackend } from "../../../backends/index.js";
import { newLockInfo } from "../../../core/statemgr/index.js";
import { readStateFile } from "../../../core/states/index.js";

// Locking and crash safety between real processes: each child is `node` running a script from
// tests/backends/child against the TypeScript sources (transpiled by tests/helpers/ts-loader.mjs).

const childDir = fileURLToPath(new URL("../child/", import.meta.url));
const running: ChildProcessWithoutNullStreams[] = [];

interface Child {
  readonly proc: ChildProcessWithoutNullStreams;
  /** Resolves with the first output line matching `re` (lines already printed count). */
  line(re: RegExp): Promise<string>;
  /** Resolves when the process has exited. */
  readonly exited: Promise<void>;
}

function child(script: string, ...args: string[]): Child {
  const proc = spawn(process.execPath, ["--import", fileURLToPath(new URL("../../helpers/ts-loader.mjs", import.meta.url)), join(childDir, script), ...args]);
  running.push(proc);
  const lines: string[] = [];
  let waiters: (() => void)[] = [];
  let buffer = "";
  proc.stdout.on("data", (chunk: Buffer) => {
    buffer += chunk.toString();
    const parts = buffer.split("\n");
    buffer = parts.pop()!;
    lines.push(...parts);
    for (const w of waiters.splice(0)) w();
  });
  let stderr = "";
  proc.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => proc.on("exit", () => resolve()));
  const line = (re: RegExp): Promise<string> =>
    new Promise((resolve, reject) => {
      const check = (): void => {
        const found = lines.find((l) => re.test(l));
        if (found !== undefined) return resolve(found);
        if (proc.exitCode !== null || proc.signalCode !== null) return reject(new Error(`child exited without ${re}: ${lines.join("\n")}\n${stderr}`));
        waiters.push(check);
      };
      proc.on("exit", () => {
        waiters = [];
        check();
      });
      check();
    });
  return { proc, line, exited };
}

afterEach(() => {
  for (const p of running.splice(0)) if (p.exitCode === null && p.signalCode === null) p.kill("SIGKILL");
});

function workDir(): string {
  return mkdtempSync(join(tmpdir(), "terrane-lock-proc-"));
}

describe("locking between processes", () => {
  it("lets exactly one of several processes take the lock", async () => {
    const dir = workDir();
    const children = [child("locker.ts", dir, "hold"), child("locker.ts", dir, "hold"), child("locker.ts", dir, "hold")];
    const outcomes = await Promise.all(children.map((c) => c.line(/^(LOCKED|FAILED)/)));
    expect(outcomes.filter((l) => l.startsWith("LOCKED"))).toHaveLength(1);
    const winner = outcomes.find((l) => l.startsWith("LOCKED"))!.split(" ")[1];
    for (const l of outcomes.filter((o) => o.startsWith("FAILED"))) {
      const failed = JSON.parse(l.slice("FAILED ".length)) as { holder: string; text: string };
      expect(failed.holder).toBe(winner);
      expect(failed.text).toContain(`  ID:        ${winner}\n`);
    }
    for (const c of children) c.proc.stdin.end();
    await Promise.all(children.map((c) => c.exited));
    expect(existsSync(join(dir, ".terraform.tfstate.lock.info"))).toBe(false);
  });

  it("makes another process wait for the lock until its -lock-timeout, and succeed when released in time", async () => {
    const dir = workDir();
    const holder = child("locker.ts", dir, "hold");
    const id = (await holder.line(/^LOCKED /)).split(" ")[1];
    const impatient = JSON.parse(await child("locker.ts", dir, "try", "0").line(/^\{/)) as { ok: boolean; holder: string; text: string };
    expect(impatient.ok).toBe(false);
    expect(impatient.holder).toBe(id);
    expect(impatient.text).toMatch(/^resource temporarily unavailable\nLock Info:\n/);
    const patient = child("locker.ts", dir, "try", "20000");
    await patient.line(/^TRYING$/);
    await new Promise((r) => setTimeout(r, 1500));
    holder.proc.stdin.write("release\n");
    await holder.line(/^UNLOCKED$/);
    const r = JSON.parse(await patient.line(/^\{/)) as { ok: boolean; elapsed: number };
    expect(r.ok).toBe(true);
    expect(r.elapsed).toBeGreaterThanOrEqual(1000);
  });

  it("gives up at the timeout while the lock stays held", async () => {
    const dir = workDir();
    const holder = child("locker.ts", dir, "hold");
    await holder.line(/^LOCKED /);
    const r = JSON.parse(await child("locker.ts", dir, "try", "1500").line(/^\{/)) as { ok: boolean; elapsed: number; held: boolean };
    expect(r).toMatchObject({ ok: false, held: true });
    expect(r.elapsed).toBeGreaterThanOrEqual(1400);
    expect(r.elapsed).toBeLessThan(3000);
  });

  it("replaces the lock of a killed process, as stale, at the next lock", async () => {
    const dir = workDir();
    const holder = child("locker.ts", dir, "hold");
    const id = (await holder.line(/^LOCKED /)).split(" ")[1]!;
    holder.proc.kill("SIGKILL");
    await holder.exited;
    const manager = new LocalBackend({ cwd: dir, terraformVersion: "1.11.4" }).stateManager("default");
    expect(typeof (await manager.lock(newLockInfo("OperationTypePlan", "0.1.0")))).toBe("string");
    expect(manager.staleLockRemoved?.id).toBe(id);
  });
});

describe("crash safety", () => {
  it("leaves a complete state file when the writer is killed in the middle of writing", async () => {
    const dir = workDir();
    for (const delay of [0, 7, 23]) {
      const writer = child("writer.ts", dir, "2000");
      await writer.line(/^WROTE \d+$/);
      await new Promise((r) => setTimeout(r, delay));
      writer.proc.kill("SIGKILL");
      await writer.exited;
      const r = readStateFile(readFileSync(join(dir, "terraform.tfstate"), "utf8"));
      expect(r.diagnostics).toEqual([]);
      const file = r.file!;
      const instances = [...file.state.allInstances()];
      expect(instances).toHaveLength(2000);
      // write number i holds input i and has serial i, so a mixed file would show
      for (const inst of instances) expect(JSON.parse(inst.state.current!.attrsJson).input.value).toBe(file.serial);
    }
  });
});
