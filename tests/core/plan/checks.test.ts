import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CheckState } from "../../../core/plan/check-state.js";
import { planFromDocument, unpackPlanFile } from "../../../core/plans/planfile/index.js";
import type { CheckResults } from "../../../core/states/check-results.js";
import { runCli } from "../../helpers/cli.js";
import { configOf } from "../graph/config-fixtures.js";

// The check results a plan records (checks.State → plans.Plan.Checks), read back from the plan file
// `terrane plan -out` writes. The expected statuses and messages are those `terraform show -json`
// (Terraform 1.11.4) gave for the same configuration; fixtures/plan/checks-* compare whole JSON plans.

const CONFIG = `
variable "n" {
  type    = number
  default = 3
  validation {
    condition     = var.n > 0
    error_message = "n must be positive"
  }
}
resource "terraform_data" "a" {
  count = 2
  input = "x\${count.index}"
  lifecycle {
    precondition {
      condition     = var.n > 1
      error_message = "pre"
    }
    postcondition {
      condition     = self.output == "x0"
      error_message = "post \${count.index}"
    }
  }
}
resource "terraform_data" "b" {
  input = "y"
  lifecycle {
    postcondition {
      condition     = self.input == "y"
      error_message = "post b"
    }
  }
}
resource "terraform_data" "plain" {}
output "o" {
  value = terraform_data.b.input
  precondition {
    condition     = var.n == 3
    error_message = "out pre"
  }
}
check "ok" {
  assert {
    condition     = var.n == 3
    error_message = "fine"
  }
}
check "bad" {
  assert {
    condition     = var.n == 5
    error_message = "n is not 5"
  }
  assert {
    condition     = var.n == 4
    error_message = "n is not 4"
  }
}
check "unk" {
  assert {
    condition     = terraform_data.b.id != ""
    error_message = "unknown"
  }
}
`;

async function planChecks(config: string): Promise<{ checks: CheckResults | undefined; stdout: string }> {
  const dir = mkdtempSync(join(tmpdir(), "terrane-checks-"));
  writeFileSync(join(dir, "main.tf"), config);
  const r = await runCli(["plan", "-no-color", "-out=tfplan"], { cwd: dir });
  expect(r.stderr).toBe("");
  const read = planFromDocument(unpackPlanFile(readFileSync(join(dir, "tfplan")), "tfplan").document);
  if ("error" in read) throw new Error(read.error);
  return { checks: read.plan.checks, stdout: r.stdout };
}

/** `config_addr status [object status messages...]` per checkable object, sorted. */
function summary(checks: CheckResults | undefined): string[] {
  return (checks ?? []).map((c) => `${c.configAddr} ${c.status} [${c.objects.map((o) => [o.objectAddr, o.status, ...o.failureMessages].join(" ")).join(", ")}]`).sort();
}

describe("plan check results", () => {
  it("records every checkable object with Terraform's statuses and messages", async () => {
    const { checks, stdout } = await planChecks(CONFIG);
    expect(summary(checks)).toEqual([
      "check.bad fail [check.bad fail n is not 4 n is not 5]",
      "check.ok pass [check.ok pass]",
      "check.unk unknown [check.unk unknown]",
      "output.o pass [output.o pass]",
      "terraform_data.a unknown [terraform_data.a[0] unknown, terraform_data.a[1] unknown]",
      "terraform_data.b pass [terraform_data.b pass]",
      "var.n pass [var.n pass]",
    ]);
    expect(checks?.find((c) => c.configAddr === "check.bad")?.objectKind).toBe("check");
    expect(stdout).toContain("Warning: Check block assertion known after apply");
    expect(stdout).toContain("The condition could not be evaluated at this time, a result will be known\nwhen this plan is applied.");
  });

  it("records nothing for a configuration without checks", async () => {
    const { checks } = await planChecks('resource "terraform_data" "a" {}\n');
    expect(checks).toBeUndefined();
  });

  it("refuses a plan file whose check results name an invalid address", () => {
    const doc = { checks: [{ object_kind: "resource", config_addr: "not an address[", status: "pass", objects: null }] };
    const read = planFromDocument(doc);
    expect("error" in read && read.error).toMatch(/^invalid (check results|state) in plan/);
  });
});

describe("CheckState", () => {
  const config = (src: string) => configOf({ "main.tf": src });
  const RESOURCE = `variable "v" {
  default = true
}
resource "terraform_data" "r" {
  lifecycle {
    precondition {
      condition     = var.v
      error_message = "a"
    }
    postcondition {
      condition     = self.id != ""
      error_message = "b"
    }
  }
}`;

  it("leaves an object the walk never reached unknown, with no instances", () => {
    const state = new CheckState(config(RESOURCE));
    expect(state.results()).toEqual([{ objectKind: "resource", configAddr: "terraform_data.r", status: "unknown", objects: [] }]);
  });

  it.each([
    [["pass", "pass"], "pass"],
    [["pass", "unknown"], "unknown"],
    [["fail", "unknown"], "fail"],
    [["fail", "error"], "error"],
  ] as const)("aggregates %j as %s", (statuses, expected) => {
    const state = new CheckState(config(RESOURCE));
    state.reportObjects("resource", "terraform_data.r", ["terraform_data.r"]);
    state.reportResult("resource", "terraform_data.r", "terraform_data.r", "precondition", 0, statuses[0], "first");
    state.reportResult("resource", "terraform_data.r", "terraform_data.r", "postcondition", 0, statuses[1], "second");
    const [r] = state.results()!;
    expect(r!.status).toBe(expected);
    expect(r!.objects[0]!.status).toBe(expected);
    expect(r!.objects[0]!.failureMessages).toEqual(statuses.flatMap((s, i) => (s === "fail" ? [["first", "second"][i]] : [])));
  });

  it("ignores reports about objects the configuration does not check", () => {
    const state = new CheckState(config('resource "terraform_data" "r" {}'));
    state.reportObjects("resource", "terraform_data.r", ["terraform_data.r"]);
    state.reportResult("resource", "terraform_data.r", "terraform_data.r", "precondition", 0, "fail", "x");
    expect(state.has("resource", "terraform_data.r")).toBe(false);
    expect(state.results()).toBeNull();
  });
});

describe("terrane show -json of a state with check results", () => {
  it("writes them as terraform show -json does", async () => {
    const dir = join(import.meta.dirname, "../../../fixtures/plan/checks-state");
    const r = await runCli(["show", "-json"], { cwd: dir });
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(readFileSync(join(dir, "expected-state.json"), "utf8"));
  });
});
