import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { currentWorkspace, lockState, openStateBackend, parseLockTimeout } from "../../cmd/operation/state-backend.js";
import { renderDiagnostics } from "../../cmd/views/diagnostic-view.js";
import { marshalLockInfo, newLockInfo } from "../../core/statemgr/index.js";

// Taking the state lock for an operation, with the messages terraform 1.11.4 printed when a second
// `terraform plan` ran while an apply held the lock (fixtures/state-lock, see generate.sh there).

const golden = (name: string): string => readFileSync(new URL(`../../fixtures/state-lock/${name}`, import.meta.url), "utf8");
const terraformLock = golden("lock-info.json");
const terraformLockId = (JSON.parse(terraformLock) as { ID: string }).ID;

function workDir(): string {
  return mkdtempSync(join(tmpdir(), "terrane-state-backend-"));
}

function output(): { write: (t: string) => void; text: string } {
  const o = { text: "", write: (t: string) => void (o.text += t) };
  return o;
}

const plain = (diags: Parameters<typeof renderDiagnostics>[0]): string => renderDiagnostics(diags, () => undefined, { color: false });

describe("lockState", () => {
  it("fails at once with Terraform's error and the holder's lock info", async () => {
    const dir = workDir();
    writeFileSync(join(dir, ".terraform.tfstate.lock.info"), terraformLock);
    const stdout = output();
    const r = await lockState(openStateBackend({ cwd: dir, env: {} }, undefined).manager!, "OperationTypePlan", { lock: true, timeoutMs: 0 }, { stdout });
    expect(r.lock).toBeUndefined();
    expect(plain(r.diagnostics)).toBe(golden("plan-locked.stderr").replace("Terraform acquires", "Terrane acquires"));
    expect(stdout.text).toBe(golden("plan-locked.stdout"));
  });

  it("says it is waiting when -lock-timeout makes it slow, then fails the same way", async () => {
    const dir = workDir();
    writeFileSync(join(dir, ".terraform.tfstate.lock.info"), terraformLock);
    const stdout = output();
    const started = Date.now();
    const r = await lockState(openStateBackend({ cwd: dir, env: {} }, undefined).manager!, "OperationTypePlan", { lock: true, timeoutMs: 1500 }, { stdout });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1450);
    expect(stdout.text).toBe(golden("plan-lock-timeout.stdout"));
    expect(plain(r.diagnostics)).toBe(golden("plan-lock-timeout.stderr").replace("Terraform acquires", "Terrane acquires"));
  });

  it("holds the lock until unlock, and releases it", async () => {
    const dir = workDir();
    const stdout = output();
    const r = await lockState(openStateBackend({ cwd: dir, env: {} }, undefined).manager!, "OperationTypeApply", { lock: true, timeoutMs: 0 }, { stdout });
    expect(r.diagnostics).toEqual([]);
    const info = JSON.parse(readFileSync(join(dir, ".terraform.tfstate.lock.info"), "utf8")) as Record<string, unknown>;
    expect(info).toMatchObject({ Operation: "OperationTypeApply", Path: "terraform.tfstate", Version: "0.1.0", Pid: process.pid });
    expect(await r.lock!.unlock()).toEqual([]);
    expect(existsSync(join(dir, ".terraform.tfstate.lock.info"))).toBe(false);
    expect(stdout.text).toBe("");
  });

  it("takes no lock with -lock=false, even when someone holds it", async () => {
    const dir = workDir();
    writeFileSync(join(dir, ".terraform.tfstate.lock.info"), terraformLock);
    const r = await lockState(openStateBackend({ cwd: dir, env: {} }, undefined).manager!, "OperationTypePlan", { lock: false, timeoutMs: 0 }, { stdout: output() });
    expect(r.diagnostics).toEqual([]);
    expect(await r.lock!.unlock()).toEqual([]);
    expect(readFileSync(join(dir, ".terraform.tfstate.lock.info"), "utf8")).toBe(terraformLock);
  });

  it("reports a failed release with Terraform's unlock advice", async () => {
    const dir = workDir();
    const manager = openStateBackend({ cwd: dir, env: {} }, undefined).manager!;
    const r = await lockState(manager, "OperationTypeApply", { lock: true, timeoutMs: 0 }, { stdout: output() });
    writeFileSync(join(dir, ".terraform.tfstate.lock.info"), terraformLock);
    const diags = await r.lock!.unlock();
    expect(diags[0]?.summary).toBe("Error releasing the state lock");
    expect(diags[0]?.detail).toMatch(new RegExp(`^Error message: invalid lock id: "[^"]+". current id: "${terraformLockId}"\nLock Info:\n`));
    expect(diags[0]?.detail).toContain('\n\nIn this scenario, please call the "force-unlock" command to unlock the\nstate manually.');
  });

  it("replaces the lock of a process of this host that died, saying so", async () => {
    const dir = workDir();
    const pid = Number(spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" }).stdout);
    const stale = { ...newLockInfo("OperationTypeApply", "0.1.0"), path: "terraform.tfstate", pid, host: hostname() };
    writeFileSync(join(dir, ".terraform.tfstate.lock.info"), marshalLockInfo(stale));
    let printed = "";
    const r = await lockState(openStateBackend({ cwd: dir, env: {} }, undefined).manager!, "OperationTypePlan", { lock: true, timeoutMs: 0 }, { stdout: { write: (t: string) => (printed += t) } });
    expect(r.diagnostics).toEqual([]);
    expect(printed).toBe(`Removed a stale state lock (ID ${stale.id}, taken ${stale.created} by pid ${pid} on ${hostname()}): the process that took it is no longer running.\n`);
    expect(readFileSync(join(dir, ".terraform.tfstate.lock.info"), "utf8")).not.toContain(stale.id);
    expect(await r.lock!.unlock()).toEqual([]);
  });
});

