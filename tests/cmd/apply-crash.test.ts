import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FilesystemState } from "../../backends/index.js";
import { readStateFile, writeStateFile } from "../../core/states/index.js";
import { runCli } from "../helpers/cli.js";
import { progressAddresses, startTerrane, until } from "./child/spawn-terrane.js";

// Crash safety of apply, with real processes: an apply of 60 slow resources (time_sleep, 250 ms each,
// 10 at a time) is killed with SIGKILL part-way, or interrupted once with SIGINT; an apply of 10,000
// terraform_data instances is killed once its first state write is on disk. The state file it
// leaves must parse, hold only objects the run created, and carry the serial of what it holds (one
// per object created, Terraform's count); with the journal beside it, the state read back holds
// every object reported complete. After SIGKILL the lock stays, is reported as left by a dead process
// and removed with force-unlock, and the next apply creates the rest. After SIGINT the run saves
// everything that completed and releases the lock. (The random kills are in apply-kill.test.ts.)
// Also: two applies started at once on one state, and files that must make a run stop with an error
// before it overwrites anything.

const COUNT = 60;
const CONFIG = `resource "time_sleep" "s" {
  count           = ${COUNT}
  create_duration = "250ms"
}
`;

function workDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "terrane-apply-crash-"));
  writeFileSync(join(dir, "main.tf"), CONFIG);
  return dir;
}

/** The instance addresses in a state file's text (which must parse and be complete), and its serial. */
function stateContent(text: string): { addrs: Set<string>; serial: number } {
  const file = readStateFile(text).file;
  expect(file).toBeDefined();
  expect(writeStateFile(file!)).toBe(text);
  const addrs = new Set([...file!.state.allInstances()].map((i) => i.addr.toString()));
  return { addrs, serial: file!.serial };
}

/** The state as the next run reads it: the state file with the journal beside it replayed. */
async function stateRead(dir: string): Promise<{ addrs: Set<string>; serial: number; diagnostics: unknown[] }> {
  const manager = new FilesystemState({ cwd: dir, path: "terraform.tfstate", terraformVersion: "1.11.4" });
  const diagnostics = await manager.refresh();
  const addrs = new Set([...manager.state().allInstances()].map((i) => i.addr.toString()));
  return { addrs, serial: manager.snapshotMeta()?.serial ?? 0, diagnostics };
}

function instancesOnDisk(dir: string): number {
  try {
    const file = readStateFile(readFileSync(join(dir, "terraform.tfstate"), "utf8")).file;
    return file ? [...file.state.allInstances()].length : 0;
  } catch {
    return 0;
  }
}

describe("apply killed part-way", () => {
  it("leaves a complete state of what was created and a stale lock, and the next apply replaces the lock and finishes", async () => {
    const dir = workDir();
    const child = startTerrane(dir, ["apply", "-auto-approve", "-no-color"]);
    await until(() => progressAddresses(child.output.stdout, "Creation complete").size >= 20 && instancesOnDisk(dir) > 0, "20 objects created and saved", child);
    child.process.kill("SIGKILL");
    expect(await child.exited).toBe("SIGKILL");
    const started = progressAddresses(child.output.stdout, "Creating...");
    const completed = progressAddresses(child.output.stdout, "Creation complete");
    const text = readFileSync(join(dir, "terraform.tfstate"), "utf8");
    const snapshot = stateContent(text);
    // One logical write per object created: the file holds the state its serial was counted for.
    expect(snapshot.serial).toBe(snapshot.addrs.size);
    // The journal holds what completed after that snapshot: the state read back has all of it.
    const saved = await stateRead(dir);
    expect(saved.diagnostics).toEqual([]);
    for (const addr of completed) expect(saved.addrs).toContain(addr);
    for (const addr of snapshot.addrs) expect(saved.addrs).toContain(addr);
    expect(saved.addrs.size).toBeLessThan(COUNT);
    for (const addr of saved.addrs) expect(started).toContain(addr);
    expect(saved.serial).toBe(saved.addrs.size);

    const lockPath = join(dir, ".terraform.tfstate.lock.info");
    const lock = JSON.parse(readFileSync(lockPath, "utf8")) as { ID: string; Pid: number; Operation: string };
    expect(lock).toMatchObject({ Pid: child.process.pid, Operation: "OperationTypeApply" });
    expect(readFileSync(join(dir, "terraform.tfstate"), "utf8")).toBe(text);

    const rest = await runCli(["apply", "-auto-approve", "-no-color"], { cwd: dir });
    expect(rest.stderr).toBe("");
    expect(rest.code).toBe(0);
    expect(rest.stdout).toContain(`Removed a stale state lock (ID ${lock.ID}, taken `);
    expect(rest.stdout).toContain(`by pid ${child.process.pid} on `);
    expect(rest.stdout).toContain(`Apply complete! Resources: ${COUNT - saved.addrs.size} added, 0 changed, 0 destroyed.`);
    const final = stateContent(readFileSync(join(dir, "terraform.tfstate"), "utf8"));
    expect(final.addrs.size).toBe(COUNT);
    // From the killed run's serial: one per object created, and the final write.
    expect(final.serial).toBe(saved.serial + (COUNT - saved.addrs.size) + 1);
    // The backup is the state as the run read it, journal included.
    const backup = stateContent(readFileSync(join(dir, "terraform.tfstate.backup"), "utf8"));
    expect(backup).toEqual({ addrs: saved.addrs, serial: saved.serial });
    expect(existsSync(lockPath)).toBe(false);
    expect(existsSync(join(dir, "terraform.tfstate.journal"))).toBe(false);
  }, 60_000);
});

