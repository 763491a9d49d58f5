// The testcloud provider's validation diagnostics as `terrane plan` and `terrane validate` show them: each points, through
// the attribute path the plugin gave, at the argument in main.tf, and reads as terraform 1.11.4
// printed it for the same configuration and plugin (fixtures/testcloud-goldens/invalid, from
// generate.mjs there), Terrane's own additions (column, caret line) taken out.
import { cpSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { asTerraformDiagnostics } from "../helpers/terraform-diagnostics.js";
import { testcloudPluginDir } from "../helpers/test-provider.js";

const GOLDENS = join(import.meta.dirname, "../../fixtures/testcloud-goldens/invalid");

/** Diagnostics split into blocks, each starting at its "Error:" line. */
function blocks(text: string): string[] {
  return text.split(/\n(?=Error: )/).map((b) => b.trim()).filter(Boolean);
}

async function initialized(): Promise<string> {
  const base = mkdtempSync(join(tmpdir(), "terrane-testcloud-invalid-"));
  testcloudPluginDir(join(base, "plugins"));
  const work = join(base, "work");
  cpSync(GOLDENS, work, { recursive: true });
  expect((await runCli(["init", "-no-color", `-plugin-dir=${join(base, "plugins")}`], { cwd: work })).code).toBe(0);
  return work;
}

describe.each(["plan", "validate"])("testcloud validation errors through terrane %s", (command) => {
  it("reports each error at the argument it is about, as terraform does", async () => {
    const work = await initialized();
    const r = await runCli([command, "-no-color"], { cwd: work });
    expect(r.code).toBe(Number(readFileSync(join(GOLDENS, `${command}.exit`), "utf8")));
    // Validation runs before planning, so no plan exists and no "Planning failed" is printed.
    if (command === "plan") expect(r.stdout).toBe(readFileSync(join(GOLDENS, "plan.stdout"), "utf8"));
    const got = blocks(asTerraformDiagnostics(r.stderr));
    const want = blocks(readFileSync(join(GOLDENS, `${command}.stderr`), "utf8"));
    expect(got.map((b) => b.split("\n")[0])).toEqual(["Error: Invalid CIDR block", "Error: Invalid name", "Error: Invalid server size", "Error: Invalid tag"]);
    expect(got.slice(0, 3)).toEqual(want.slice(0, 3));
    // Known difference: for the map key tags[""], Terraform quotes the element's line (23); Terrane
    // quotes the whole `tags` map (lines 22 to 25). The summary, resource and detail are the same.
    const [tagGot, tagWant] = [got[3]!.split("\n"), want[3]!.split("\n")];
    expect([tagGot.slice(0, 3), tagGot.at(-1)]).toEqual([tagWant.slice(0, 3), tagWant.at(-1)]);
  });
});
