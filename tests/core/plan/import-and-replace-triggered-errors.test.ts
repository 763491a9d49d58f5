import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../helpers/cli.js";

// The whole error output of `terrane plan` for the fixtures/plan/import-error-* and
// replace-triggered-error-* cases against what terraform 1.11.4 wrote to stderr (expected-stderr.txt,
// made by fixtures/plan/generate.sh). tests/cmd/plan.test.ts compares these cases' stdout and error
// summaries; this adds locations, source lines and details. Differences that are Terrane's by design
// are normalised: the product name, Terrane's `file:line:col` and caret line, Terraform's expression
// value lines (├── / │), and line wrapping (paragraphs are compared with whitespace collapsed).

const FIXTURES = join(import.meta.dirname, "../../../fixtures/plan");
const CASES = readdirSync(FIXTURES).filter((n) => /^(import|replace-triggered)-error-/.test(n) && existsSync(join(FIXTURES, n, "expected-stderr.txt")));

function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter((p) => p !== "");
}

function terraformErrors(text: string): string[] {
  const renamed = text.replaceAll("Terraform", "Terrane").replaceAll("terraform plan", "terrane plan").replaceAll("terraform apply", "terrane apply");
  return paragraphs(renamed.split("\n").filter((l) => !/^\s*(├|│)/.test(l)).join("\n"));
}

function terraneErrors(text: string): string[] {
  const lines = text.split("\n").filter((l) => !/^\s*\^+\s*$/.test(l));
  return paragraphs(lines.map((l) => l.replace(/^( {2}on [^:]+):(\d+):\d+(,|$)/, "$1 line $2$3")).join("\n"));
}

describe("terrane plan errors match terraform's for import blocks and replace_triggered_by", () => {
  it("has error cases to compare", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(8);
  });

  for (const name of CASES) {
    it(name, async () => {
      const dir = mkdtempSync(join(tmpdir(), `terrane-${name}-`));
      cpSync(join(FIXTURES, name, "main.tf"), join(dir, "main.tf"));
      const r = await runCli(["plan", "-no-color"], { cwd: dir });
      expect(terraneErrors(r.stderr)).toEqual(terraformErrors(readFileSync(join(FIXTURES, name, "expected-stderr.txt"), "utf8")));
      expect(r.code).toBe(1);
    });
  }
});