describe("apply of built-in resources killed part-way", () => {
  // terraform_data answers without I/O, so the apply runs without the event loop turning: the state
  // is then written synchronously once a write is overdue (PersistBatcher), and a kill still finds it.
  it("finds a complete intermediate state although no timer could fire", async () => {
    const n = 10_000;
    const dir = mkdtempSync(join(tmpdir(), "terrane-apply-crash-data-"));
    writeFileSync(join(dir, "main.tf"), `resource "terraform_data" "r" {\n  count = ${n}\n  input = count.index\n}\n`);
    const child = startTerrane(dir, ["apply", "-auto-approve", "-no-color"]);
    await until(() => existsSync(join(dir, "terraform.tfstate")), "a first state write", child, 60_000);
    child.process.kill("SIGKILL");
    expect(await child.exited).toBe("SIGKILL");
    const snapshot = stateContent(readFileSync(join(dir, "terraform.tfstate"), "utf8"));
    expect(snapshot.addrs.size).toBeGreaterThan(0);
    expect(snapshot.addrs.size).toBeLessThan(n);
    expect(snapshot.serial).toBe(snapshot.addrs.size);
    const saved = await stateRead(dir);
    expect(saved.diagnostics).toEqual([]);
    expect(saved.addrs.size).toBeGreaterThanOrEqual(snapshot.addrs.size);
    for (const addr of snapshot.addrs) expect(saved.addrs).toContain(addr);
    expect(saved.serial).toBe(saved.addrs.size);
    expect(existsSync(join(dir, ".terraform.tfstate.lock.info"))).toBe(true);
  }, 90_000);
});

describe("apply interrupted once (Ctrl-C)", () => {
  it("saves every object that completed, exits non-zero and releases the lock", async () => {
    const dir = workDir();
    const child = startTerrane(dir, ["apply", "-auto-approve", "-no-color"]);
    await until(() => progressAddresses(child.output.stdout, "Creation complete").size >= 10, "10 objects created", child);
    child.process.kill("SIGINT");
    expect(await child.exited).toBe(1);
    const { stdout, stderr } = child.output;
    expect(stdout).toContain("\nInterrupt received.\nPlease wait for Terrane to exit or data loss may occur.\nGracefully shutting down...\n\nStopping operation...\n");
    expect(stderr).toContain("Error: execution halted");
    expect(stdout).not.toContain("Apply complete!");
    const saved = stateContent(readFileSync(join(dir, "terraform.tfstate"), "utf8"));
    expect(saved.addrs).toEqual(progressAddresses(stdout, "Creation complete"));
    expect(saved.addrs.size).toBeLessThan(COUNT);
    // One write per object created, one per create stopped in flight (its instance set to nothing,
    // while the state differs from the snapshot, as Terraform counts it), and the final one.
    const stopped = stderr.split("Error: Create time sleep error").length - 1;
    expect(saved.serial).toBe(saved.addrs.size + stopped + 1);
    expect(existsSync(join(dir, "terraform.tfstate.journal"))).toBe(false);
    expect(existsSync(join(dir, ".terraform.tfstate.lock.info"))).toBe(false);
  }, 60_000);
});

