import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { jsonDiagnostic, type JsonDiagnostic } from "../../../cmd/views/json-diagnostic.js";
import { decodeAny, readFixture, topBlocks } from "./resource-fixtures.js";

// Golden tests: each fixtures/config/res-*/ directory holds a configuration and, in expected.json,
// the diagnostics `terraform validate -json` (Terraform v1.11.4) printed for it. Decoding the same
// file's resource, data, moved, import, removed and check blocks must give exactly those diagnostics:
// severity, summary, detail, range and the highlighted source lines (the block-header `context`
// string of the snippet is the CLI's business and not compared).

const ROOT = "fixtures/config";
const CASES = readdirSync(ROOT)
  .filter((d) => d.startsWith("res-"))
  .sort();

function comparable(d: JsonDiagnostic): unknown {
  if (!d.snippet) return d;
  const { context: _context, ...snippet } = d.snippet;
  return { ...d, snippet };
}

function fixtureFile(dir: string): string {
  return existsSync(join(dir, "main.tf.json")) ? "main.tf.json" : "main.tf";
}

describe("resource-side blocks against terraform validate", () => {
  test("there are fixtures", () => {
    expect(CASES.length).toBeGreaterThan(50);
  });

  test.each(CASES)("%s", (name) => {
    const dir = join(ROOT, name);
    const filename = fixtureFile(dir);
    const src = readFixture(join(dir, filename));
    const expected = JSON.parse(readFixture(join(dir, "expected.json"))) as JsonDiagnostic[];
    const diags = topBlocks(src, filename).flatMap(decodeAny);
    const sources = (f: string) => (f === filename ? src : undefined);
    expect(diags.map((d) => comparable(jsonDiagnostic(d, sources)))).toEqual(expected.map(comparable));
  });
});
