import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseAddressFlags } from "../../../cmd/operation/address-flags.js";
import { readLocalState } from "../../../cmd/operation/local-state.js";
import { builtinResolver } from "../../../cmd/operation/provider-resolver.js";
import type { AbsResourceInstance } from "../../../core/addrs/abs-resource.js";
import { buildConfig } from "../../../core/configs/config-builder.js";
import { plan, type PlanResult } from "../../../core/plan/index.js";

// replace_triggered_by through the planner with the built-in terraform_data provider. The states are
// the ones terraform 1.11.4 wrote for the fixtures/plan/replace-triggered-* cases; the expected
// actions and reasons are what `terraform show -json` reported for the same configurations.

const FIXTURES = join(import.meta.dirname, "../../../fixtures/plan");

/** A working directory with a fixture's state and the given main.tf. */
function caseDir(fixture: string, mainTf: string, editState?: (state: { resources: { name: string; instances: { status?: string }[] }[] }) => void): string {
  const dir = mkdtempSync(join(tmpdir(), "terrane-rtb-"));
  cpSync(join(FIXTURES, fixture, "terraform.tfstate"), join(dir, "terraform.tfstate"));
  if (editState) {
    const state = JSON.parse(readFileSync(join(dir, "terraform.tfstate"), "utf8"));
    editState(state);
    writeFileSync(join(dir, "terraform.tfstate"), JSON.stringify(state));
  }
  writeFileSync(join(dir, "main.tf"), mainTf);
  return dir;
}

async function planDir(dir: string, forceReplace: readonly AbsResourceInstance[] = []): Promise<PlanResult> {
  const built = buildConfig(dir, { displayDir: "." });
  expect(built.diagnostics).toEqual([]);
  const state = readLocalState(dir);
  expect(state.diagnostics).toEqual([]);
  const options = { mode: "normal" as const, refresh: true, variables: new Map(), forceReplace, providers: builtinResolver(dir), cwd: dir, terraformVersion: "1.11.4" };
  return plan(built.config, state.state, options);
}

/** `address action reason` for every change. */
function summary(r: PlanResult): string[] {
  return (r.plan?.changes ?? []).map((c) => `${c.addr.toString()} ${c.change.action} ${c.actionReason}`);
}

function instance(text: string): AbsResourceInstance {
  return parseAddressFlags([], [text]).replace[0]!;
}

const RESOURCE_STATE_MAIN = `
resource "terraform_data" "a" {
  input = "two"
}
resource "terraform_data" "b" {
  input = "b"
  lifecycle {
    replace_triggered_by = [terraform_data.a]
  }
}
resource "terraform_data" "new" {
  input = "new"
  lifecycle {
    replace_triggered_by = [terraform_data.a.input]
  }
}
`;

