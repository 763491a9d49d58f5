import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

// Expected outputs are what `terraform validate` (v1.11.4) printed for the same configurations.
const FIXTURES = fileURLToPath(new URL("../../fixtures/graph", import.meta.url));

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "terrane-validate-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe("terrane validate", () => {
  it.each([["count"], ["modules"]])("accepts %s with Terraform's success line and JSON", async (name) => {
    const dir = join(FIXTURES, name);
    const human = await runCli(["validate", "-no-color"], { cwd: dir });
    expect(human).toEqual({ code: 0, stdout: "Success! The configuration is valid.\n\n", stderr: "" });
    const json = await runCli(["validate", "-json"], { cwd: dir });
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(readFileSync(join(dir, "expected-validate.json"), "utf8")));
  });

  it("prints the success line in colour unless told otherwise", async () => {
    const r = await runCli(["validate"], { cwd: join(FIXTURES, "count"), env: { NO_COLOR: "" } });
    expect(r.stdout).toBe("\x1b[32m\x1b[1mSuccess!\x1b[0m The configuration is valid.\n\x1b[0m\n");
  });

  it("prints warnings on stdout and says the configuration is still valid", async () => {
    const dir = project({ "main.tf": 'provider "terraform" {\n  version = "1"\n}\n' });
    const r = await runCli(["validate", "-no-color"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Warning: Version constraints inside provider configuration blocks are deprecated");
    expect(r.stdout).toContain("  on main.tf:2:13, in provider \"terraform\":\n   2:   version = \"1\"\n");
    expect(r.stdout.endsWith("Success! The configuration is valid, but there were some validation warnings\nas shown above.\n\n")).toBe(true);
  });

  it("reports errors on stderr with exit code 1, and counts them in JSON", async () => {
    const dir = project({ "main.tf": "locals {\n  a = local.b\n  b = local.a\n}\n\noutput \"x\" {\n  value = var.nope\n}\n" });
    const r = await runCli(["validate", "-no-color"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("Error: ");
    const json = JSON.parse((await runCli(["validate", "-json"], { cwd: dir })).stdout) as { valid: boolean; error_count: number };
    expect(json.valid).toBe(false);
    expect(json.error_count).toBeGreaterThan(0);
  });

  it("reports a syntax error with the file, line, column and caret", async () => {
    const dir = project({ "main.tf": "locals {\n  a = 1 +\n}\n" });
    const r = await runCli(["validate", "-no-color"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("Error: Invalid expression\n\n  on main.tf:2:10, in locals:\n   2:   a = 1 +\n");
  });
});
