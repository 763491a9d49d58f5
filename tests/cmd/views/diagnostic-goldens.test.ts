import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../helpers/cli.js";
import { normalisePlanOutput } from "../../helpers/plan-output.js";
import { terraformLayout } from "../../helpers/terraform-layout.js";

// Diagnostics as `terraform` v1.11.4 printed them (fixtures/diagnostics/<case>, made by
// fixtures/diagnostics/generate.sh): the values of an expression's references under the snippet,
// the function being called, warnings consolidated or listed compactly, and JSON with Go's HTML-safe
// escaping (validate, show and output -json). Each line of a case's `commands` is run as
// `terrane <line>` on a copy of the case (with its state, if any). Terrane's additions (column, caret
// line) are undone; the product name is normalised and prose re-flowed on both sides, as for the
// plan goldens.

const FIXTURES = join(import.meta.dirname, "../../../fixtures/diagnostics");

function slug(line: string): string {
  return line.replaceAll(" ", "_").replace(/[^A-Za-z0-9_=.-]/g, "");
}

function caseCommands(name: string): string[] {
  return readFileSync(join(FIXTURES, name, "commands"), "utf8").split("\n").filter((l) => l.trim() !== "");
}

function workDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `terrane-diag-${name}-`));
  const copied = (f: string) => f.endsWith(".tf") || f === "terraform.tfstate";
  for (const f of readdirSync(join(FIXTURES, name)).filter(copied)) cpSync(join(FIXTURES, name, f), join(dir, f));
  return dir;
}

function golden(name: string, line: string, ext: string): string {
  return readFileSync(join(FIXTURES, name, "expected", `${slug(line)}.${ext}`), "utf8");
}

// Apply's progress lines run concurrently and name random ids: left out.
const APPLY_PROGRESS = /^\S+: (Creating\.\.\.|Creation complete after \S+ \[id=.*\])$/;

/** Human output in a comparable form: Terraform's layout, the product name and prose normalised. */
function human(text: string): { body: string; refresh: string[] } {
  const lines = terraformLayout(text).split("\n").filter((l) => !APPLY_PROGRESS.test(l));
  return normalisePlanOutput(lines.join("\n"));
}

/** A JSON document with its diagnostics (if any) in a canonical order. */
function orderless(doc: { diagnostics?: unknown[] }): unknown {
  if (!Array.isArray(doc.diagnostics)) return doc;
  const key = (d: unknown) => JSON.stringify(d);
  return { ...doc, diagnostics: [...doc.diagnostics].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)) };
}

/**
 * Plans whose "Planning failed." line differs, which is the plan engine's business, not the
 * diagnostics': Terraform checks variable validations while planning (so it prints that line),
 * Terrane before. These rows check that this line is the only difference. (Count, for_each and
 * output precondition errors are found by the validation both run before planning.)
 */
const PLANNING_FAILED_DIFFERS = new Set([
  "variable-validation: plan -no-color",
  'variable-validation: plan -no-color -var n=10 -var names=["x","y","z"] -var n=1',
]);
const PLANNING_FAILED = "\nPlanning failed. Terrane encountered an error while generating this plan.\n\n";

const cases = readdirSync(FIXTURES).filter((n) => existsSync(join(FIXTURES, n, "commands")));

describe.each(cases)("fixtures/diagnostics/%s", (name) => {
  it.each(caseCommands(name))("terrane %s prints what terraform printed", async (line) => {
    const r = await runCli(line.split(/\s+/), { cwd: workDir(name) });
    expect(r.code).toBe(Number(golden(name, line, "exit")));
    if (line.includes("-json")) {
      const [actual, expected] = [r.stdout, golden(name, line, "stdout")].map((t) => t.replaceAll("Terraform", "Terrane"));
      // Terraform's validate walk reports in Go map order, so the diagnostics are compared as a set;
      // the lines as written (Go's escaping and indentation) are compared as a sorted list.
      expect(orderless(JSON.parse(actual!))).toEqual(orderless(JSON.parse(expected!)));
      expect(actual!.split("\n").sort()).toEqual(expected!.split("\n").sort());
      return;
    }
    const [stdout, expected] = [r.stdout, golden(name, line, "stdout")].map((t) => human(t));
    if (PLANNING_FAILED_DIFFERS.has(`${name}: ${line}`)) {
      expect(stdout).not.toEqual(expected);
      const without = (p: { body: string }) => ({ ...p, body: p.body.replace(PLANNING_FAILED, "") });
      expect(without(stdout!)).toEqual(without(expected!));
    } else {
      expect(stdout).toEqual(expected);
    }
    expect(human(r.stderr)).toEqual(human(golden(name, line, "stderr")));
  });
});
