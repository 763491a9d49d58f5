import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { planFromDocument, unpackPlanFile } from "../../../core/plans/planfile/index.js";
import { runCli } from "../../helpers/cli.js";

// Moves through the whole plan, beyond what the golden files show: the plan file keeps the previous
// run's state with the moves applied (as Terraform's PrevRunState) and each change's previous address,
// while the state file on disk is untouched; and a move to another resource type, which no Terrane
// provider can convert, is refused as Terraform refuses it for a provider without MoveResourceState.

const RENAME = join(import.meta.dirname, "../../../fixtures/plan/moved-rename");

function workDir(mainTf?: string): string {
  const dir = mkdtempSync(join(tmpdir(), "terrane-plan-moves-"));
  cpSync(join(RENAME, "main.tf"), join(dir, "main.tf"));
  cpSync(join(RENAME, "terraform.tfstate"), join(dir, "terraform.tfstate"));
  if (mainTf !== undefined) writeFileSync(join(dir, "main.tf"), mainTf);
  return dir;
}

function addresses(state: { allInstances(): Iterable<{ addr: { toString(): string } }> }): string[] {
  return [...state.allInstances()].map((i) => i.addr.toString()).sort();
}

describe("a plan with moves", () => {
  it("records the moved state and each change's previous address in the plan file", async () => {
    const dir = workDir();
    const before = readFileSync(join(dir, "terraform.tfstate"), "utf8");
    const r = await runCli(["plan", "-no-color", "-out=tfplan"], { cwd: dir });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, "terraform.tfstate"), "utf8")).toBe(before);
    const unpacked = unpackPlanFile(readFileSync(join(dir, "tfplan")), "tfplan");
    const read = planFromDocument(unpacked.document);
    if ("error" in read) throw new Error(read.error);
    const plan = read.plan;
    expect(addresses(plan.prevRunState)).toEqual(["terraform_data.c", "terraform_data.x[0]", "terraform_data.x[1]"]);
    expect(addresses(plan.priorState)).toEqual(["terraform_data.c", "terraform_data.x[0]", "terraform_data.x[1]"]);
    const moved = plan.changes.find((c) => c.addr.toString() === "terraform_data.c")!;
    expect(moved.prevRunAddr.toString()).toBe("terraform_data.b");
    expect(moved.change.action).toBe("no-op");
    expect(plan.applyable).toBe(true);
  });

  it("refuses a move to another resource type", async () => {
    const main = 'resource "random_pet" "p" {}\n\nmoved {\n  from = terraform_data.b\n  to   = random_pet.p\n}\n';
    const r = await runCli(["plan", "-no-color"], { cwd: workDir(main) });
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain("Refreshing state");
    expect(r.stderr).toContain(
      "Error: Unsupported `moved` across resource types\n\n  on main.tf:3:1:\n   3: moved {\n      ^^^^^\n\n" +
        'The provider "registry.terraform.io/hashicorp/random" does not support moved\noperations across resource types and providers.\n',
    );
  });

  it("moves nothing across types when no object is at the source", async () => {
    const main = 'resource "random_pet" "p" {}\n\nmoved {\n  from = terraform_data.nothing_here\n  to   = random_pet.p\n}\n';
    const r = await runCli(["plan", "-no-color"], { cwd: workDir(main) });
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("# random_pet.p will be created");
  });
});
