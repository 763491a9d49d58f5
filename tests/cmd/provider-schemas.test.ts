// validate and show take provider schemas from the plugins `terrane init` installed, as plan and apply
// do: a random plugin that records each start is started by both, and a provider that is neither
// installed nor built in makes show fail with Terraform's "Failed to load plugin schemas".
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script without types
import { makePluginDir } from "../../fixtures/plugin-goldens/plugin-dir.mjs";
import { runCli } from "../helpers/cli.js";

let plugins = "";
let marker = "";

beforeAll(() => {
  const base = mkdtempSync(join(tmpdir(), "terrane-schemas-"));
  plugins = join(base, "plugins");
  marker = join(base, "random-started");
  const exes: string[] = makePluginDir(plugins, { source: true });
  const random = exes.find((e) => e.endsWith("terraform-provider-random_v3.7.2"))!;
  writeFileSync(random, readFileSync(random, "utf8").replace("#!/bin/sh\n", `#!/bin/sh\necho started >> "${marker}"\n`));
});

describe("provider schemas from installed plugins", () => {
  it("validate and show start the installed plugin", async () => {
    const dir = mkdtempSync(join(tmpdir(), "terrane-schemas-"));
    cpSync(join(__dirname, "../../fixtures/init/random-constraint/main.tf"), join(dir, "main.tf"));
    expect((await runCli(["init", `-plugin-dir=${plugins}`, "-no-color"], { cwd: dir })).code).toBe(0);
    rmSync(marker, { force: true });
    const validate = await runCli(["validate", "-no-color"], { cwd: dir });
    expect(validate.stdout).toContain("Success! The configuration is valid.");
    expect(readFileSync(marker, "utf8").trim().split("\n")).toHaveLength(1);

    expect((await runCli(["apply", "-auto-approve", "-no-color"], { cwd: dir })).code).toBe(0);
    rmSync(marker, { force: true });
    const show = await runCli(["show", "-json"], { cwd: dir });
    expect(show.code).toBe(0);
    const shown = JSON.parse(show.stdout) as { values: { root_module: { resources: { provider_name: string }[] } } };
    expect(shown.values.root_module.resources[0]!.provider_name).toBe("registry.terraform.io/hashicorp/random");
    expect(existsSync(marker)).toBe(true);
  }, 40_000);

  it("show fails for a provider that is neither installed nor built in", async () => {
    const dir = mkdtempSync(join(tmpdir(), "terrane-schemas-"));
    const state = {
      version: 4, terraform_version: "1.11.4", serial: 1, lineage: "0b1e4a36-0f0c-4f7a-9c5e-000000000001", outputs: {},
      resources: [{ mode: "managed", type: "aws_vpc", name: "main", provider: 'provider["registry.terraform.io/hashicorp/aws"]',
        instances: [{ schema_version: 1, attributes: { id: "vpc-1" }, sensitive_attributes: [] }] }],
      check_results: null,
    };
    writeFileSync(join(dir, "terraform.tfstate"), JSON.stringify(state));
    const show = await runCli(["show", "-no-color"], { cwd: dir });
    expect(show.code).toBe(1);
    expect(show.stderr).toContain("Failed to load plugin schemas");
    expect(show.stderr.replace(/\s+/g, " ")).toContain('unavailable provider "registry.terraform.io/hashicorp/aws"');
  });
});
