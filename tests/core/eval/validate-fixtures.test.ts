import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateConfig } from "../../../core/eval/index.js";
import type { Diagnostic } from "../../../lang/source/diagnostics.js";
import type { Range } from "../../../lang/source/range.js";
import { fixtureDir, loadConfig } from "../graph/config-fixtures.js";

// expected-validate.json beside each fixture is what `terraform validate -json` (v1.11.4) printed for
// it: every diagnostic with its summary, detail and range. Terraform's JSON lists them in map order
// and starts a cycle's names at a random member, so the comparison sorts both lists and compares
// cycles by rotation; Terraform's JSON also shows an empty range one character wide.

interface Row {
  readonly severity: string;
  readonly summary: string;
  readonly detail?: string;
  readonly range?: string;
}

function row(d: Diagnostic): Row {
  return {
    severity: d.severity,
    summary: canonicalCycle(d.summary),
    ...(d.detail ? { detail: d.detail } : {}),
    ...(d.subject ? { range: rangeText(d.subject) } : {}),
  };
}

function rangeText(r: Range): string {
  const end = r.end.byte > r.start.byte ? r.end : { ...r.end, column: r.end.column + 1 };
  return `${r.filename}:${r.start.line}:${r.start.column}-${end.line}:${end.column}`;
}

/** A cycle's names rotated to start at the smallest, so Terraform's random start does not matter. */
function canonicalCycle(summary: string): string {
  if (!summary.startsWith("Cycle: ")) return summary;
  const names = summary.slice("Cycle: ".length).split(", ");
  const first = names.indexOf([...names].sort()[0]!);
  return `Cycle: ${[...names.slice(first), ...names.slice(0, first)].join(", ")}`;
}

function sorted(rows: readonly Row[]): Row[] {
  return [...rows].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
}

const FIXTURES = [
  ["validate-undeclared", "undeclared references of every kind, in root and child modules"],
  ["validate-module-arguments", "module arguments naming no variable and required variables not set"],
  ["validate-module-values", "module argument types, nullability, validation rules, outputs, count and for_each"],
  ["validate-conditions", "count, for_each, depends_on, conditions, provisioners, checks and scoped data"],
  ["validate-locals-cycle", "cycles of locals and of resources"],
  ["validate-module-cycle", "a cycle through a module"],
  ["validate-json", "JSON syntax"],
  ["validate-valid", "a valid configuration"],
] as const;

describe("validateConfig against terraform validate", () => {
  it.each(FIXTURES)("%s: %s", async (name) => {
    const dir = fixtureDir(name);
    const diagnostics = await validateConfig(loadConfig(dir), { cwd: dir });
    const expected = JSON.parse(readFileSync(join(dir, "expected-validate.json"), "utf8")) as Row[];
    expect(sorted(diagnostics.map(row))).toEqual(sorted(expected.map((r) => ({ ...r, summary: canonicalCycle(r.summary) }))));
  });
});
