import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { apply, type ApplyOptions } from "../../../core/apply/index.js";
import { buildConfig } from "../../../core/configs/config-builder.js";
import type { Config } from "../../../core/configs/model.js";
import { plan } from "../../../core/plan/index.js";
import type { Plan } from "../../../core/plans/changes.js";
import { State } from "../../../core/states/state.js";
import { builtinProviders } from "../../../providers/builtin/index.js";

// What the executor reports besides its operations, checked against terraform 1.11.4 (the CLI
// goldens are fixtures/apply/import, refresh-only and provider-error): imports announced before
// the walk, provider errors naming the instance and the attribute, and outputs of objects that
// are gone stored as null rather than failing.

function setup(main: string): { dir: string; config: Config } {
  const dir = mkdtempSync(join(tmpdir(), "terrane-apply-reporting-"));
  writeFileSync(join(dir, "main.tf"), main);
  const built = buildConfig(dir, { displayDir: "." });
  expect(built.diagnostics).toEqual([]);
  return { dir, config: built.config };
}

function options(dir: string, extra: Partial<ApplyOptions> = {}): ApplyOptions {
  const builtins = builtinProviders({ cwd: dir });
  return { providers: (p) => builtins.get(p.toString()), cwd: dir, terraformVersion: "1.11.4", ...extra };
}

async function planOf(dir: string, config: Config, prev: State, mode: Plan["mode"] = "normal"): Promise<Plan> {
  const { providers, cwd, terraformVersion } = options(dir);
  const r = await plan(config, prev, { providers, cwd, terraformVersion, mode, refresh: true, variables: new Map() });
  expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return r.plan!;
}

describe("apply reporting", () => {
  it("announces each import (started, then complete) in address order before any operation", async () => {
    const { dir, config } = setup(`
import {
  to = terraform_data.z
  id = "zz"
}
import {
  to = terraform_data.x
  id = "xx"
}
resource "terraform_data" "x" {}
resource "terraform_data" "z" {
  input = "changed"
}
`);
    const events: string[] = [];
    const hooks: ApplyOptions["hooks"] = {
      imported: (e) => events.push(`${e.done ? "imported" : "importing"} ${e.addr.toString()} ${e.id}`),
      applying: (e) => events.push(`${e.action} ${e.addr.toString()}`),
    };
    const r = await apply(config, await planOf(dir, config, new State()), options(dir, { hooks }));
    expect(r.diagnostics).toEqual([]);
    expect(events).toEqual(["importing terraform_data.x xx", "imported terraform_data.x xx", "importing terraform_data.z zz", "imported terraform_data.z zz", "update terraform_data.z"]);
    expect([...r.state.allInstances()].map((i) => i.addr.toString()).sort()).toEqual(["terraform_data.x", "terraform_data.z"]);
  });

  it("names the instance in a provider error and points at the attribute the provider names", async () => {
    const { dir, config } = setup(`resource "random_id" "r" {
  count       = 1
  byte_length = -1
}
`);
    const r = await apply(config, await planOf(dir, config, new State()), options(dir));
    expect(r.diagnostics).toHaveLength(1);
    const d = r.diagnostics[0]!;
    expect([d.summary, d.detail, d.address]).toEqual(["Invalid Attribute Value", "Attribute byte_length value must be at least 0, got: -1", "random_id.r[0]"]);
    expect(d.subject).toMatchObject({ start: { line: 3, column: 17 }, end: { line: 3, column: 19 } });
  });

  it("stores an output whose object is gone as a typed null in a refresh-only apply", async () => {
    const { dir, config } = setup(`
resource "terraform_data" "never" {
  input = "x"
}
output "gone" {
  value = terraform_data.never.id
}
`);
    const r = await apply(config, await planOf(dir, config, new State(), "refresh-only"), options(dir));
    expect(r.diagnostics).toEqual([]);
    const out = r.state.modules.get("")!.outputs.get("gone")!;
    expect(out.value.isNull).toBe(true);
    expect(out.value.type.kind).toBe("string");
  });
});
