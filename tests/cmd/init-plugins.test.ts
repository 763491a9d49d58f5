// `terrane init` with real provider plugins (Terrane's built-in providers served as plugins): a packed
// filesystem mirror unpacked safely into .terraform/providers and then run by apply; the shared plugin
// cache; dev_overrides used by plan without init; the up-front checks plan makes against the lock file;
// built-in providers needing no network; and a zip whose entries try to leave the package directory.
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script without types
import { makePluginDir } from "../../fixtures/plugin-goldens/plugin-dir.mjs";
import { hashZipV1 } from "../../providers/installer/dirhash.js";
import { runCli } from "../helpers/cli.js";
import { writeZip } from "../helpers/zip-writer.js";

const RANDOM = "registry.terraform.io/hashicorp/random";
const CONFIG = 'terraform {\n  required_providers {\n    random = {\n      source  = "hashicorp/random"\n      version = "~> 3.0"\n    }\n  }\n}\n\nresource "random_id" "x" {\n  byte_length = 4\n}\n';
let base = "";
let mirror = "";
let unpacked = "";
let marker = "";
let version = "";

function workdir(config = CONFIG): string {
  const dir = mkdtempSync(join(tmpdir(), "terrane-init-plugins-"));
  writeFileSync(join(dir, "main.tf"), config);
  return dir;
}

// A CLI configuration in its own HOME, so the real one is never read.
function env(cli: string): Record<string, string> {
  const home = mkdtempSync(join(base, "home-"));
  writeFileSync(join(home, "cli.tfrc"), cli);
  return { HOME: home, TF_CLI_CONFIG_FILE: join(home, "cli.tfrc"), XDG_DATA_DIRS: join(home, "none") };
}

const fsMirror = () => env(`provider_installation {\n  filesystem_mirror {\n    path = "${mirror}"\n  }\n}\n`);

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), "terrane-plugins-"));
  unpacked = join(base, "unpacked");
  marker = join(base, "random-started");
  const exe: string = makePluginDir(unpacked, { source: true }).find((e: string) => e.includes("terraform-provider-random_v"))!;
  const script = readFileSync(exe, "utf8").replace("#!/bin/sh\n", `#!/bin/sh\necho started >> "${marker}"\n`);
  writeFileSync(exe, script);
  version = /_v(.+)$/.exec(exe)![1]!;
  mirror = join(base, "mirror");
  mkdirSync(join(mirror, RANDOM), { recursive: true });
  const zip = writeZip([{ name: `terraform-provider-random_v${version}`, data: script, mode: 0o755 }]);
  writeFileSync(join(mirror, RANDOM, `terraform-provider-random_${version}_linux_amd64.zip`), zip);
});

