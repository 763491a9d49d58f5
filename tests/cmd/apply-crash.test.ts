import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readStateFile, writeStateFile } from "../../core/states/index.js";
import { runCli } from "../helpers/cli.js";
import { progressAddresses, startTerrane, until } from "./child/spawn-terrane.js";

// Crash safety of apply, with real processes: an apply of 60 slow resources (time_sleep, 250 ms each,
// 10 at a time) is killed with SIGKILL part-way, or interrupted once with SIGINT; an apply of 10,000
// terraform_data instances is killed once its first state write is on disk. The state file it
// leaves must parse, hold only objects the run created, and carry the serial of what it holds (one
// per object created, Terraform's count); after SIGKILL the lock stays, is reported as left by a
// dead process and removed with force-unlock, and the next apply creates the rest. After SIGINT the
// run saves everything that completed and releases the lock.

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

function instancesOnDisk(dir: string): number {
  try {
    const file = readStateFile(readFileSync(join(dir, "terraform.tfstate"), "utf8")).file;
    return file ? [...file.state.allInstances()].length : 0;
  } catch {
    return 0;
  }
}

describe("apply killed part-way", () => {
  it("leaves a complete state of what was created, a lock that force-unlock removes, and the next apply finishes", async () => {
    const dir = workDir();
    const child = startTerrane(dir, ["apply", "-auto-approve", "-no-color"]);
    await until(() => progressAddresses(child.output.stdout, "Creation complete").size >= 20 && instancesOnDisk(dir) > 0, "20 objects created and saved", child);
    child.process.kill("SIGKILL");
    expect(await child.exited).toBe("SIGKILL");
    const started = progressAddresses(child.output.stdout, "Creating...");
    const text = readFileSync(join(dir, "terraform.tfstate"), "utf8");
    const saved = stateContent(text);
    expect(saved.addrs.size).toBeGreaterThan(0);
    expect(saved.addrs.size).toBeLessThan(COUNT);
    for (const addr of saved.addrs) expect(started).toContain(addr);
    // One logical write per object created: the file holds the state its serial was counted for.
    expect(saved.serial).toBe(saved.addrs.size);

    const lockPath = join(dir, ".terraform.tfstate.lock.info");
    const lock = JSON.parse(readFileSync(lockPath, "utf8")) as { ID: string; Pid: number; Operation: string };
    expect(lock).toMatchObject({ Pid: child.process.pid, Operation: "OperationTypeApply" });
    const blocked = await runCli(["apply", "-auto-approve", "-no-color"], { cwd: dir });
    expect(blocked.code).toBe(1);
    expect(blocked.stdout).toBe("");
    expect(blocked.stderr).toContain("\nError: Error acquiring the state lock\n\nError message: resource temporarily unavailable\nLock Info:\n");
    expect(blocked.stderr).toContain(`The process that took this lock (pid ${child.process.pid} on `);
    expect(blocked.stderr).toContain(`  terrane force-unlock ${lock.ID}\n`);
    expect(readFileSync(join(dir, "terraform.tfstate"), "utf8")).toBe(text);

    const unlocked = await runCli(["force-unlock", "-force", lock.ID], { cwd: dir });
    expect(unlocked.code).toBe(0);
    expect(existsSync(lockPath)).toBe(false);

    const rest = await runCli(["apply", "-auto-approve", "-no-color"], { cwd: dir });
    expect(rest.stderr).toBe("");
    expect(rest.code).toBe(0);
    expect(rest.stdout).toContain(`Apply complete! Resources: ${COUNT - saved.addrs.size} added, 0 changed, 0 destroyed.`);
    const final = stateContent(readFileSync(join(dir, "terraform.tfstate"), "utf8"));
    expect(final.addrs.size).toBe(COUNT);
    // From the killed run's serial: one per object created, and the final write.
    expect(final.serial).toBe(saved.serial + (COUNT - saved.addrs.size) + 1);
    expect(readFileSync(join(dir, "terraform.tfstate.backup"), "utf8")).toBe(text);
    expect(existsSync(lockPath)).toBe(false);
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
    const saved = stateContent(readFileSync(join(dir, "terraform.tfstate"), "utf8"));
    expect(saved.addrs.size).toBeGreaterThan(0);
    expect(saved.addrs.size).toBeLessThan(n);
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
    // One write per object created, and the final one.
    expect(saved.serial).toBe(saved.addrs.size + 1);
    expect(existsSync(join(dir, ".terraform.tfstate.lock.info"))).toBe(false);
  }, 60_000);
});
