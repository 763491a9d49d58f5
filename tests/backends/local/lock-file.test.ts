import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { describe, expect, it } from "vitest";
import { FilesystemState, LocalBackend, lockInfoPath } from "../../../backends/index.js";
import { LockError, marshalLockInfo, newLockInfo, parseLockInfo, type LockInfo } from "../../../core/statemgr/index.js";

function workDir(): string {
  return mkdtempSync(join(tmpdir(), "terrane-lock-"));
}

function open(dir: string, workspace = "default"): FilesystemState {
  return new LocalBackend({ cwd: dir, terraformVersion: "1.11.4" }).stateManager(workspace);
}

// The pid of a process that has just exited.
function deadPid(): number {
  const r = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
  return Number(r.stdout);
}

describe("lock file paths", () => {
  it.each([
    ["terraform.tfstate", ".terraform.tfstate.lock.info"],
    ["a/b/prod.tfstate", "a/b/.prod.tfstate.lock.info"],
    [".hidden", ".hidden.lock.info"],
  ])("%s is locked by %s", (state, lock) => {
    expect(lockInfoPath(state)).toBe(lock);
  });
});

describe("FilesystemState locking", () => {
  it("writes Terraform's lock info file, with the read path, plus Terrane's pid and host", async () => {
    const dir = workDir();
    const info = newLockInfo("OperationTypeApply", "0.1.0");
    expect(await open(dir).lock(info)).toBe(info.id);
    const written = parseLockInfo(readFileSync(join(dir, ".terraform.tfstate.lock.info"), "utf8")) as LockInfo;
    expect(written).toMatchObject({ id: info.id, operation: "OperationTypeApply", path: "terraform.tfstate", pid: process.pid, host: hostname() });
    expect(existsSync(join(dir, "terraform.tfstate"))).toBe(false);
  });

  it("refuses a second locker with the holder's info, and lets it in after unlocking", async () => {
    const dir = workDir();
    const first = open(dir);
    const info = newLockInfo("OperationTypeApply", "0.1.0");
    await first.lock(info);
    const other = newLockInfo("OperationTypePlan", "0.1.0");
    const r = (await open(dir).lock(other)) as LockError;
    expect(r).toBeInstanceOf(LockError);
    expect(r.held).toBe(true);
    expect(r.holderDead).toBe(false);
    expect(r.message).toBe("resource temporarily unavailable");
    expect(r.info?.id).toBe(info.id);
    expect(await first.unlock(info.id)).toBeUndefined();
    expect(existsSync(join(dir, ".terraform.tfstate.lock.info"))).toBe(false);
    expect(await open(dir).lock(other)).toBe(other.id);
  });

  it("says when the same manager locks twice", async () => {
    const dir = workDir();
    const m = open(dir);
    await m.lock(newLockInfo("a", "b"));
    const r = (await m.lock(newLockInfo("a", "b"))) as LockError;
    expect(r.toString()).toBe('state "terraform.tfstate" already locked');
    expect(r.held).toBe(false);
  });

  it("gives Terraform's errors for unlocking with another id or without a lock", async () => {
    const dir = workDir();
    const info = newLockInfo("OperationTypeApply", "0.1.0");
    await open(dir).lock(info);
    const wrong = (await open(dir).unlock("1234"))!;
    expect(wrong.toString()).toMatch(new RegExp(`^invalid lock id: "1234". current id: "${info.id}"\nLock Info:\n  ID:        ${info.id}\n`));
    expect(existsSync(join(dir, ".terraform.tfstate.lock.info"))).toBe(true);
    expect(await open(dir).unlock(info.id)).toBeUndefined();
    expect((await open(dir).unlock(info.id))!.toString()).toBe("LocalState not locked");
  });

  it("locks a workspace's state in its folder", async () => {
    const dir = workDir();
    await open(dir, "staging").lock(newLockInfo("OperationTypeApply", "0.1.0"));
    expect(existsSync(join(dir, "terraform.tfstate.d/staging/.terraform.tfstate.lock.info"))).toBe(true);
    expect(typeof (await open(dir).lock(newLockInfo("OperationTypeApply", "0.1.0")))).toBe("string");
  });

  it("treats a lock Terraform holds (its info file, no pid) as held", async () => {
    const dir = workDir();
    const terraform = readFileSync(new URL("../../../fixtures/state-lock/lock-info.json", import.meta.url), "utf8");
    writeFileSync(join(dir, ".terraform.tfstate.lock.info"), terraform);
    const r = (await open(dir).lock(newLockInfo("OperationTypePlan", "0.1.0"))) as LockError;
    expect(r.held).toBe(true);
    expect(r.holderDead).toBe(false);
    expect(r.info?.who).toBe("root@vm");
  });

  it("replaces a lock left by a process of this host that has died, never one of another host", async () => {
    const dir = workDir();
    const stale = { ...newLockInfo("OperationTypeApply", "0.1.0"), path: "terraform.tfstate", pid: deadPid(), host: hostname() };
    writeFileSync(join(dir, ".terraform.tfstate.lock.info"), marshalLockInfo(stale));
    const manager = open(dir);
    const mine = newLockInfo("OperationTypePlan", "0.1.0");
    expect(await manager.lock(mine)).toBe(mine.id);
    expect(manager.staleLockRemoved?.id).toBe(stale.id);
    expect(readFileSync(join(dir, ".terraform.tfstate.lock.info"), "utf8")).toContain(mine.id);
    expect(existsSync(join(dir, ".terraform.tfstate.lock.info.break"))).toBe(false);
    expect(await manager.unlock(mine.id)).toBeUndefined();
    const elsewhere = { ...stale, host: `not-${hostname()}` };
    writeFileSync(join(dir, ".terraform.tfstate.lock.info"), marshalLockInfo(elsewhere));
    expect(((await open(dir).lock(newLockInfo("OperationTypePlan", "0.1.0"))) as LockError).holderDead).toBe(false);
  });

  it("reports a lock file it cannot read as an error nobody can wait out", async () => {
    const dir = workDir();
    writeFileSync(join(dir, ".terraform.tfstate.lock.info"), "{garbage");
    const r = (await open(dir).lock(newLockInfo("OperationTypePlan", "0.1.0"))) as LockError;
    expect(r.held).toBe(false);
    expect(r.toString()).toMatch(/^2 errors occurred:\n\t\* resource temporarily unavailable\n\t\* state file "terraform.tfstate" locked, but could not unmarshal lock info: /);
  });
});
