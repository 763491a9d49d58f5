import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "../../helpers/cli.js";

// Console flags whose effect is not in the golden files: paths that depend on where the fixture is,
// the options accepted before Terrane reads state or plans, and several results from one pipe.
// A private copy: the console locks the state of its working directory, and other test files use
// the same fixtures at the same time.
const FIXTURES = mkdtempSync(join(tmpdir(), "terrane-console-fixtures-"));
cpSync(fileURLToPath(new URL("../../../fixtures/console", import.meta.url)), FIXTURES, { recursive: true });
const NAMED = join(FIXTURES, "named-values");

describe("terrane console options", () => {
  it("evaluates path.cwd as the working directory after -chdir", async () => {
    const r = await runCli(["-chdir=named-values", "console", "-var=num=1"], { cwd: FIXTURES, stdin: "path.cwd\npath.module\n" });
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(`${JSON.stringify(NAMED)}\n"."\n`);
  });

  it("takes -var and -var-file in command-line order, the later winning", async () => {
    const dir = join(FIXTURES, "var-sources");
    const early = await runCli(["console", "-var", "c=cli", "-var-file=named.tfvars"], { cwd: dir, stdin: "var.c\n", env: { TF_VAR_e: "{}" } });
    expect(early.stdout).toBe('"named"\n');
    const late = await runCli(["console", "-var-file=named.tfvars", "-var", "c=cli"], { cwd: dir, stdin: "var.c\n" });
    expect(late.stdout).toBe('"cli"\n');
  });

  it("accepts -state naming a state file that does not exist (resources stay unknown)", async () => {
    const r = await runCli(["console", "-no-color", "-var", "num=1", "-state=other.tfstate"], { cwd: NAMED, stdin: "local.id\n" });
    expect(r).toEqual({ code: 0, stdout: "(known after apply)\n", stderr: "" });
  });

  it("accepts -plan, -input=false and -compact-warnings", async () => {
    const r = await runCli(["console", "-plan", "-input=false", "-compact-warnings", "-var", "num=2"], { cwd: NAMED, stdin: "local.list\n" });
    expect(r).toEqual({ code: 0, stdout: "[\n  0,\n  2,\n]\n", stderr: "" });
  });

  it("prints one result per input line from a pipe", async () => {
    const r = await runCli(["console", "-var", "num=1"], { cwd: NAMED, stdin: "var.name\nmodule.m.out\nlocal.id\n" });
    expect(r.stdout).toBe('"world"\n"mod-world"\n(known after apply)\n');
  });

  it("reads no input when the configuration is invalid", async () => {
    const r = await runCli(["console", "-no-color"], { cwd: join(FIXTURES, "invalid-config"), stdin: "1\n" });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("Error: Invalid expression\n\n  on main.tf:2:10, in locals:\n");
  });
});
