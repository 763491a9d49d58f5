import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

// `terrane validate` checks resource bodies against the built-in providers' schemas.

function dir(main: string): string {
  const d = mkdtempSync(join(tmpdir(), "terrane-validate-schema-"));
  writeFileSync(join(d, "main.tf"), main);
  return d;
}

describe("validate with provider schemas", () => {
  it("reports unsupported and misspelt arguments with suggestions and ranges", async () => {
    const r = await runCli(["validate", "-json"], { cwd: dir('resource "random_pet" "p" {\n  lenght = 2\n}\nresource "terraform_data" "x" {\n  nope = 1\n}\n') });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { diagnostics: { summary: string; detail: string; range: { start: { line: number; column: number } } }[] };
    expect(out.diagnostics.map((d) => [d.summary, d.detail, d.range.start.line, d.range.start.column])).toEqual([
      ["Unsupported argument", 'An argument named "lenght" is not expected here. Did you mean "length"?', 2, 3],
      ["Unsupported argument", 'An argument named "nope" is not expected here.', 5, 3],
    ]);
  });

  it("reports a missing required argument", async () => {
    const r = await runCli(["validate", "-no-color"], { cwd: dir('resource "random_integer" "i" {\n  min = 1\n}\n') });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Error: Missing required argument\n\n  on main.tf:1:31, in resource "random_integer" "i":');
    expect(r.stderr).toContain('The argument "max" is required, but no definition was found.');
  });

  it("accepts a valid configuration", async () => {
    const r = await runCli(["validate", "-no-color"], { cwd: dir('resource "random_integer" "i" {\n  min = 1\n  max = 5\n}\n') });
    expect(r.stdout).toBe("Success! The configuration is valid.\n\n");
    expect(r.code).toBe(0);
  });
});
