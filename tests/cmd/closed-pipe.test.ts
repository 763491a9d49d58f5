// Output to a pipe whose reader has gone (`terrane apply | head -1`): the process does not die of an
// unhandled EPIPE error with a stack trace; the apply finishes and its state is saved.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { startTerrane } from "./child/spawn-terrane.js";

describe("a closed output pipe", () => {
  it("lets the apply finish and save its state", async () => {
    const dir = mkdtempSync(join(tmpdir(), "terrane-epipe-"));
    writeFileSync(join(dir, "main.tf"), 'resource "terraform_data" "x" {\n  count = 30\n  input = count.index\n}\n');
    const child = startTerrane(dir, ["apply", "-auto-approve", "-no-color"]);
    child.process.stdout!.once("data", () => child.process.stdout!.destroy());
    expect(await child.exited).toBe(0);
    expect(child.output.stderr).toBe("");
    const state = JSON.parse(readFileSync(join(dir, "terraform.tfstate"), "utf8")) as { resources: { instances: unknown[] }[] };
    expect(state.resources[0]!.instances).toHaveLength(30);
  }, 30_000);
});
