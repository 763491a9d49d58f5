// The whole life of a configuration whose provider comes from a registry: `terrane init` installs
// testcloud from the local HTTPS registry (a `host` block maps registry.terrane.test to it, and
// SSL_CERT_FILE trusts its certificate, as for terraform), unpacks and locks it, and then plan, apply,
// drift (an object edited, then deleted, outside Terrane), an import block, a replacement and destroy
// run the installed plugin. The steps are those of fixtures/testcloud-goldens/scenario.mjs; their
// plan and apply summaries are the ones terraform 1.11.4 printed there.
import { lstatSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setUpWorkDir, stepArgs, STEPS } from "../../fixtures/testcloud-goldens/scenario.mjs";
import { signer, testcloudPackages } from "../../fixtures/registry-goldens/scenarios.js";
import { runCli } from "../helpers/cli.js";
import { startProviderRegistry } from "../helpers/provider-registry.js";

type Registry = Awaited<ReturnType<typeof startProviderRegistry>>;
let registry: Registry;
let dir = "";
let env: Record<string, string> = {};

/** What terraform's output for each step says in its summary lines. */
const EXPECTED: Record<string, { code: number; lines: string[] }> = {
  plan: { code: 0, lines: ["Plan: 2 to add, 0 to change, 0 to destroy."] },
  apply: { code: 0, lines: ["Apply complete! Resources: 2 added, 0 changed, 0 destroyed."] },
  "no-changes": { code: 0, lines: ["No changes. Your infrastructure matches the configuration."] },
  "drift-edit": { code: 0, lines: ["  # testcloud_server.web will be updated in-place", "Plan: 0 to add, 1 to change, 0 to destroy."] },
  "drift-delete": { code: 0, lines: ["  # testcloud_server.web will be created", "Plan: 1 to add, 0 to change, 0 to destroy."] },
  recreate: { code: 0, lines: ["Apply complete! Resources: 1 added, 0 changed, 0 destroyed."] },
  "import-plan": { code: 0, lines: ["  # testcloud_network.legacy will be imported", "Plan: 1 to import, 0 to add, 0 to change, 0 to destroy."] },
  "import-apply": { code: 0, lines: ["Apply complete! Resources: 1 imported, 0 added, 0 changed, 0 destroyed."] },
  replace: { code: 0, lines: ["  # testcloud_server.web must be replaced", "Apply complete! Resources: 1 added, 0 changed, 1 destroyed."] },
  destroy: { code: 0, lines: ["Plan: 0 to add, 0 to change, 3 to destroy.", "Destroy complete! Resources: 3 destroyed."] },
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "terrane-registry-life-"));
  registry = await startProviderRegistry({ packages: testcloudPackages(join(dir, "zips")), signingKey: signer() });
  const work = join(dir, "work");
  mkdirSync(work);
  setUpWorkDir(work);
  writeFileSync(join(dir, "cli.tfrc"), `host "registry.terrane.test" {\n  services = {\n    "providers.v1" = "https://${registry.host}/v1/providers/"\n  }\n}\n`);
  env = { TF_CLI_CONFIG_FILE: join(dir, "cli.tfrc"), SSL_CERT_FILE: registry.caFile };
  dir = work;
}, 60_000);

afterAll(async () => {
  await registry.close();
});

describe("a testcloud configuration from a provider registry", () => {
  it("init installs the signed package from the registry", async () => {
    const r = await runCli(["init", "-no-color", "-input=false"], { cwd: dir, env });
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain(`- Installed registry.terrane.test/terrane/testcloud v0.1.0 (self-signed, key ID ${registry.signingKey.keyId})`);
    const installed = join(dir, ".terraform/providers/registry.terrane.test/terrane/testcloud/0.1.0/linux_amd64");
    expect(lstatSync(installed).isDirectory()).toBe(true);
    expect(lstatSync(join(installed, "terraform-provider-testcloud_v0.1.0")).mode & 0o111).not.toBe(0);
    const lock = readFileSync(join(dir, ".terraform.lock.hcl"), "utf8");
    expect(lock.match(/"h1:[A-Za-z0-9+/]{43}="/g), lock).toHaveLength(1);
    expect(lock).toMatch(/"zh:[0-9a-f]{64}"/);
  }, 60_000);

  it.each(STEPS.filter((s) => s.name !== "init").map((s) => [s.name, s] as const))("%s runs the installed plugin", async (name, step) => {
    step.before?.(dir);
    const r = await runCli(stepArgs(step, ""), { cwd: dir, env });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(EXPECTED[name]!.code);
    for (const line of EXPECTED[name]!.lines) expect(r.stdout.split("\n")).toContain(line);
  }, 60_000);
});
