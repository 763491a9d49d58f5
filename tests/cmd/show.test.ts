import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { normaliseJson } from "./views/json/golden-normalise.js";

// `terrane show` against `terraform show`. The JSON goldens are fixtures/plan/<case>/expected-show.json,
// made by fixtures/plan/generate-show.sh: `terraform plan -out=tfplan` (with the case's args) on the
// case's configuration and committed state, then `terraform show -json tfplan`. Here the same plan is
// made with `terrane plan -out=tfplan` and shown with `terrane show -json tfplan`. What may differ,
// and is evened out (golden-normalise.ts): the plan's `timestamp` (when it was made) and the order of
// `relevant_attributes` (Terraform's own order changes from run to run). Versions need no evening out:
// Terrane reports Terraform 1.11.4's, and a plan's JSON has no lineage. The human goldens are in
// fixtures/show/ (see generate.sh there); prose that Terraform wraps at 78 columns is re-flowed, as the
// shorter product name wraps differently.

const PLAN_FIXTURES = join(import.meta.dirname, "../../fixtures/plan");
const SHOW_FIXTURES = join(import.meta.dirname, "../../fixtures/show");
const SKIP = new Set(["before", "args", "prepare.sh"]);

function planWorkDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `terrane-show-${name}-`));
  for (const entry of readdirSync(join(PLAN_FIXTURES, name))) {
    if (SKIP.has(entry) || entry.startsWith("expected-")) continue;
    cpSync(join(PLAN_FIXTURES, name, entry), join(dir, entry), { recursive: true });
  }
  return dir;
}

function caseArgs(name: string): string[] {
  const file = join(PLAN_FIXTURES, name, "args");
  return existsSync(file) ? readFileSync(file, "utf8").trim().split(/\s+/) : [];
}

function golden(name: string): string {
  return readFileSync(join(SHOW_FIXTURES, name), "utf8");
}

function stateDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "terrane-show-state-"));
  cpSync(join(SHOW_FIXTURES, "terraform.tfstate"), join(dir, "terraform.tfstate"));
  return dir;
}

/** Prose lines joined into paragraphs: the shorter product name wraps differently at 78 columns. */
function reflowProse(text: string): string {
  const out: string[] = [];
  for (const line of text.split("\n")) {
    const prev = out[out.length - 1];
    const prose = (l: string | undefined) => l !== undefined && /^[A-Za-z"(]/.test(l) && !/^(Plan|Changes to Outputs|Error|Warning)/.test(l);
    if (prose(prev) && prose(line) && !prev!.endsWith(":")) out[out.length - 1] = `${prev} ${line}`;
    else out.push(line);
  }
  return out.join("\n");
}

describe("terrane show -json PLANFILE matches terraform show -json", () => {
  const cases = readdirSync(PLAN_FIXTURES).filter((n) => existsSync(join(PLAN_FIXTURES, n, "expected-show.json")));
  for (const name of cases) {
    it(name, async () => {
      const dir = planWorkDir(name);
      const planned = await runCli(["plan", "-no-color", "-out=tfplan", ...caseArgs(name)], { cwd: dir });
      expect(existsSync(join(dir, "tfplan")), planned.stderr).toBe(true);
      const r = await runCli(["show", "-json", "tfplan"], { cwd: dir });
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      expect(normaliseJson(r.stdout)).toBe(normaliseJson(readFileSync(join(PLAN_FIXTURES, name, "expected-show.json"), "utf8")));
    });
  }
});

describe("terrane show of a state matches terraform show", () => {
  it("renders every resource and output as Terraform does", async () => {
    const r = await runCli(["show", "-no-color"], { cwd: stateDir() });
    expect(r).toEqual({ code: 0, stdout: golden("state-human.txt"), stderr: "" });
  });

  it("renders the state as JSON", async () => {
    const r = await runCli(["show", "-json"], { cwd: stateDir() });
    expect(r).toEqual({ code: 0, stdout: golden("state.json"), stderr: "" });
  });

  it("reads a state file given as the path", async () => {
    const dir = mkdtempSync(join(tmpdir(), "terrane-show-path-"));
    const r = await runCli(["show", "-no-color", join(SHOW_FIXTURES, "terraform.tfstate")], { cwd: dir });
    expect(r).toEqual({ code: 0, stdout: golden("state-human.txt"), stderr: "" });
  });

  it("renders a state with only outputs", async () => {
    const dir = mkdtempSync(join(tmpdir(), "terrane-show-outputs-"));
    cpSync(join(SHOW_FIXTURES, "outputs-only.tfstate"), join(dir, "terraform.tfstate"));
    expect((await runCli(["show", "-no-color"], { cwd: dir })).stdout).toBe(golden("outputs-only-human.txt"));
    expect((await runCli(["show", "-json"], { cwd: dir })).stdout).toBe(golden("outputs-only.json"));
  });

  it("says the state is empty when it holds nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "terrane-show-empty-"));
    cpSync(join(SHOW_FIXTURES, "empty.tfstate"), join(dir, "terraform.tfstate"));
    expect(await runCli(["show", "-no-color"], { cwd: dir })).toEqual({ code: 0, stdout: golden("empty-human.txt"), stderr: "" });
    expect(await runCli(["show", "-json"], { cwd: dir })).toEqual({ code: 0, stdout: '{"format_version":"1.0"}\n', stderr: "" });
  });

  it("says there is no state without a state file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "terrane-show-none-"));
    expect(await runCli(["show", "-no-color"], { cwd: dir })).toEqual({ code: 0, stdout: "No state.\n", stderr: "" });
    expect(await runCli(["show", "-json"], { cwd: dir })).toEqual({ code: 0, stdout: '{"format_version":"1.0"}\n', stderr: "" });
  });
});

