import { cpSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../helpers/cli.js";

// Every JSON document Terrane writes escapes `<`, `>` and `&` as Go's encoding/json does
// (\u003c, \u003e, \u0026), as `terraform` v1.11.4 does. Whole-document goldens for validate, show
// and output -json are in fixtures/diagnostics (json-escaping, json-writers); this covers the
// writers whose input cannot be shared with terraform (a saved plan, the state file Terrane writes).

const FIXTURE = join(import.meta.dirname, "../../../fixtures/diagnostics/json-writers");

function workDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "terrane-json-escaping-"));
  cpSync(join(FIXTURE, "main.tf"), join(dir, "main.tf"));
  return dir;
}

function expectEscaped(text: string): void {
  expect(text).toContain("\\u003ca \\u0026 b\\u003e");
  expect(text).not.toMatch(/[<>&]/);
}

describe("JSON escaping", () => {
  it("show -json of a saved plan", async () => {
    const dir = workDir();
    expect((await runCli(["plan", "-out=tfplan", "-no-color"], { cwd: dir })).code).toBe(0);
    const r = await runCli(["show", "-json", "tfplan"], { cwd: dir });
    expect(r.code).toBe(0);
    expectEscaped(r.stdout);
  });

  it("the state file, and show and output -json of it", async () => {
    const dir = workDir();
    expect((await runCli(["apply", "-auto-approve", "-no-color"], { cwd: dir })).code).toBe(0);
    expectEscaped(readFileSync(join(dir, "terraform.tfstate"), "utf8"));
    expectEscaped((await runCli(["show", "-json"], { cwd: dir })).stdout);
    expectEscaped((await runCli(["output", "-json"], { cwd: dir })).stdout);
    expect((await runCli(["output", "-raw", "o"], { cwd: dir })).stdout).toBe("<a & b>");
  });

  it("validate -json, in messages and snippets", async () => {
    const dir = mkdtempSync(join(tmpdir(), "terrane-json-escaping-"));
    cpSync(join(import.meta.dirname, "../../../fixtures/diagnostics/json-escaping/main.tf"), join(dir, "main.tf"));
    const r = await runCli(["validate", "-json"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('"code": "  value = local.s + 1 # \\u003ca \\u0026 b\\u003e"');
    expect(r.stdout).toContain('"statement": "is \\"\\u003ca \\u0026 b\\u003e\\""');
    expect(r.stdout).not.toMatch(/[<>&]/);
  });
});
