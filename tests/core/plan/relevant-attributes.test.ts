import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ResourceAttr } from "../../../core/plans/changes.js";
import { planFromDocument, unpackPlanFile } from "../../../core/plans/planfile/index.js";
import { runCli } from "../../helpers/cli.js";

// plans.Plan.RelevantAttributes as Terraform computes them: each case's expectation is the
// `relevant_attributes` of `terraform show -json tfplan` (Terraform 1.11.4) for the same configuration,
// read back here from the plan file `terrane plan -out` writes (so the plan file carries them too).

function writeConfig(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "terrane-relevant-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** Terraform's JSON form of one attribute: `resource ["step", 0]`. */
function jsonForm(a: ResourceAttr): string {
  const steps = a.attr.map((s) => ("attr" in s ? s.attr : "key" in s ? s.key : "index" in s ? s.index : "?"));
  return `${a.resource.toString()} ${JSON.stringify(steps)}`;
}

async function relevantOf(files: Record<string, string>, args: string[] = []): Promise<string[] | undefined> {
  const dir = writeConfig(files);
  const r = await runCli(["plan", "-no-color", "-out=tfplan", ...args], { cwd: dir });
  expect(r.stderr).toBe("");
  const unpacked = unpackPlanFile(readFileSync(join(dir, "tfplan")), "tfplan");
  const read = planFromDocument(unpacked.document);
  if ("error" in read) throw new Error(read.error);
  return read.plan.relevantAttributes?.map(jsonForm);
}

const CHAINS = {
  "main.tf": `
resource "terraform_data" "a" {
  count = 2
  input = { x = "1", y = "2" }
}
resource "terraform_data" "b" {
  input = "b"
}
resource "terraform_data" "n" {
  input = "n"
}
locals {
  l = terraform_data.b.output
}
module "m" {
  source = "./m"
  v      = terraform_data.n.id
}
resource "terraform_data" "c" {
  input = [terraform_data.a[0].input.x, terraform_data.a[1].output, local.l, module.m.o]
}
resource "terraform_data" "d" {
  input = terraform_data.a[*].id
}
output "o" { value = terraform_data.b.input }
`,
  "m/main.tf": `
variable "v" {}
resource "terraform_data" "inner" { input = var.v }
output "o" { value = terraform_data.inner.output }
`,
};

const REPETITION = {
  "main.tf": `
resource "terraform_data" "src" {
  input = { a = "1", b = "2" }
}
resource "terraform_data" "each" {
  for_each = terraform_data.src.input
  input    = each.value
}
resource "terraform_data" "cnt" {
  count = length(terraform_data.src.output)
  input = count.index
}
data "terraform_remote_state" "s" {
  backend = "local"
  config  = { path = terraform_data.src.output["a"] }
}
output "x" { value = data.terraform_remote_state.s.outputs }
`,
};

describe("relevant attributes of a plan", () => {
  it("follows locals, module variables and outputs, instance keys and splats as Terraform does", async () => {
    expect((await relevantOf(CHAINS))?.sort()).toEqual(
      [
        'terraform_data.a[0] ["input","x"]',
        "terraform_data.a []",
        'terraform_data.b ["output"]',
        'terraform_data.a[1] ["output"]',
        'terraform_data.b ["input"]',
        'terraform_data.n ["id"]',
        'module.m.terraform_data.inner ["output"]',
      ].sort(),
    );
  });

  it("follows each.value and count.index to the repetition expressions, and index keys into attributes", async () => {
    expect((await relevantOf(REPETITION))?.sort()).toEqual(
      ['terraform_data.src ["input"]', 'data.terraform_remote_state.s ["outputs"]', 'terraform_data.src ["output","a"]', 'terraform_data.src ["output"]'].sort(),
    );
  });

  it("is empty when nothing refers to a change, and absent in refresh-only mode", async () => {
    expect(await relevantOf({ "main.tf": 'output "o" { value = "x" }\n' })).toEqual([]);
    expect(await relevantOf({ "main.tf": 'resource "terraform_data" "a" { input = "x" }\n' }, ["-destroy"])).toEqual([]);
    expect(await relevantOf({ "main.tf": 'resource "terraform_data" "a" { input = "x" }\n' }, ["-refresh-only"])).toBeUndefined();
  });
});
