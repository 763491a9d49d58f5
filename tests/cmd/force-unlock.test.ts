import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LocalBackend } from "../../backends/index.js";
import { newLockInfo } from "../../core/statemgr/index.js";
import { runCli } from "../helpers/cli.js";

// `terrane force-unlock` against real lock files. Where Terraform's output applies (usage, flag
// errors, an unlock without a lock) it is compared with what terraform 1.11.4 printed
// (fixtures/state-lock, see generate.sh there).

const golden = (name: string): string => readFileSync(new URL(`../../fixtures/state-lock/${name}`, import.meta.url), "utf8");

// Terrane's help says what its local lock is, where Terraform's says local locks cannot be removed.
const terraneHelp = (text: string): string =>
  text
    .replace("terraform [global options]", "terrane [global options]")
    .replace("Local state files cannot be unlocked by another\n  process.", "For a local state file, it removes the lock file\n  next to the state.");

function workDir(): string {
  return mkdtempSync(join(tmpdir(), "terrane-force-unlock-"));
}

async function locked(dir: string, workspace = "default", settings = {}): Promise<string> {
  const info = newLockInfo("OperationTypeApply", "0.1.0");
  const r = await new LocalBackend({ cwd: dir, terraformVersion: "1.11.4", settings }).stateManager(workspace).lock(info);
  expect(r).toBe(info.id);
  return info.id;
}

const PROMPT =
  "Do you really want to force-unlock?\n" +
  "  Terrane will remove the lock on the remote state.\n" +
  "  This will allow local Terrane commands to modify this state, even though it\n" +
  "  may still be in use. Only 'yes' will be accepted to confirm.\n\n" +
  "  Enter a value: \n";

const SUCCESS = "Terrane state has been successfully unlocked!\n\nThe state has been unlocked, and Terrane commands should now be able to\nobtain a new lock on the remote state.\n";

