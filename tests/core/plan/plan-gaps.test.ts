import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { builtinResolver } from "../../../cmd/operation/provider-resolver.js";
import { buildConfig } from "../../../core/configs/config-builder.js";
import { plan, type PlanResult } from "../../../core/plan/index.js";
import type { Plan } from "../../../core/plans/changes.js";
import { State } from "../../../core/states/state.js";

// Planner behaviour found missing while building apply, each checked against terraform 1.11.4 (the
// whole-command goldens are fixtures/plan/destroy-empty-outputs and conditions-failed):
// resources without objects in destroy and refresh-only plans, resource conditions while planning,
// and provider diagnostics that name the instance they are about.

async function planText(main: string, mode: Plan["mode"] = "normal"): Promise<PlanResult> {
  const dir = mkdtempSync(join(tmpdir(), "terrane-plan-gaps-"));
  writeFileSync(join(dir, "main.tf"), main);
  const built = buildConfig(dir, { displayDir: "." });
  expect(built.diagnostics).toEqual([]);
  return plan(built.config, new State(), { mode, refresh: true, variables: new Map(), providers: builtinResolver(dir), cwd: dir, terraformVersion: "1.11.4" });
}

const OUTPUTS = `
resource "terraform_data" "a" {
  input = "x"
}
resource "terraform_data" "n" {
  count = 2
}
resource "terraform_data" "m" {
  for_each = toset(["k"])
}
output "attr" {
  value = terraform_data.a.output
}
output "lengths" {
  value = [length(terraform_data.n), length(terraform_data.m)]
}
`;

describe("plans without objects in state", () => {
  it("destroys nothing and plans no output changes from an empty state", async () => {
    const r = await planText(OUTPUTS, "destroy");
    expect(r.diagnostics).toEqual([]);
    expect(r.plan!.changes).toEqual([]);
    expect(r.plan!.outputChanges).toEqual([]);
    expect(r.plan!.applyable).toBe(false);
  });

  it("sees a missing single object as unknown and missing counted ones as empty collections (refresh-only)", async () => {
    const r = await planText(OUTPUTS, "refresh-only");
    expect(r.diagnostics).toEqual([]);
    const after = new Map(r.plan!.outputChanges.map((c) => [c.addr.output.name, c.change]));
    expect(after.get("attr")!.action).toBe("create");
    expect(after.get("attr")!.after.isKnown).toBe(false);
    expect(after.get("lengths")!.after.elements().map((v) => Number(v.asNumber().toString()))).toEqual([0, 0]);
  });
});

describe("resource conditions while planning", () => {
  it("fails a precondition per instance and a postcondition on the planned object; unknowns wait", async () => {
    const r = await planText(`
locals {
  names = ["a"]
}
resource "terraform_data" "pre" {
  count = 2
  lifecycle {
    precondition {
      condition     = length(local.names) > 5
      error_message = "The list is too short."
    }
  }
}
resource "terraform_data" "post" {
  input = "abc"
  lifecycle {
    postcondition {
      condition     = self.input == "xyz"
      error_message = "The input is wrong."
    }
    postcondition {
      condition     = self.output == "not known yet"
      error_message = "Checked at apply."
    }
  }
}
`);
    const errors = r.diagnostics.map((d) => `${d.summary}: ${d.detail} @${d.subject?.start.line}`);
    expect(errors).toEqual([
      "Resource precondition failed: The list is too short. @9",
      "Resource precondition failed: The list is too short. @9",
      "Resource postcondition failed: The input is wrong. @18",
    ]);
    expect(r.diagnostics.every((d) => d.address === undefined)).toBe(true);
    expect(r.plan!.errored).toBe(true);
    expect(r.plan!.changes.map((c) => c.addr.toString())).toEqual(["terraform_data.post"]);
  });

  it("passes when the conditions hold", async () => {
    const r = await planText(`
resource "terraform_data" "ok" {
  input = "abc"
  lifecycle {
    precondition {
      condition     = terraform_data.ok2.input == "x"
      error_message = "never"
    }
    postcondition {
      condition     = self.input == "abc"
      error_message = "never"
    }
  }
}
resource "terraform_data" "ok2" {
  input = "x"
}
`);
    expect(r.diagnostics).toEqual([]);
    expect(r.plan!.changes).toHaveLength(2);
  });
});

describe("provider diagnostics while planning", () => {
  it("name the instance and point at the opening brace of its block when no attribute is named", async () => {
    const r = await planText(`
data "local_file" "missing" {
  filename = "\${path.module}/no-such-file"
}
`);
    const d = r.diagnostics.find((x) => x.severity === "error")!;
    expect(d.summary).toBe("Read local file data source error");
    expect(d.address).toBe("data.local_file.missing");
    expect(d.subject).toMatchObject({ start: { line: 2, column: 29 }, end: { line: 2, column: 29 } });
  });
});
