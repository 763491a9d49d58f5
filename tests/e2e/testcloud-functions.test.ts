// provider::testcloud::cidr_host through the CLI: after `terrane init -plugin-dir`, apply, output
// -json and a plan whose call fails print what terraform 1.11.4 printed for the same configuration
// with the same plugin (fixtures/testcloud-goldens/functions, from generate.mjs there), and validate
// calls the function too. A configuration without the provider in required_providers has no such
// namespace.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { asTerraformDiagnostics } from "../helpers/terraform-diagnostics.js";
import { testcloudPluginDir } from "../helpers/test-provider.js";

const GOLDENS = join(import.meta.dirname, "../../fixtures/testcloud-goldens/functions");
const golden = (name: string): string => readFileSync(join(GOLDENS, name), "utf8");
const asTerrane = (text: string): string => text.replace(/Terraform/g, "Terrane").replace(/terraform (plan|apply)/g, "terrane $1");
let dir = "";

beforeAll(async () => {
  const base = mkdtempSync(join(tmpdir(), "terrane-functions-"));
  const plugins = join(base, "plugins");
  testcloudPluginDir(plugins);
  dir = join(base, "work");
  mkdirSync(dir);
  copyFileSync(join(GOLDENS, "main.tf"), join(dir, "main.tf"));
  const init = await runCli(["init", `-plugin-dir=${plugins}`, "-no-color"], { cwd: dir });
  expect(init.code, init.stderr).toBe(0);
}, 60_000);

describe("provider functions through the CLI", () => {
  it("apply and output -json print what terraform printed", async () => {
    const apply = await runCli(["apply", "-auto-approve", "-no-color"], { cwd: dir });
    expect(apply.stderr).toBe("");
    expect(apply.stdout.replace(/\s+/g, " ")).toBe(asTerrane(golden("apply.stdout")).replace(/\s+/g, " "));
    const output = await runCli(["output", "-json"], { cwd: dir });
    expect(JSON.parse(output.stdout)).toEqual(JSON.parse(golden("output.json")));
  }, 60_000);

  it("a failing call is an error on the call, as terraform reports it", async () => {
    const plan = await runCli(["plan", "-no-color", "-var", "hostnum=70000"], { cwd: dir });
    expect(plan.code).toBe(Number(golden("plan-error.exit")));
    expect(asTerraformDiagnostics(plan.stderr)).toBe(golden("plan-error.stderr"));
  }, 60_000);

  it("console calls the function", async () => {
    const r = await runCli(["console"], { cwd: dir, stdin: 'provider::testcloud::cidr_host("10.0.0.0/8", 3)\n' });
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe('"10.0.0.3"\n');
  }, 60_000);

  it("validate calls the function, and a module without the provider has no such namespace", async () => {
    const ok = await runCli(["validate", "-no-color"], { cwd: dir });
    expect(ok.stdout).toContain("Success! The configuration is valid.");
    const other = mkdtempSync(join(tmpdir(), "terrane-functions-none-"));
    writeFileSync(join(other, "main.tf"), 'output "x" {\n  value = provider::testcloud::cidr_host("10.0.0.0/8", 1)\n}\n');
    const none = await runCli(["validate", "-no-color"], { cwd: other });
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('There are no functions in namespace "provider::testcloud::".');
  }, 60_000);
});
