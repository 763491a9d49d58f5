import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readStateOutputs } from "../../cmd/operation/state-outputs.js";
import { runCli } from "../helpers/cli.js";

// `show`, `output` and terraform_remote_state read the state as plan and apply do: with the journal a killed apply left
// beside the state file replayed over it (backends/local/journal-recovery.ts).

async function applied(tf: string): Promise<{ dir: string; state: Record<string, unknown> }> {
  const dir = mkdtempSync(join(tmpdir(), "terrane-show-journal-"));
  writeFileSync(join(dir, "main.tf"), tf);
  const r = await runCli(["apply", "-auto-approve", "-no-color"], { cwd: dir });
  expect(r.code).toBe(0);
  return { dir, state: JSON.parse(readFileSync(join(dir, "terraform.tfstate"), "utf8")) as Record<string, unknown> };
}

describe("show and output with a journal beside the state", () => {
  it("show the objects and outputs the journal adds", async () => {
    const first = await applied('resource "terraform_data" "a" { input = "one" }\n');
    const second = await applied('resource "terraform_data" "a" { input = "one" }\nresource "terraform_data" "b" { input = "two" }\noutput "o" { value = terraform_data.b.output }\n');
    const resources = second.state.resources as { name: string }[];
    const only = (name: string) => ({ ...second.state, lineage: first.state.lineage, outputs: {}, resources: resources.filter((r) => r.name === name) });
    const serial = first.state.serial as number;
    const journal = [
      JSON.stringify({ terrane_state_journal: 1, lineage: first.state.lineage, serial }),
      JSON.stringify({ serial: serial + 1, instance: "terraform_data.b", state: only("b") }),
      JSON.stringify({ serial: serial + 2, globals: { ...second.state, lineage: first.state.lineage, resources: [] } }),
    ].join("\n");
    writeFileSync(join(first.dir, "terraform.tfstate.journal"), `${journal}\n`);

    const shown = await runCli(["show", "-no-color"], { cwd: first.dir });
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('resource "terraform_data" "b"');
    expect(shown.stdout).toContain('resource "terraform_data" "a"');
    const out = await runCli(["output", "-raw", "o"], { cwd: first.dir });
    expect(out.stdout).toBe("two");
    const remote = readStateOutputs(join(first.dir, "terraform.tfstate"));
    expect("outputs" in remote && remote.outputs.get("o")?.asString()).toBe("two");
  });
});
