import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { main } from "../../cmd/main.js";
import { lockState, openStateBackend } from "../../cmd/operation/state-backend.js";
import { runCli } from "../helpers/cli.js";
import { terraformLayout } from "../helpers/terraform-layout.js";

// `terrane console` against the state. Each fixtures/console-state/<case> holds a configuration that
// terraform (v1.11.4) applied without pending.tf, the terraform.tfstate it wrote, expressions.txt, and
// expected.json: what `terraform console -no-color` printed for each expression piped in alone, with
// pending.tf in place (see generate.sh). Each case runs on a copy, since the console locks the state.
const FIXTURES = fileURLToPath(new URL("../../fixtures/console-state", import.meta.url));

interface ConsoleRun {
  readonly input: string;
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

const dirs: string[] = [];

/** A copy of a fixture case in a temporary directory. */
function copyCase(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), "terrane-console-state-"));
  dirs.push(dir);
  cpSync(join(FIXTURES, name), dir, { recursive: true });
  return dir;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const cases = readdirSync(FIXTURES, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();

describe.each(cases)("terrane console with the state of fixtures/console-state/%s", (name) => {
  const runs = JSON.parse(readFileSync(join(FIXTURES, name, "expected.json"), "utf8")) as ConsoleRun[];

  it.each(runs.map((run) => [run.input, run] as const))("evaluates %s as terraform console does", async (input, run) => {
    const dir = copyCase(name);
    const r = await runCli(["console", "-no-color"], { cwd: dir, stdin: `${input}\n` });
    expect({ code: r.code, stdout: r.stdout, stderr: terraformLayout(r.stderr) }).toEqual({ code: run.code, stdout: run.stdout, stderr: run.stderr });
    expect(existsSync(join(dir, ".terraform.tfstate.lock.info"))).toBe(false);
  });

  it("prints the result of every piped line in one run", async () => {
    const ok = runs.filter((run) => run.code === 0);
    const r = await runCli(["console", "-no-color"], { cwd: copyCase(name), stdin: ok.map((run) => `${run.input}\n`).join("") });
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(ok.map((run) => run.stdout).join(""));
    expect(r.code).toBe(0);
  });
});

describe("terrane console state handling", () => {
  it("leaves every resource unknown when there is no state", async () => {
    const dir = copyCase("basic");
    rmSync(join(dir, "terraform.tfstate"));
    const r = await runCli(["console", "-no-color"], { cwd: dir, stdin: "terraform_data.a.output\nmodule.m.out\nlocal.shout\n" });
    expect(r.stdout).toBe("(known after apply)\n(known after apply)\n(known after apply)\n");
    expect(r.code).toBe(0);
    expect(readdirSync(dir)).not.toContain("terraform.tfstate");
  });

  it("reads the state file that -state names", async () => {
    const dir = copyCase("basic");
    renameSync(join(dir, "terraform.tfstate"), join(dir, "other.tfstate"));
    const r = await runCli(["console", "-no-color", "-state=other.tfstate"], { cwd: dir, stdin: "terraform_data.c[1].output\n" });
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe('"c-1"\n');
  });

  // As Terraform's console (whose -state defaults to terraform.tfstate) does with the local backend.
  it("reads terraform.tfstate in any workspace and whatever path the backend block sets", async () => {
    const dir = copyCase("basic");
    const backend = 'terraform {\n  backend "local" {\n    path = "x.tfstate"\n  }\n}\n';
    writeFileSync(join(dir, "backend.tf"), backend);
    const r = await runCli(["console", "-no-color"], { cwd: dir, stdin: "terraform_data.a.output\nterraform.workspace\n", env: { TF_WORKSPACE: "other" } });
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe('"alpha"\n"other"\n');
  });

  it("marks the sensitive attributes the state records", async () => {
    const r = await runCli(["console", "-no-color"], { cwd: copyCase("basic"), stdin: "terraform_data.s.input\nnonsensitive(terraform_data.s.input)\n" });
    expect(r.stdout).toBe('(sensitive value)\n"hunter2"\n');
  });

  it("fails with Terraform's lock error while another operation holds the lock", async () => {
    const dir = copyCase("basic");
    const io = { cwd: dir, env: {}, stdout: { write: () => true } };
    const { manager } = openStateBackend(io, undefined);
    const held = await lockState(manager!, "OperationTypeApply", { lock: true, timeoutMs: 0 }, io);
    try {
      const r = await runCli(["console", "-no-color"], { cwd: dir, stdin: "1\n" });
      expect(r.code).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr).toContain("Error: Error acquiring the state lock");
      expect(r.stderr).toContain("Operation: OperationTypeApply");
    } finally {
      await held.lock!.unlock();
    }
  });

  it("holds the lock as OperationTypeInvalid while reading input", async () => {
    const dir = copyCase("basic");
    const lockFile = join(dir, ".terraform.tfstate.lock.info");
    const stdin = new PassThrough();
    let stdout = "";
    const io = { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: () => true }, stdin, cwd: dir, originalCwd: dir, env: {} };
    const running = main(["console", "-no-color"], io);
    await waitFor(() => existsSync(lockFile));
    expect(JSON.parse(readFileSync(lockFile, "utf8")).Operation).toBe("OperationTypeInvalid");
    stdin.end("terraform_data.a.input\n");
    expect(await running).toBe(0);
    expect(stdout).toBe('"alpha"\n');
    expect(existsSync(lockFile)).toBe(false);
  });

  it("reports a state file it cannot read and evaluates nothing", async () => {
    const dir = copyCase("basic");
    writeFileSync(join(dir, "terraform.tfstate"), "{ not json");
    const r = await runCli(["console", "-no-color"], { cwd: dir, stdin: "1\n" });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    // Terraform wraps the same two problems in "Error acquiring the state lock" (its local backend
    // reads the state to lock it); Terrane reports them as plan and apply do.
    expect(r.stderr).toContain("Error: Unsupported state file format");
    expect(r.stderr).toContain("The state file could not be parsed as JSON: syntax error at byte offset 3.");
    expect(existsSync(join(dir, ".terraform.tfstate.lock.info"))).toBe(false);
  });
});

async function waitFor(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
}