describe("two applies started at once on one state", () => {
  it("runs exactly one; the other fails with the lock error and changes nothing; the state is whole", async () => {
    const n = 30;
    const dir = mkdtempSync(join(tmpdir(), "terrane-apply-twice-"));
    writeFileSync(join(dir, "main.tf"), `resource "time_sleep" "s" {\n  count           = ${n}\n  create_duration = "300ms"\n}\n`);
    const runs = [startTerrane(dir, ["apply", "-auto-approve", "-no-color"]), startTerrane(dir, ["apply", "-auto-approve", "-no-color"])];
    const codes = await Promise.all(runs.map((r) => r.exited));
    expect([...codes].sort()).toEqual([0, 1]);
    const winner = runs[codes.indexOf(0)]!;
    const loser = runs[codes.indexOf(1)]!;
    expect(winner.output.stdout).toContain(`Apply complete! Resources: ${n} added, 0 changed, 0 destroyed.`);
    expect(loser.output.stdout).not.toContain("Creating...");
    expect(loser.output.stderr).toContain("\nError: Error acquiring the state lock\n\nError message: resource temporarily unavailable\nLock Info:\n");
    expect(loser.output.stderr).toContain(`  Operation: OperationTypeApply\n`);
    const final = stateContent(readFileSync(join(dir, "terraform.tfstate"), "utf8"));
    expect(final.addrs.size).toBe(n);
    expect(final.serial).toBe(n + 1);
    expect(readdirSync(dir).sort()).toEqual(["main.tf", "terraform.tfstate"]);
  }, 60_000);
});

describe("files that stop a run before it writes anything", () => {
  const CONFIG3 = `resource "terraform_data" "a" {\n  count = 3\n  input = count.index\n}\n`;

  /** A folder with CONFIG3 applied; its files' contents by name. */
  async function applied(): Promise<{ dir: string; files: () => Record<string, string> }> {
    const dir = mkdtempSync(join(tmpdir(), "terrane-bad-files-"));
    writeFileSync(join(dir, "main.tf"), CONFIG3);
    expect((await runCli(["apply", "-auto-approve"], { cwd: dir })).code).toBe(0);
    const files = (): Record<string, string> => Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), "latin1")]));
    return { dir, files };
  }

  it("a truncated or corrupted state file: a clear error, the file left as it is", async () => {
    const { dir, files } = await applied();
    const good = readFileSync(join(dir, "terraform.tfstate"), "utf8");
    const cases: [string, string][] = [
      [good.slice(0, Math.floor(good.length / 2)), "The state file could not be parsed as JSON: syntax error at byte offset"],
      [good.replace(/"serial": \d+/, '"serial": "x"'), 'The state file field "serial" has invalid value string'],
    ];
    for (const [text, message] of cases) {
      writeFileSync(join(dir, "terraform.tfstate"), text);
      const before = files();
      for (const args of [["apply", "-auto-approve", "-no-color"], ["destroy", "-auto-approve", "-no-color"], ["plan", "-no-color"]]) {
        const r = await runCli(args, { cwd: dir });
        expect(r.code).toBe(1);
        expect(r.stderr).toMatch(/^\nError: (Unsupported|Invalid) state file format\n/);
        expect(r.stderr).toContain(message);
        expect(files()).toEqual(before);
      }
    }
  });

  it("a plan file from another configuration: a clear error, nothing written", async () => {
    const other = mkdtempSync(join(tmpdir(), "terrane-bad-plan-"));
    writeFileSync(join(other, "main.tf"), `resource "terraform_data" "b" {\n  input = 1\n}\n`);
    expect((await runCli(["plan", "-out=tfplan"], { cwd: other })).code).toBe(0);
    const fresh = mkdtempSync(join(tmpdir(), "terrane-bad-plan-fresh-"));
    writeFileSync(join(fresh, "main.tf"), CONFIG3);
    cpSync(join(other, "tfplan"), join(fresh, "tfplan"));
    const r = await runCli(["apply", "-no-color", "tfplan"], { cwd: fresh });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("\nError: Saved plan does not match the configuration\n");
    expect(readdirSync(fresh).sort()).toEqual(["main.tf", "tfplan"]);

    const { dir, files } = await applied();
    cpSync(join(other, "tfplan"), join(dir, "tfplan"));
    const before = files();
    const onState = await runCli(["apply", "-no-color", "tfplan"], { cwd: dir });
    expect(onState.code).toBe(1);
    expect(onState.stderr).toMatch(/\nError: Saved plan (is stale|does not match)/);
    expect(files()).toEqual(before);
  });

  it("a stale plan: a clear error, the state left as the later run wrote it", async () => {
    const { dir, files } = await applied();
    writeFileSync(join(dir, "main.tf"), CONFIG3.replace("count.index", "count.index + 1"));
    expect((await runCli(["plan", "-out=tfplan"], { cwd: dir })).code).toBe(0);
    expect((await runCli(["apply", "-auto-approve"], { cwd: dir })).code).toBe(0);
    const before = files();
    const r = await runCli(["apply", "-no-color", "tfplan"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("\nError: Saved plan is stale\n");
    expect(files()).toEqual(before);
  });
});