describe("parseLockTimeout", () => {
  it.each([
    ["0s", 0],
    ["0", 0],
    ["1500ms", 1500],
    ["1m30s", 90_000],
    ["1.5h", 5_400_000],
    ["-1s", -1000],
  ])("reads %s", (text, ms) => {
    expect(parseLockTimeout(text)).toBe(ms);
  });

  it.each([["abc"], ["10"], [""], ["5x"]])("refuses %j with the Go flag error", (text) => {
    expect(parseLockTimeout(text)).toEqual({ error: `invalid value ${JSON.stringify(text)} for flag -lock-timeout: parse error` });
  });
});

describe("opening the state", () => {
  it("selects the workspace from TF_WORKSPACE, then the data dir's environment file", () => {
    const dir = workDir();
    expect(currentWorkspace(dir, {})).toBe("default");
    mkdirSync(join(dir, ".terraform"));
    writeFileSync(join(dir, ".terraform/environment"), "prod");
    expect(currentWorkspace(dir, {})).toBe("prod");
    expect(currentWorkspace(dir, { TF_WORKSPACE: "dev" })).toBe("dev");
    mkdirSync(join(dir, "data"));
    writeFileSync(join(dir, "data/environment"), "other\n");
    expect(currentWorkspace(dir, { TF_DATA_DIR: "data" })).toBe("other");
  });

  it("uses -state, -state-out and -backup", () => {
    const dir = workDir();
    const opened = openStateBackend({ cwd: dir, env: {} }, undefined, { state: "in.tfstate", stateOut: "out.tfstate", backup: "-" });
    expect(opened.workspace).toBe("default");
    expect(opened.manager).toMatchObject({ readPath: "in.tfstate", path: "out.tfstate", backupPath: undefined, lockPath: ".out.tfstate.lock.info" });
  });

  it("opens the workspace's state in its folder", () => {
    const dir = workDir();
    const opened = openStateBackend({ cwd: dir, env: { TF_WORKSPACE: "dev" } }, undefined);
    expect(opened.manager).toMatchObject({ path: join("terraform.tfstate.d", "dev", "terraform.tfstate"), backupPath: join("terraform.tfstate.d", "dev", "terraform.tfstate.backup") });
  });
});