describe("terrane force-unlock", () => {
  it("removes the lock with -force", async () => {
    const dir = workDir();
    const id = await locked(dir);
    const r = await runCli(["force-unlock", "-force", id], { cwd: dir });
    expect(r).toEqual({ code: 0, stdout: SUCCESS, stderr: "" });
    expect(existsSync(join(dir, ".terraform.tfstate.lock.info"))).toBe(false);
  });

  it("asks first and removes the lock on yes", async () => {
    const dir = workDir();
    const id = await locked(dir);
    const r = await runCli(["force-unlock", id], { cwd: dir, stdin: "yes\n" });
    expect(r).toEqual({ code: 0, stdout: PROMPT + SUCCESS, stderr: "" });
    expect(existsSync(join(dir, ".terraform.tfstate.lock.info"))).toBe(false);
  });

  it.each([["no\n"], ["YES\n"], ["y\n"], [""]])("keeps the lock when the answer is %j", async (answer) => {
    const dir = workDir();
    const id = await locked(dir);
    const r = await runCli(["force-unlock", id], { cwd: dir, stdin: answer });
    expect(r).toEqual({ code: 1, stdout: `${PROMPT}force-unlock cancelled.\n`, stderr: "" });
    expect(existsSync(join(dir, ".terraform.tfstate.lock.info"))).toBe(true);
  });

  it("refuses an id that is not the lock's, showing the lock", async () => {
    const dir = workDir();
    const id = await locked(dir);
    const r = await runCli(["force-unlock", "-force", "0000"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(new RegExp(`^Failed to unlock state: invalid lock id: "0000". current id: "${id}"\nLock Info:\n  ID:        ${id}\n  Path:      terraform.tfstate\n  Operation: OperationTypeApply\n`));
    expect(r.stderr).toMatch(/\n  Info:      \n\n$/);
    expect(existsSync(join(dir, ".terraform.tfstate.lock.info"))).toBe(true);
  });

  it("says the state is not locked, as Terraform does", async () => {
    const r = await runCli(["force-unlock", "-force", "0000"], { cwd: workDir() });
    expect(r).toEqual({ code: 1, stdout: "", stderr: golden("force-unlock-local-force.stderr") });
  });

  it("unlocks the selected workspace's state", async () => {
    const dir = workDir();
    const id = await locked(dir, "staging");
    await locked(dir);
    const r = await runCli(["force-unlock", "-force", id], { cwd: dir, env: { TF_WORKSPACE: "staging" } });
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, "terraform.tfstate.d/staging/.terraform.tfstate.lock.info"))).toBe(false);
    expect(existsSync(join(dir, ".terraform.tfstate.lock.info"))).toBe(true);
  });

  it("unlocks the state a local backend block names", async () => {
    const dir = workDir();
    writeFileSync(join(dir, "main.tf"), 'terraform {\n  backend "local" {\n    path = "state/prod.tfstate"\n  }\n}\n');
    mkdirSync(join(dir, "state"));
    const id = await locked(dir, "default", { path: "state/prod.tfstate" });
    const r = await runCli(["force-unlock", "-force", id], { cwd: dir });
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, "state/.prod.tfstate.lock.info"))).toBe(false);
  });

  it("shows configuration errors", async () => {
    const dir = workDir();
    writeFileSync(join(dir, "main.tf"), 'terraform {\n  backend "s3" {}\n}\n');
    const r = await runCli(["force-unlock", "-force", "0000"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("Error: Unsupported backend type");
    expect(r.stderr).toContain("  on main.tf:2:3, in terraform:\n   2:   backend \"s3\" {}\n");
  });

  it("needs exactly one lock id, with Terraform's message and usage", async () => {
    for (const args of [[], ["0000", "1111"]]) {
      const r = await runCli(["force-unlock", ...args], { cwd: workDir() });
      expect(r).toEqual({ code: 1, stdout: terraneHelp(golden("force-unlock-no-args.stdout")), stderr: golden("force-unlock-no-args.stderr") });
    }
    expect(golden("force-unlock-two-args.stderr")).toBe(golden("force-unlock-no-args.stderr"));
  });

  it("refuses unknown flags as Terraform does", async () => {
    const r = await runCli(["force-unlock", "-no-color", "-bogus", "0000"], { cwd: workDir() });
    expect(r).toEqual({ code: 1, stdout: "", stderr: terraneHelp(golden("force-unlock-bad-flag.stderr")) });
  });

  it("takes the id after -- and refuses a bad -force value", async () => {
    const dir = workDir();
    const id = await locked(dir);
    expect((await runCli(["force-unlock", "-force=maybe", id], { cwd: dir })).stderr).toContain('Error parsing command-line flags: invalid boolean value "maybe" for -force: parse error');
    expect((await runCli(["force-unlock", "--force=true", "--", id], { cwd: dir })).code).toBe(0);
  });

  it("colours errors and the success message unless -no-color", async () => {
    const dir = workDir();
    const r = await runCli(["force-unlock", "-force", "0000"], { cwd: dir, env: { NO_COLOR: "" } });
    expect(r.stderr).toBe("\x1b[31mFailed to unlock state: LocalState not locked\x1b[0m\x1b[0m\n");
    const id = await locked(dir);
    const ok = await runCli(["force-unlock", "-force", id], { cwd: dir, env: { NO_COLOR: "" } });
    expect(ok.stdout).toBe(
      "\x1b[0m\x1b[1m\x1b[32mTerrane state has been successfully unlocked!\x1b[0m\x1b[32m\n\nThe state has been unlocked, and Terrane commands should now be able to\nobtain a new lock on the remote state.\x1b[0m\n",
    );
    expect((await runCli(["force-unlock", "-no-color", "-force", "0000"], { cwd: dir, env: { NO_COLOR: "" } })).stderr).toBe(golden("force-unlock-local-force.stderr"));
  });

  it("is listed in the help", async () => {
    const r = await runCli(["-help"]);
    expect(r.stdout).toContain("  force-unlock  Release a stuck lock on the current workspace\n");
  });
});