describe("terrane init with provider plugins", () => {
  it("unpacks a packed mirror's zip, locks its h1: hash, and apply runs the plugin", async () => {
    const dir = workdir();
    const e = fsMirror();
    const init = await runCli(["init", "-no-color"], { cwd: dir, env: e });
    expect(init.stderr).toBe("");
    expect(init.stdout).toContain(`- Installed hashicorp/random v${version} (unauthenticated)`);
    const pkg = join(dir, ".terraform/providers", RANDOM, version, "linux_amd64");
    const exe = join(pkg, `terraform-provider-random_v${version}`);
    expect(lstatSync(pkg).isDirectory()).toBe(true);
    expect(statSync(exe).mode & 0o777).toBe(0o755);
    const zipHash = hashZipV1(join(mirror, RANDOM, `terraform-provider-random_${version}_linux_amd64.zip`));
    expect(readFileSync(join(dir, ".terraform.lock.hcl"), "utf8")).toContain(`hashes = [\n    "${"hash" in zipHash ? zipHash.hash : "?"}",\n  ]`);
    const apply = await runCli(["apply", "-auto-approve", "-no-color"], { cwd: dir, env: e });
    expect(apply.stderr).toBe("");
    expect(apply.stdout).toContain("Apply complete! Resources: 1 added, 0 changed, 0 destroyed.");
    expect(existsSync(marker)).toBe(true);
  }, 40_000);

  it("fills the shared plugin cache, and links from it when the lock file vouches for the package", async () => {
    const cache = mkdtempSync(join(base, "cache-"));
    const e = { ...fsMirror(), TF_PLUGIN_CACHE_DIR: cache };
    const first = workdir();
    expect((await runCli(["init", "-no-color"], { cwd: first, env: e })).code).toBe(0);
    expect(existsSync(join(cache, RANDOM, version, "linux_amd64", `terraform-provider-random_v${version}`))).toBe(true);
    const second = workdir();
    cpSync(join(first, ".terraform.lock.hcl"), join(second, ".terraform.lock.hcl"));
    const r = await runCli(["init", "-no-color"], { cwd: second, env: e });
    expect(r.stdout).toContain(`- Using hashicorp/random v${version} from the shared cache directory`);
    const link = join(second, ".terraform/providers", RANDOM, version, "linux_amd64");
    expect(readlinkSync(link)).toBe(join(cache, RANDOM, version, "linux_amd64"));
  }, 40_000);

  it("uses a dev_overrides directory in plan without init or a lock entry", async () => {
    const dir = workdir();
    rmSync(marker, { force: true });
    const pkg = join(unpacked, RANDOM, version, "linux_amd64");
    const e = env(`provider_installation {\n  dev_overrides {\n    "hashicorp/random" = "${pkg}"\n  }\n  direct {}\n}\n`);
    const plan = await runCli(["plan", "-no-color"], { cwd: dir, env: e });
    expect(plan.stderr).toBe("");
    expect(plan.stdout).toContain("Plan: 1 to add, 0 to change, 0 to destroy.");
    const warning = plan.stdout.replace(/\s+/g, " ").indexOf(`Warning: Provider development overrides are in effect The following provider development overrides are set in the CLI configuration: - hashicorp/random in ${pkg} The behavior may therefore not match`);
    expect(warning).toBeGreaterThanOrEqual(0);
    expect(warning).toBeLessThan(plan.stdout.replace(/\s+/g, " ").indexOf("Plan: 1 to add"));
    expect(existsSync(marker)).toBe(true);
  }, 40_000);

  it("stops plan before it starts when the lock file and the installed packages disagree", async () => {
    const dir = workdir();
    const e = fsMirror();
    expect((await runCli(["init", "-no-color"], { cwd: dir, env: e })).code).toBe(0);
    const lock = join(dir, ".terraform.lock.hcl");
    writeFileSync(lock, readFileSync(lock, "utf8").replace(/"h1:[^"]+"/, '"h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="'));
    const mismatch = await runCli(["plan", "-no-color"], { cwd: dir, env: e });
    expect(mismatch.code).toBe(1);
    expect(mismatch.stderr).toContain("Error: Required plugins are not installed");
    expect(mismatch.stderr.replace(/\s+/g, " ")).toContain(`- ${RANDOM}: the cached package for ${RANDOM} ${version} (in .terraform/providers) does not match any of the checksums recorded in the dependency lock file`);

    writeFileSync(join(dir, "main.tf"), CONFIG.replace("~> 3.0", "~> 9.0"));
    const constraint = await runCli(["plan", "-no-color"], { cwd: dir, env: e });
    expect(constraint.stderr.replace(/\s+/g, " ")).toContain(
      `Error: Inconsistent dependency lock file The following dependency selections recorded in the lock file are inconsistent with the current configuration: - provider ${RANDOM}: locked version selection ${version} doesn't match the updated version constraints "~> 9.0" To update the locked dependency selections to match a changed configuration, run: terrane init -upgrade`,
    );
  }, 40_000);

  it("requires a lock entry for providers that are not built in", async () => {
    const dir = workdir('terraform {\n  required_providers {\n    demo = { source = "example.com/terrane/demo" }\n  }\n}\n');
    const r = await runCli(["plan", "-no-color"], { cwd: dir, env: env("") });
    expect(r.code).toBe(1);
    expect(r.stderr.replace(/\s+/g, " ")).toContain(
      "Error: Inconsistent dependency lock file The following dependency selections recorded in the lock file are inconsistent with the current configuration: - provider example.com/terrane/demo: required by this configuration but no version is selected To make the initial dependency selections that will initialize the dependency lock file, run: terrane init",
    );
  });

  it("keeps built-in providers built in, asking no registry", async () => {
    const dir = workdir();
    const r = await runCli(["init", "-no-color"], { cwd: dir, env: { ...env(""), TF_REGISTRY_CLIENT_TIMEOUT: "1" } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("- hashicorp/random is built in to Terrane");
    expect(existsSync(join(dir, ".terraform.lock.hcl"))).toBe(false);
  });

  it("refuses a package whose zip entries leave the package directory", async () => {
    const evil = join(base, "evil");
    mkdirSync(join(evil, RANDOM), { recursive: true });
    const zip = writeZip([{ name: "../../escaped", data: "x" }, { name: "terraform-provider-random_v3.9.0", data: "#!/bin/sh\n", mode: 0o755 }]);
    writeFileSync(join(evil, RANDOM, "terraform-provider-random_3.9.0_linux_amd64.zip"), zip);
    const dir = workdir();
    const r = await runCli(["init", "-no-color"], { cwd: dir, env: env(`provider_installation {\n  filesystem_mirror {\n    path = "${evil}"\n  }\n}\n`) });
    expect(r.code).toBe(1);
    expect(r.stderr.replace(/\s+/g, " ")).toContain("Error: Failed to install provider Error while installing hashicorp/random v3.9.0: failed to decompress: entry contains '..': ../../escaped");
    expect(existsSync(join(dir, ".terraform/providers", RANDOM, "escaped"))).toBe(false);
  });
});
