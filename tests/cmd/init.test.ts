// `terrane init -plugin-dir`: installs Terrane's providers served as real plugins (plugin-dir.mjs
// -source), writes the lock file Terraform writes (fixtures/init goldens, from generate.sh), and
// plan/apply then run the installed plugin rather than the built-in provider.
import { cpSync, existsSync, lstatSync, mkdtempSync, readFileSync, readlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script without types
import { makePluginDir } from "../../fixtures/plugin-goldens/plugin-dir.mjs";
import { runCli } from "../helpers/cli.js";

const fixtures = join(__dirname, "../../fixtures/init");
let plugins = "";
let marker = "";

// Terraform's texts with Terrane's name, compared without line wrapping (the shorter name rewraps).
function asTerrane(golden: string, pluginDir: string): string {
  return golden.replace(/Terraform/g, "Terrane").replace(/terraform (plan|init|providers)/g, "terrane $1").replace(/PLUGIN_DIR/g, pluginDir).replace(/\s+/g, " ");
}

function workdir(fixture: string): string {
  const dir = mkdtempSync(join(tmpdir(), "terrane-init-"));
  cpSync(join(fixtures, fixture, "main.tf"), join(dir, "main.tf"));
  return dir;
}

beforeAll(() => {
  const base = mkdtempSync(join(tmpdir(), "terrane-plugins-"));
  plugins = join(base, "plugins");
  marker = join(base, "random-started");
  const exes: string[] = makePluginDir(plugins, { source: true });
  const random = exes.find((e) => e.endsWith("terraform-provider-random_v3.7.2"))!;
  const script = readFileSync(random, "utf8").replace("#!/bin/sh\n", `#!/bin/sh\necho started >> "${marker}"\n`);
  writeFileSync(random, script);
});

describe("terrane init -plugin-dir", () => {
  it("installs random from the plugin dir, and apply and plan use the plugin", async () => {
    const dir = workdir("random-constraint");
    const init = await runCli(["init", `-plugin-dir=${plugins}`, "-input=false", "-no-color"], { cwd: dir });
    expect(init.code).toBe(0);
    expect(init.stdout.replace(/\s+/g, " ")).toBe(asTerrane(readFileSync(join(fixtures, "random-constraint/stdout"), "utf8"), plugins));
    const link = join(dir, ".terraform/providers/registry.terraform.io/hashicorp/random/3.7.2/linux_amd64");
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(join(plugins, "registry.terraform.io/hashicorp/random/3.7.2/linux_amd64"));
    expect(readFileSync(join(dir, ".terraform.lock.hcl"), "utf8")).toMatch(/version {5}= "3.7.2"\n {2}constraints = "~> 3.0"\n {2}hashes = \[\n {4}"h1:[A-Za-z0-9+/]{43}=",\n {2}\]/);

    const again = await runCli(["init", "-input=false", "-no-color"], { cwd: dir });
    expect(again.stdout.replace(/\s+/g, " ")).toBe(asTerrane(readFileSync(join(fixtures, "random-constraint/stdout.2"), "utf8"), plugins));

    const apply = await runCli(["apply", "-auto-approve", "-no-color"], { cwd: dir });
    expect(apply.stderr).toBe("");
    expect(apply.stdout).toContain("Apply complete! Resources: 1 added, 0 changed, 0 destroyed.");
    expect(existsSync(marker)).toBe(true);
    const plan = await runCli(["plan", "-no-color"], { cwd: dir });
    expect(plan.code).toBe(0);
    expect(plan.stdout).toContain("No changes.");
  }, 40_000);

  it("refuses a plugin whose package no longer matches the lock file", async () => {
    const dir = workdir("random-constraint");
    expect((await runCli(["init", `-plugin-dir=${plugins}`, "-no-color"], { cwd: dir })).code).toBe(0);
    const lock = join(dir, ".terraform.lock.hcl");
    writeFileSync(lock, readFileSync(lock, "utf8").replace(/"h1:[^"]+"/, '"h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="'));
    const plan = await runCli(["plan", "-no-color"], { cwd: dir });
    expect(plan.code).toBe(1);
    expect(plan.stderr).toContain("Required plugins are not installed");
    expect(plan.stderr.replace(/\s+/g, " ")).toContain("the cached package for registry.terraform.io/hashicorp/random 3.7.2 (in .terraform/providers) does not match");
  });

  it.each(["no-match", "not-found"])("reports %s as Terraform does", async (fixture) => {
    const dir = workdir(fixture);
    const r = await runCli(["init", `-plugin-dir=${plugins}`, "-no-color"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout.replace(/\s+/g, " ")).toBe(asTerrane(readFileSync(join(fixtures, fixture, "stdout"), "utf8"), plugins));
    expect(r.stderr.replace(/\s+/g, " ")).toBe(asTerrane(readFileSync(join(fixtures, fixture, "stderr"), "utf8"), plugins));
    expect(existsSync(join(dir, ".terraform.lock.hcl"))).toBe(false);
  });

  it("needs nothing for a configuration of built-in providers only", async () => {
    const dir = workdir("no-providers");
    const r = await runCli(["init", "-no-color"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout.replace(/\s+/g, " ")).toBe(asTerrane(readFileSync(join(fixtures, "no-providers/stdout"), "utf8"), plugins));
  });

  it("rejects an unknown flag", async () => {
    const r = await runCli(["init", "-bogus"], { cwd: workdir("no-providers") });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("flag provided but not defined: -bogus");
  });
});
