// `terrane init` installing from the test provider registry, scenario by scenario, against what
// terraform 1.11.4 printed and locked for the same registry (fixtures/registry-goldens/terraform,
// from generate.sh): the "(self-signed, key ID ...)" line, the lock file with every platform's zh:
// hash, the registry's warnings, and Terraform's error for each way the registry can fail. The port and
// the signing key's ID are normalised; Terraform's name becomes Terrane's.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { demoPackages, scenarioConfig, SCENARIOS, signer, testcloudPackages, withoutHashes, type Scenario } from "../../fixtures/registry-goldens/scenarios.js";
import { runCli } from "../helpers/cli.js";
import { startProviderRegistry } from "../helpers/provider-registry.js";

const GOLDENS = join(__dirname, "../../fixtures/registry-goldens/terraform");

function golden(s: Scenario, file: string): string | undefined {
  const path = join(GOLDENS, s.name, file);
  return existsSync(path) ? readFileSync(path, "utf8") : undefined;
}

// Terraform's texts with Terrane's name, compared without line wrapping (the shorter name rewraps). Go
// and Node word a refused connection differently; that part is compared up to the reason.
function asTerrane(text: string): string {
  return text
    .replace(/Terraform(?! provider registry)/g, "Terrane")
    .replace(/terraform (plan|init|providers)/g, "terrane $1")
    .replace(/\s+/g, " ")
    .replace(/(terraform\.json": ).*?(?= To see)/, "$1REASON")
    .trim();
}

async function initWithTerrane(s: Scenario) {
  const dir = mkdtempSync(join(tmpdir(), "terrane-registry-init-"));
  const registry = await startProviderRegistry({ packages: s.testcloud ? testcloudPackages(join(dir, "zips")) : demoPackages(), signingKey: signer(), ...s.registry });
  const host = s.unreachable ? "localhost:1" : registry.host;
  writeFileSync(join(dir, "main.tf"), scenarioConfig(s, host));
  writeFileSync(join(dir, "cli.tfrc"), (s.cliConfig ?? "").replaceAll("HOST", host));
  const env = { TF_CLI_CONFIG_FILE: join(dir, "cli.tfrc"), SSL_CERT_FILE: registry.caFile, TF_REGISTRY_CLIENT_TIMEOUT: "3" };
  try {
    const r = await runCli(["init", "-no-color", "-input=false"], { cwd: dir, env });
    const norm = (t: string) => t.replaceAll(registry.host, "localhost:PORT").replaceAll(registry.signingKey.keyId, "KEYID");
    const lockPath = join(dir, ".terraform.lock.hcl");
    const lock = existsSync(lockPath) ? norm(readFileSync(lockPath, "utf8")) : undefined;
    return { code: r.code, stdout: norm(r.stdout), stderr: norm(r.stderr), lock: s.testcloud && lock ? withoutHashes(lock) : lock };
  } finally {
    await registry.close();
  }
}

describe("terrane init from a provider registry, as terraform init", () => {
  it.each(SCENARIOS.map((s) => [s.name, s] as const))("%s", async (_name, s) => {
    const got = await initWithTerrane(s);
    expect(got.code).toBe(Number(golden(s, "exit-code")));
    expect(asTerrane(got.stderr)).toBe(asTerrane(golden(s, "stderr.txt")!));
    expect(asTerrane(got.stdout)).toBe(asTerrane(golden(s, "stdout.txt")!));
    expect(got.lock?.replace("terraform init", "terrane init")).toBe(golden(s, "lock.hcl")?.replace("terraform init", "terrane init"));
  }, 30_000);
});
