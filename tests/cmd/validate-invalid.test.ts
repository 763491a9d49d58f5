import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { terraformLayout } from "../helpers/terraform-layout.js";

// Invalid configurations at the command level. Each fixtures/validate-invalid/<case> holds what
// `terraform validate` (v1.11.4) printed for it: expected-validate.json (`-json`), and
// expected-validate.stdout and .stderr (`-no-color`; Terraform ran `terraform init -backend=false`
// first where there are module blocks). Terrane's additions to the human layout (the column on the
// "on" line, the caret line) are undone before comparing.
const FIXTURES = fileURLToPath(new URL("../../fixtures/validate-invalid", import.meta.url));

/**
 * Cases where Terrane knowingly differs from Terraform, with the reason. Their rows assert that the
 * difference is still there, so that a fix shows up as a failure to remove the entry.
 */
const KNOWN_DIFFERENCES: ReadonlyMap<string, string> = new Map([
  ["cloud-only", "by design: Terrane does not support HCP Terraform, so it rejects a cloud block Terraform accepts"],
  ["cloud-block", "by design: Terrane rejects the cloud block itself instead of Terraform's 'Both a backend and cloud configuration are present'"],
  [
    "module-missing-dir",
    "Terrane reads local modules without `terraform init`, so it reports the unreadable directory itself where Terraform reports 'Module not installed'",
  ],
]);

/**
 * Cases whose diagnostics come from the validate walk, which Terraform reports in Go map order (a
 * different order on every run): their JSON diagnostics are compared without regard to order. The
 * human form is sorted by Terraform, so its order is still checked.
 */
const WALK_ORDER = new Set(["for-each-types", "undeclared-references"]);

/** The JSON document with its diagnostics in a canonical order. */
function orderless(doc: { diagnostics: unknown[] }): unknown {
  const key = (d: unknown) => JSON.stringify(d);
  return { ...doc, diagnostics: [...doc.diagnostics].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)) };
}

function golden(name: string, file: string): string {
  return readFileSync(join(FIXTURES, name, file), "utf8");
}

describe.each(readdirSync(FIXTURES).sort())("terrane validate on fixtures/validate-invalid/%s", (name) => {
  const dir = join(FIXTURES, name);

  it("prints Terraform's JSON diagnostics and exit code", async () => {
    const r = await runCli(["validate", "-json"], { cwd: dir });
    const json = JSON.parse(golden(name, "expected-validate.json")) as { valid: boolean; diagnostics: unknown[] };
    const canonical = WALK_ORDER.has(name) ? orderless : (doc: unknown) => doc;
    const actual = { code: r.code, json: canonical(JSON.parse(r.stdout) as { diagnostics: unknown[] }) };
    const expected = { code: json.valid ? 0 : 1, json: canonical(json) };
    if (KNOWN_DIFFERENCES.has(name)) expect(actual).not.toEqual(expected);
    else expect(actual).toEqual(expected);
  });

  it("prints Terraform's human diagnostics and exit code", async () => {
    const r = await runCli(["validate", "-no-color"], { cwd: dir });
    const actual = { code: r.code, stdout: terraformLayout(r.stdout), stderr: terraformLayout(r.stderr) };
    const stderr = golden(name, "expected-validate.stderr");
    const expected = { code: stderr.includes("Error: ") ? 1 : 0, stdout: golden(name, "expected-validate.stdout"), stderr };
    if (KNOWN_DIFFERENCES.has(name)) expect(actual).not.toEqual(expected);
    else expect(actual).toEqual(expected);
  });
});
