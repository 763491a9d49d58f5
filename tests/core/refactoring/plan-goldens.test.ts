import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../helpers/cli.js";
import { terraformLayout } from "../../helpers/terraform-layout.js";

// `terrane plan` on the moved-* and removed-* cases of fixtures/plan (made by
// fixtures/plan/moved-generate.sh with terraform v1.11.4), comparing in full what
// tests/cmd/plan.test.ts only compares by summary: the diagnostics Terraform printed to stderr, with
// their source snippets and details, and the stdout of cases whose text names the `terraform`
// command (moved-blocked keeps its configuration out of main.tf so that plan.test.ts skips it).
// Terrane's additions to the diagnostic layout are undone, the product and command names evened out
// and prose re-flowed, since the shorter name wraps differently.

const FIXTURES = join(import.meta.dirname, "../../../fixtures/plan");
const CASES = readdirSync(FIXTURES).filter(
  (n) =>
    /^(moved|removed)-/.test(n) &&
    statSync(join(FIXTURES, n)).isDirectory() &&
    (existsSync(join(FIXTURES, n, "expected-stderr.txt")) || !existsSync(join(FIXTURES, n, "main.tf"))),
);

function workDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `terrane-moves-${name}-`));
  for (const entry of readdirSync(join(FIXTURES, name))) {
    if (entry === "before" || entry === "args" || entry.startsWith("expected-")) continue;
    cpSync(join(FIXTURES, name, entry), join(dir, entry), { recursive: true });
  }
  return dir;
}

/** Terraform's text with Terrane's names, refresh lines sorted, and prose paragraphs joined into single lines. */
function normalise(text: string): string {
  const lines = text
    .replaceAll("Terraform", "Terrane")
    .replaceAll('"terraform ', '"terrane ')
    .split("\n");
  const refresh = lines.filter((l) => l.includes(": Refreshing state...")).sort();
  const out: string[] = [];
  for (const line of lines.filter((l) => !l.includes(": Refreshing state..."))) {
    const prev = out[out.length - 1];
    const prose = (l: string | undefined) => l !== undefined && /^[A-Za-z"(]/.test(l) && !/^(Plan|Error|Warning|Note)[: ]/.test(l);
    if (prose(prev) && prose(line) && !prev!.endsWith(":")) out[out.length - 1] = `${prev} ${line}`;
    else out.push(line);
  }
  return [...refresh, ...out].join("\n");
}

function golden(name: string, file: string): string {
  const path = join(FIXTURES, name, file);
  return existsSync(path) ? readFileSync(path, "utf8") : "";
}

describe("terrane plan with moved and removed blocks matches terraform plan", () => {
  it("has cases to check", () => {
    expect(CASES).toEqual(
      expect.arrayContaining(["moved-blocked", "moved-error-ambiguous", "moved-error-cycle", "moved-error-still-exists", "removed-error-still-exists"]),
    );
  });

  it.each(CASES)("%s", async (name) => {
    const args = golden(name, "args").trim().split(/\s+/).filter((a) => a !== "");
    const r = await runCli(["plan", "-no-color", ...args], { cwd: workDir(name) });
    expect(normalise(terraformLayout(r.stderr))).toBe(normalise(golden(name, "expected-stderr.txt")));
    expect(normalise(r.stdout)).toBe(normalise(golden(name, "expected-plan.txt")));
    expect(r.code).toBe(Number(golden(name, "expected-exit")));
  });
});