describe("terrane show PLANFILE", () => {
  it("prints the plan as terraform show prints it", async () => {
    const dir = planWorkDir("changes");
    await runCli(["plan", "-no-color", "-out=tfplan"], { cwd: dir });
    const r = await runCli(["show", "-no-color", "tfplan"], { cwd: dir });
    expect(r.stderr).toBe("");
    expect(reflowProse(r.stdout)).toBe(reflowProse(golden("changes-plan-human.txt").replaceAll("Terraform", "Terrane")));
  });

  it("shows the plan from the configuration it was made with, not the current one", async () => {
    const dir = planWorkDir("changes");
    await runCli(["plan", "-no-color", "-out=tfplan"], { cwd: dir });
    writeFileSync(join(dir, "main.tf"), 'resource "terraform_data" "other" {}\n');
    const r = await runCli(["show", "-json", "tfplan"], { cwd: dir });
    expect(normaliseJson(r.stdout)).toBe(normaliseJson(readFileSync(join(PLAN_FIXTURES, "changes", "expected-show.json"), "utf8")));
  });
});

describe("terrane show errors", () => {
  const rename = (t: string) => t.replaceAll("terraform show", "terrane show");
  // Terraform's detail up to its plan read error, which names Terraform's zip plan files and cloud plans.
  const statePart = (t: string) => paragraphs(t.slice(0, t.indexOf("Plan read error:")));
  // Lines within a paragraph joined: the product name wraps differently at 78 columns.
  const paragraphs = (t: string) => t.replace(/([^\n])\n(?=[^\n])/g, "$1 ");

  it("reports a file that is neither a state nor a plan with Terraform's state read error", async () => {
    const dir = mkdtempSync(join(tmpdir(), "terrane-show-garbage-"));
    writeFileSync(join(dir, "garbage"), "garbage\n");
    const r = await runCli(["show", "-no-color", "garbage"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(statePart(r.stderr)).toBe(statePart(golden("garbage-stderr.txt")));
    expect(paragraphs(r.stderr)).toContain("Plan read error: couldn't load the provided path as a local plan file (not a Terrane plan file)");
  });

  it("reports a missing file", async () => {
    const r = await runCli(["show", "-no-color", "missing"], { cwd: mkdtempSync(join(tmpdir(), "terrane-show-missing-")) });
    expect(r.code).toBe(1);
    expect(statePart(r.stderr)).toBe(statePart(golden("missing-stderr.txt")));
    expect(paragraphs(r.stderr)).toContain("Plan read error: couldn't load the provided path as a local plan file (open missing: no such file or directory)");
  });

  it("reports a path it cannot read", async () => {
    const dir = mkdtempSync(join(tmpdir(), "terrane-show-dir-"));
    const r = await runCli(["show", "-no-color", "."], { cwd: dir });
    expect(r.code).toBe(1);
    expect(paragraphs(r.stderr)).toContain("State read error: Error loading statefile: read .: is a directory");
  });

  it.each([
    ["truncated", (b: Buffer) => b.subarray(0, b.length - 10), "is truncated"],
    ["corrupted", (b: Buffer) => Buffer.concat([b.subarray(0, b.length - 1), Buffer.from([b[b.length - 1]! ^ 1])]), "is corrupted: its checksum does not match its content."],
  ])("refuses a %s plan file as a local plan it cannot show", async (_name, damage, message) => {
    const dir = planWorkDir("create");
    await runCli(["plan", "-no-color", "-out=tfplan"], { cwd: dir });
    writeFileSync(join(dir, "tfplan"), damage(readFileSync(join(dir, "tfplan"))));
    const r = await runCli(["show", "-json", "tfplan"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(paragraphs(r.stderr)).toContain(`\nError: Couldn't show local plan\n\nPlan read error: The file "tfplan" ${message}`);
  });

  it("rejects an unknown flag as Terraform does", async () => {
    const r = await runCli(["show", "-no-color", "-foo"], { cwd: stateDir() });
    expect(r).toEqual({ code: 1, stdout: "", stderr: rename(golden("flag-stderr.txt")) });
  });

  it("rejects two paths as Terraform does", async () => {
    const r = await runCli(["show", "-no-color", "a", "b"], { cwd: stateDir() });
    expect(r).toEqual({ code: 1, stdout: "", stderr: rename(golden("too-many-stderr.txt")) });
  });

  it("reports a state whose provider Terrane does not have", async () => {
    const dir = mkdtempSync(join(tmpdir(), "terrane-show-provider-"));
    const state = JSON.parse(readFileSync(join(SHOW_FIXTURES, "terraform.tfstate"), "utf8")) as { resources: { provider: string; type: string }[] };
    state.resources[0] = { ...state.resources[0]!, provider: 'provider["registry.terraform.io/hashicorp/aws"]', type: "aws_thing" };
    writeFileSync(join(dir, "terraform.tfstate"), JSON.stringify(state));
    const r = await runCli(["show", "-no-color"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("Error: Failed to load plugin schemas");
  });
});
