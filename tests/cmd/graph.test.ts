import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

// expected-*.dot beside each fixture is what `terraform graph` (v1.11.4) printed for it (after
// `terraform init`, which Terraform needs for local modules and Terrane does not);
// expected-*.stderr is what it printed on stderr when it failed.
const FIXTURES = fileURLToPath(new URL("../../fixtures/graph", import.meta.url));

function expected(fixture: string, name: string): string {
  return readFileSync(join(FIXTURES, fixture, name), "utf8");
}

describe("terrane graph", () => {
  it.each([["count"], ["modules"], ["checks"], ["transitive"]])("draws the resources-only graph of %s as Terraform does", async (name) => {
    const r = await runCli(["graph"], { cwd: join(FIXTURES, name) });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(expected(name, "expected-graph.dot"));
  });

  it.each([
    ["count", "plan"],
    ["count", "plan-refresh-only"],
    ["count", "plan-destroy"],
    ["count", "apply"],
    ["modules", "plan"],
    ["modules", "plan-refresh-only"],
    ["modules", "plan-destroy"],
    ["modules", "apply"],
    ["checks", "plan"],
    ["checks", "plan-refresh-only"],
    ["checks", "plan-destroy"],
    ["checks", "apply"],
    ["transitive", "plan"],
    ["cycle", "plan-destroy"],
  ])("draws the %s graph for -type=%s as Terraform does", async (name, type) => {
    const r = await runCli(["graph", `-type=${type}`], { cwd: join(FIXTURES, name) });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(expected(name, `expected-graph-${type}.dot`));
  });

  it("draws provider close nodes with -verbose", async () => {
    const r = await runCli(["graph", "-type=plan", "-verbose"], { cwd: join(FIXTURES, "checks") });
    expect(r.stdout).toBe(expected("checks", "expected-graph-plan-verbose.dot"));
  });

  it.each([["plan"], ["apply"]])("draws a cyclic -type=%s graph unreduced, with the cycle in red, under -draw-cycles", async (type) => {
    const r = await runCli(["graph", `-type=${type}`, "-draw-cycles"], { cwd: join(FIXTURES, "cycle") });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(expected("cycle", `expected-graph-${type}-draw-cycles.dot`));
  });

  it("draws the resources-only graph of a cyclic configuration under -draw-cycles", async () => {
    // Terraform's reduction of a cyclic graph depends on its map order, so it prints either edge.
    const r = await runCli(["graph", "-draw-cycles"], { cwd: join(FIXTURES, "cycle") });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/"terraform_data\.(a|b)" -> "terraform_data\.(a|b)";/);
  });

  it("reports a cycle without -draw-cycles", async () => {
    // Terraform starts the cycle at a random member; the golden is its most frequent order.
    const r = await runCli(["graph", "-type=plan", "-no-color"], { cwd: join(FIXTURES, "cycle") });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(expected("cycle", "expected-graph-plan.stderr"));
  });

  it.each([["bogus"], ["eval"]])("refuses -type=%s with Terraform's error", async (type) => {
    const r = await runCli(["graph", `-type=${type}`, "-no-color"], { cwd: join(FIXTURES, "count") });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(expected("count", `expected-graph-${type}.stderr`));
  });

  it("accepts and ignores -module-depth", async () => {
    for (const depth of ["0", "1", "-1"]) {
      const r = await runCli(["graph", "-type=plan", `-module-depth=${depth}`], { cwd: join(FIXTURES, "modules") });
      expect(r.stdout).toBe(expected("modules", "expected-graph-plan.dot"));
    }
  });

  it("rejects a -module-depth that is not a number", async () => {
    const r = await runCli(["graph", "-module-depth=x"], { cwd: join(FIXTURES, "count") });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('Error parsing command-line flags: invalid value "x" for flag -module-depth: parse error\n');
  });

  it("fails on a missing -plan file as Terraform does, and refuses an existing one until saved plans exist", async () => {
    const missing = await runCli(["graph", "-plan=nope.tfplan"], { cwd: join(FIXTURES, "count") });
    expect(missing).toEqual({ code: 1, stdout: "", stderr: "stat nope.tfplan: no such file or directory\n" });
    const dir = mkdtempSync(join(tmpdir(), "terrane-graph-"));
    writeFileSync(join(dir, "saved.tfplan"), "");
    const existing = await runCli(["graph", "-plan=saved.tfplan", "-no-color"], { cwd: dir });
    expect(existing.code).toBe(1);
    expect(existing.stderr).toContain("Error: Saved plan files are not supported yet");
  });

  it("works through -chdir", async () => {
    const r = await runCli(["-chdir=count", "graph"], { cwd: FIXTURES });
    expect(r.stdout).toBe(expected("count", "expected-graph.dot"));
  });
});
