import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { planFromDocument, unpackPlanFile } from "../../core/plans/planfile/index.js";
import { runCli } from "../helpers/cli.js";
import { normalisePlanOutput } from "../helpers/plan-output.js";
import { asTerraformDiagnostics } from "../helpers/terraform-diagnostics.js";

// `terrane plan` against the output of `terraform plan` on the same configuration and state
// (fixtures/plan/<case>, made by fixtures/plan/generate.sh with terraform_data). The comparison
// takes Terraform's output as printed with two normalisations: the product name, and prose paragraphs
// re-flowed (the shorter name wraps differently at 78 columns). Refresh lines run concurrently, so
// they are compared as a set.

const FIXTURES = join(import.meta.dirname, "../../fixtures/plan");

function workDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `terrane-plan-${name}-`));
  for (const entry of readdirSync(join(FIXTURES, name))) {
    if (["before", "args", "expected-plan.txt", "expected-exit"].includes(entry)) continue;
    cpSync(join(FIXTURES, name, entry), join(dir, entry), { recursive: true });
  }
  return dir;
}

const normalise = normalisePlanOutput;

// Terrane's diagnostics add a location and caret line, so errors are compared by their summary lines.
function diagnosticSummaries(stderr: string): string[] {
  return stderr.replaceAll("Terraform", "Terrane").split("\n").filter((l) => /^(Error|Warning): /.test(l));
}

function readIfExists(path: string): string {
  return existsSync(path) ? readFileSync(path, "utf8") : "";
}

describe("terrane plan matches terraform plan", () => {
  for (const name of readdirSync(FIXTURES).filter((n) => existsSync(join(FIXTURES, n, "main.tf")))) {
    it(name, async () => {
      const args = existsSync(join(FIXTURES, name, "args")) ? readFileSync(join(FIXTURES, name, "args"), "utf8").trim().split(/\s+/) : [];
      const r = await runCli(["plan", "-no-color", ...args], { cwd: workDir(name) });
      const expected = normalise(readFileSync(join(FIXTURES, name, "expected-plan.txt"), "utf8"));
      // Warnings (check blocks) are printed with the plan: Terrane's column and caret line are undone.
      const actual = normalise(asTerraformDiagnostics(r.stdout));
      const expectedStderr = readIfExists(join(FIXTURES, name, "expected-stderr.txt"));
      if (expectedStderr === "") expect(r.stderr).toBe("");
      else expect(diagnosticSummaries(r.stderr)).toEqual(diagnosticSummaries(expectedStderr));
      expect(actual.body).toBe(expected.body);
      expect(actual.refresh).toEqual(expected.refresh);
      expect(r.code).toBe(Number(readFileSync(join(FIXTURES, name, "expected-exit"), "utf8")));
    });
  }
});

describe("terrane plan -out", () => {
  it("writes a plan file that reads back with the same changes and no plain-text secrets", async () => {
    const dir = workDir("create");
    const r = await runCli(["plan", "-no-color", "-out=tfplan"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Saved the plan to: tfplan\n\nTo perform exactly these actions, run the following command to apply:\n    terrane apply "tfplan"\n');
    const bytes = readFileSync(join(dir, "tfplan"));
    expect(bytes.includes("s3cret")).toBe(false);
    const unpacked = unpackPlanFile(bytes, "tfplan");
    expect(unpacked.diagnostics).toEqual([]);
    const read = planFromDocument(unpacked.document);
    if ("error" in read) throw new Error(read.error);
    expect(read.plan.changes.map((c) => `${c.change.action} ${c.addr.toString()}`)).toEqual([
      "create terraform_data.a[0]",
      "create terraform_data.a[1]",
      'create terraform_data.b["x"]',
      'create terraform_data.b["y"]',
    ]);
    const secret = read.plan.outputChanges.find((o) => o.addr.output.name === "secret")!;
    expect(secret.change.after.isSensitive).toBe(true);
    expect(secret.change.after.unmark().asString()).toBe("s3cret");
    expect(Object.keys(read.extras.config.files)).toEqual(["main.tf"]);
  });

  it.each([
    ["truncated", (b: Buffer) => b.subarray(0, b.length - 10), "is truncated"],
    ["corrupted", (b: Buffer) => Buffer.concat([b.subarray(0, b.length - 1), Buffer.from([b[b.length - 1]! ^ 1])]), "is corrupted: its checksum"],
    ["not a plan", () => Buffer.from("hello"), "is not a Terrane plan file"],
  ])("refuses a %s file with a clear error", async (_name, damage, message) => {
    const dir = workDir("create");
    await runCli(["plan", "-no-color", "-out=tfplan"], { cwd: dir });
    const damaged = damage(readFileSync(join(dir, "tfplan")));
    writeFileSync(join(dir, "tfplan"), damaged);
    const r = unpackPlanFile(readFileSync(join(dir, "tfplan")), "tfplan");
    expect(r.document).toBeUndefined();
    expect(r.diagnostics[0]!.summary).toBe("Failed to read plan file");
    expect(r.diagnostics[0]!.detail).toContain(message);
  });
});

describe("terrane plan errors", () => {
  it("reports an undeclared -var as Terraform does and exits 1", async () => {
    const r = await runCli(["plan", "-no-color", "-var", "nope=1"], { cwd: workDir("create") });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("Error: Value for undeclared variable");
  });

  it("reports a configuration error with its location", async () => {
    const dir = workDir("create");
    writeFileSync(join(dir, "bad.tf"), 'resource "terraform_data" "x" {\n  nope = 1\n}\n');
    const r = await runCli(["plan", "-no-color"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Error: Unsupported argument\n\n  on bad.tf:2:3, in resource "terraform_data" "x":\n');
  });

  it("plans with the built-in random provider", async () => {
    const dir = workDir("create");
    writeFileSync(join(dir, "pet.tf"), 'resource "random_pet" "p" {\n  length = 3\n}\n');
    const r = await runCli(["plan", "-no-color", "-detailed-exitcode"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('  # random_pet.p will be created\n  + resource "random_pet" "p" {\n      + id        = (known after apply)\n      + length    = 3\n');
  });
});
