import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { builtinResolver } from "../../../cmd/operation/provider-resolver.js";
import { buildConfig } from "../../../core/configs/config-builder.js";
import { plan, type PlanHooks, type PlanResult } from "../../../core/plan/index.js";
import { State } from "../../../core/states/state.js";
import { runCli } from "../../helpers/cli.js";

// Import blocks through the planner with the built-in terraform_data provider (which imports any id
// as an object with only `id` set). Expected texts and outcomes are what terraform 1.11.4 printed for
// the same configurations (fixtures/plan/import-* hold the whole-command goldens).

function writeConfig(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "terrane-import-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

async function planFiles(files: Record<string, string>, hooks?: PlanHooks): Promise<PlanResult> {
  const dir = writeConfig(files);
  const built = buildConfig(dir, { displayDir: "." });
  expect(built.diagnostics).toEqual([]);
  const options = { mode: "normal" as const, refresh: true, variables: new Map(), providers: builtinResolver(dir), cwd: dir, terraformVersion: "1.11.4", ...(hooks ? { hooks } : {}) };
  return plan(built.config, new State(), options);
}

/** `address action importing-id` for every change. */
function summary(r: PlanResult): string[] {
  return (r.plan?.changes ?? []).map((c) => `${c.addr.toString()} ${c.change.action} ${c.importing?.id ?? "-"}`).sort();
}

describe("import blocks", () => {
  it("imports each element of a list for_each into a counted resource, after a Preparing import step", async () => {
    const events: string[] = [];
    const hooks: PlanHooks = {
      importing: (addr, id) => events.push(`import ${addr.toString()} ${id}`),
      refreshing: (addr, id) => events.push(`refresh ${addr.toString()} ${id}`),
    };
    const r = await planFiles(
      {
        "main.tf": `
import {
  for_each = ["p", "q"]
  to       = terraform_data.many[each.key]
  id       = each.value
}
resource "terraform_data" "many" {
  count = 2
}
`,
      },
      hooks,
    );
    expect(r.diagnostics).toEqual([]);
    expect(summary(r)).toEqual(["terraform_data.many[0] no-op p", "terraform_data.many[1] no-op q"]);
    expect(r.plan?.applyable).toBe(true);
    for (const [addr, id] of [["terraform_data.many[0]", "p"], ["terraform_data.many[1]", "q"]]) {
      expect(events.indexOf(`import ${addr} ${id}`)).toBeLessThan(events.indexOf(`refresh ${addr} ${id}`));
    }
    expect(r.plan?.prevRunState.instance(r.plan.changes[0]!.addr)).toBeUndefined();
    expect(r.plan?.priorState.instance(r.plan.changes[0]!.addr)?.current).toBeDefined();
  });

  it("imports into a resource of a child module", async () => {
    const r = await planFiles({
      "main.tf": `
import {
  to = module.m.terraform_data.x
  id = "in-module"
}
module "m" {
  source = "./m"
}
`,
      "m/main.tf": `resource "terraform_data" "x" {\n  input = "x"\n}\n`,
    });
    expect(r.diagnostics).toEqual([]);
    expect(summary(r)).toEqual(["module.m.terraform_data.x update in-module"]);
  });

  it("uses the last element when for_each elements name the same instance, as Terraform does", async () => {
    const r = await planFiles({
      "main.tf": `
import {
  for_each = { a = "first", b = "second" }
  to       = terraform_data.one
  id       = each.value
}
resource "terraform_data" "one" {}
`,
    });
    expect(r.diagnostics).toEqual([]);
    expect(summary(r)).toEqual(["terraform_data.one no-op second"]);
  });
});

interface ErrorRow {
  readonly name: string;
  readonly config: string;
  readonly summary: string;
  readonly detail: string;
  /** Whether Terraform still makes a (failed) plan, or stops before planning. */
  readonly planned: boolean;
  readonly at?: readonly [number, number];
}

const RESOURCES = `
resource "terraform_data" "src" {
  input = "s"
}
resource "terraform_data" "one" {}
resource "terraform_data" "c" {
  count = 2
}
resource "terraform_data" "many" {
  for_each = toset(["a"])
}
`;

const ERROR_ROWS: readonly ErrorRow[] = [
  {
    name: "a null id",
    config: `import {\n  to = terraform_data.one\n  id = null\n}\n`,
    summary: "Invalid import id argument",
    detail: "The import ID cannot be null.",
    planned: false,
    at: [3, 8],
  },
  {
    name: "an empty id",
    config: `import {\n  to = terraform_data.one\n  id = ""\n}\n`,
    summary: "Invalid import id argument",
    detail: "The import ID value evaluates to an empty string, please provide a non-empty value.",
    planned: false,
    at: [3, 8],
  },
  {
    name: "an id known only after apply",
    config: `import {\n  to = terraform_data.one\n  id = terraform_data.src.output\n}\n`,
    summary: "Invalid import id argument",
    detail: 'The import block "id" argument depends on resource attributes that cannot be determined until apply, so Terrane cannot plan to import this resource.',
    planned: true,
    at: [3, 8],
  },
  {
    name: "a for_each that is not a collection",
    config: `import {\n  for_each = 3\n  to       = terraform_data.many[each.key]\n  id       = each.value\n}\n`,
    summary: "Invalid for_each argument",
    detail: 'The "for_each" expression must be a collection.',
    planned: false,
    at: [2, 14],
  },
  {
    name: "an instance key on a resource without count",
    config: `import {\n  to = terraform_data.one[0]\n  id = "x"\n}\n`,
    summary: "Invalid import 'to' expression",
    detail: "The target resource does not use count.",
    planned: false,
    at: [2, 8],
  },
  {
    name: "a sensitive index key",
    config: `import {\n  for_each = { a = sensitive("a") }\n  to       = terraform_data.many[each.value]\n  id       = "x"\n}\n`,
    summary: "Invalid index expression",
    detail: "Import address index expression cannot be sensitive.",
    planned: false,
    at: [3, 34],
  },
  {
    name: "an instance the resource does not have",
    config: `import {\n  to = terraform_data.c[5]\n  id = "x"\n}\n`,
    summary: "Configuration for import target does not exist",
    detail: "The configuration for the given import terraform_data.c[5] does not exist. All target instances must have an associated configuration to be imported.",
    planned: true,
  },
];

describe("import block errors", () => {
  it.each(ERROR_ROWS)("$name", async (row) => {
    const r = await planFiles({ "main.tf": RESOURCES, "imports.tf": row.config });
    const errors = r.diagnostics.filter((d) => d.severity === "error");
    expect(errors.map((d) => [d.summary, d.detail])).toEqual([[row.summary, row.detail]]);
    if (row.at) expect([errors[0]!.subject?.filename, errors[0]!.subject?.start.line, errors[0]!.subject?.start.column]).toEqual(["imports.tf", ...row.at]);
    else expect(errors[0]!.subject).toBeUndefined();
    expect(r.plan !== undefined).toBe(row.planned);
    if (r.plan) expect(r.plan.complete).toBe(false);
    expect(summary(r).some((s) => !s.endsWith(" -"))).toBe(false);
  });

  it("reports two blocks importing into the same address before planning", async () => {
    const twice = `import {\n  to = terraform_data.one\n  id = "a"\n}\n\nimport {\n  to = terraform_data.one\n  id = "b"\n}\n`;
    const r = await planFiles({ "main.tf": RESOURCES, "imports.tf": twice });
    expect(r.plan).toBeUndefined();
    expect(r.diagnostics.map((d) => [d.summary, d.detail, d.subject?.start.line])).toEqual([
      [
        'Duplicate import configuration for "terraform_data.one"',
        'An import block for the resource "terraform_data.one" was already declared at imports.tf:1,1-7. A resource can have only one import block.',
        7,
      ],
    ]);
  });

  it("refuses -generate-config-out with a clear error", async () => {
    const dir = writeConfig({ "main.tf": `import {\n  to = terraform_data.x\n  id = "x"\n}\n` });
    const r = await runCli(["plan", "-no-color", "-generate-config-out=generated.tf"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("Error: Unsupported option -generate-config-out\n");
    expect(r.stderr).toContain("Terrane cannot generate configuration for import blocks yet.");
  });
});
