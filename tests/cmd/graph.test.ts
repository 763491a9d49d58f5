import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

// expected-*.dot beside each fixture is what `terraform graph` (v1.11.4) printed for it.
const FIXTURES = fileURLToPath(new URL("../../fixtures/graph", import.meta.url));

describe("terrane graph", () => {
  it.each([["count"], ["modules"]])("draws the resources-only graph of %s as Terraform does", async (name) => {
    const dir = join(FIXTURES, name);
    const r = await runCli(["graph"], { cwd: dir });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(dir, "expected-graph.dot"), "utf8"));
  });

  it.each([["count"], ["modules"]])("draws the plan graph of %s as Terraform does", async (name) => {
    const dir = join(FIXTURES, name);
    const r = await runCli(["graph", "-type=plan"], { cwd: dir });
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(readFileSync(join(dir, "expected-graph-plan.dot"), "utf8"));
  });

  it("works through -chdir", async () => {
    const r = await runCli(["-chdir=count", "graph"], { cwd: FIXTURES });
    expect(r.stdout).toBe(readFileSync(join(FIXTURES, "count", "expected-graph.dot"), "utf8"));
  });

  it("refuses a graph type it cannot draw yet", async () => {
    const r = await runCli(["graph", "-type=apply"], { cwd: join(FIXTURES, "count") });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("Invalid graph type requested: apply\n");
  });
});
