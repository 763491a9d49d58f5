import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { buildConfig } from "../../../core/configs/index.js";
import { fixture, tfDiags } from "./loader-helpers.js";

// Broken .tf.json files, each with what `terraform validate -json` (Terraform 1.11.4) printed for it
// (fixtures/config/json-syntax-recovery/generate.sh). hcl's JSON parser does not stop at the first
// error: a broken object or array becomes an invalid value at its first token and the enclosing one
// carries on after skipping ahead, so later syntax errors and the decoder's complaints about the
// invalid values ("Incorrect JSON value type", "Extraneous JSON object property") follow, with exact
// ranges (string errors at encoding/json's byte offset, also added to the column).

const ROOT = fixture("json-syntax-recovery");
const CASES = readdirSync(ROOT).filter((name) => statSync(join(ROOT, name)).isDirectory());

interface JsonPos {
  readonly line: number;
  readonly column: number;
  readonly byte: number;
}

interface JsonDiagnostic {
  readonly severity: string;
  readonly summary: string;
  readonly detail: string;
  readonly range?: { readonly filename: string; readonly start: JsonPos; readonly end: JsonPos };
}

/** Terraform's JSON diagnostic in the form tfDiag writes Terrane's. */
function expectedRow(d: JsonDiagnostic): string {
  const r = d.range;
  const range = r ? `${r.filename}:${r.start.line},${r.start.column}(${r.start.byte})-${r.end.line},${r.end.column}(${r.end.byte})` : "-";
  return `${d.severity === "error" ? "E" : "W"} ${range} | ${d.summary} | ${JSON.stringify(d.detail)}`;
}

describe("JSON syntax errors and recovery, compared with terraform validate", () => {
  test("there are cases", () => expect(CASES.length).toBeGreaterThanOrEqual(20));

  test.each(CASES)("%s", (name) => {
    const dir = join(ROOT, name);
    const doc = JSON.parse(readFileSync(join(dir, "expected-validate.json"), "utf8")) as { diagnostics: JsonDiagnostic[] };
    const r = buildConfig(dir, { displayDir: "." });
    expect(tfDiags(r.diagnostics)).toEqual(doc.diagnostics.map(expectedRow));
  });
});