describe("replace_triggered_by decides replacements as Terraform does", () => {
  it("replaces per instance with count.index and each.key, and leaves the untriggered instances alone", async () => {
    const r = await planDir(join(FIXTURES, "replace-triggered-count"));
    expect(r.diagnostics).toEqual([]);
    expect([...summary(r)].sort()).toEqual([
      "terraform_data.c[0] no-op none",
      "terraform_data.c[1] update none",
      "terraform_data.h[\"x\"] no-op none",
      "terraform_data.h[\"y\"] update none",
      "terraform_data.f[0] no-op none",
      "terraform_data.f[1] delete-then-create replace-by-triggers",
      "terraform_data.g[\"x\"] no-op none",
      "terraform_data.g[\"y\"] delete-then-create replace-by-triggers",
    ].sort());
  });

  it("gives a new object the trigger reason too, while its action stays create", async () => {
    const r = await planDir(caseDir("replace-triggered-resource", RESOURCE_STATE_MAIN));
    expect(summary(r)).toContain("terraform_data.new create replace-by-triggers");
    expect(summary(r)).toContain("terraform_data.b delete-then-create replace-by-triggers");
  });

  it("reports the trigger, not the taint or the -replace request, as the reason", async () => {
    const taintB = (s: { resources: { name: string; instances: { status?: string }[] }[] }) => {
      s.resources.find((x) => x.name === "b")!.instances[0]!.status = "tainted";
    };
    const tainted = await planDir(caseDir("replace-triggered-resource", RESOURCE_STATE_MAIN, taintB));
    expect(summary(tainted)).toContain("terraform_data.b delete-then-create replace-by-triggers");
    const requested = await planDir(caseDir("replace-triggered-resource", RESOURCE_STATE_MAIN), [instance("terraform_data.b")]);
    expect(summary(requested)).toContain("terraform_data.b delete-then-create replace-by-triggers");
  });

  it("does not trigger on a resource whose objects are all being deleted (no error either)", async () => {
    const main = `
resource "terraform_data" "c" {
  count = 0
}
resource "terraform_data" "f" {
  count = 2
  input = "f"
  lifecycle {
    replace_triggered_by = [terraform_data.c]
  }
}
resource "terraform_data" "h" {
  for_each = toset(["x", "y"])
  input    = each.key
}
resource "terraform_data" "g" {
  for_each = toset(["x", "y"])
  input    = "g"
}
`;
    const r = await planDir(caseDir("replace-triggered-count", main));
    expect(r.diagnostics).toEqual([]);
    expect(summary(r).filter((s) => !s.includes(" no-op "))).toEqual(["terraform_data.c[0] delete delete-because-count-index", "terraform_data.c[1] delete delete-because-count-index"]);
  });

  it("keeps create_before_destroy's order for a triggered replacement", async () => {
    const r = await planDir(join(FIXTURES, "replace-triggered-resource"));
    expect(summary(r)).toContain("terraform_data.g create-then-delete replace-by-triggers");
    expect(summary(r)).toContain("terraform_data.d no-op none");
    expect(summary(r)).toContain("terraform_data.e no-op none");
  });
});

interface ErrorRow {
  readonly name: string;
  readonly lifecycle: string;
  readonly summary: string;
  readonly detail: string | undefined;
  /** Line and column of the subject's start, when the error has one. */
  readonly at?: readonly [number, number];
  readonly count?: number;
}

const ERROR_ROWS: readonly ErrorRow[] = [
  {
    name: "undeclared resource",
    lifecycle: "[terraform_data.nope]",
    summary: "Reference to undeclared resource",
    detail: "A resource terraform_data.nope has not been declared in the root module",
    at: [9, 29],
  },
  {
    name: "each.key without for_each",
    lifecycle: "[terraform_data.c[each.key]]",
    summary: 'Reference to "each" in context without for_each',
    detail: 'The "each" object can be used only in "resource" blocks when the "for_each" argument is set.',
    at: [9, 46],
  },
  {
    name: "a calculated index",
    lifecycle: "[terraform_data.c[count.index + 1]]",
    summary: "Invalid expression",
    detail:
      "A single static variable reference is required: only attribute access and indexing with constant keys. No calculations, function calls, template expressions, etc are allowed here.",
    at: [9, 46],
  },
  {
    name: "an index that is neither count.index nor each.key",
    lifecycle: "[terraform_data.c[count.index[0]]]",
    summary: "Invalid index expression",
    detail: "Only constant values, count.index or each.key are allowed in index expressions.",
    at: [9, 46],
  },
  {
    name: "an attribute of a counted resource without its key",
    lifecycle: "[terraform_data.c.input]",
    summary: "no change found for terraform_data.c in the root module",
    detail: undefined,
  },
];

describe("replace_triggered_by errors", () => {
  it.each(ERROR_ROWS)("$name", async (row) => {
    const main = `resource "terraform_data" "c" {
  count = 2
}

resource "terraform_data" "b" {
  count = 1
  input = "b"
  lifecycle {
    replace_triggered_by = ${row.lifecycle}
  }
}
`;
    const dir = mkdtempSync(join(tmpdir(), "terrane-rtb-err-"));
    writeFileSync(join(dir, "main.tf"), main);
    const r = await planDir(dir);
    const errors = r.diagnostics.filter((d) => d.severity === "error");
    expect(errors.map((d) => [d.summary, d.detail])).toEqual([[row.summary, row.detail]]);
    if (row.at) expect([errors[0]!.subject?.start.line, errors[0]!.subject?.start.column]).toEqual(row.at);
    expect(r.plan?.complete).toBe(false);
    expect(summary(r).some((s) => s.startsWith("terraform_data.b"))).toBe(false);
  });
});
