// `terrane init` installing modules, compared with what terraform 1.11 printed and wrote
// (fixtures/init-modules, from generate.sh): local paths, git (a local repository: refs, //subdir,
// depth, one clone reused), HTTPS archives and X-Terraform-Get redirects (the test HTTPS server), the
// errors of each, a second init that keeps what is installed, -upgrade and -get=false. Then plan and
// apply load the installed modules.
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findExecutable } from "../../core/initwd/git-getter.js";
import { runCli } from "../helpers/cli.js";
import { makeGitRepo, type TestGitRepo } from "../helpers/git-repo.js";
import { startModuleRegistry, type TestModuleRegistry } from "../helpers/module-registry.js";
import { terraformLayout } from "../helpers/terraform-layout.js";

const fixtures = join(__dirname, "../../fixtures/init-modules");
let repo: TestGitRepo;
let registry: TestModuleRegistry;
let env: Record<string, string>;

beforeAll(async () => {
  repo = makeGitRepo();
  registry = await startModuleRegistry();
  const cliConfig = join(mkdtempSync(join(tmpdir(), "terrane-init-modules-cli-")), "cli.tfrc");
  writeFileSync(cliConfig, registry.cliConfig);
  env = { ...repo.env, SSL_CERT_FILE: registry.server.caFile, TF_CLI_CONFIG_FILE: cliConfig };
});

afterAll(async () => {
  await registry.close();
});

// A fixture copied with its placeholders filled in.
function workdir(fixture: string): string {
  const dir = mkdtempSync(join(tmpdir(), "terrane-init-modules-"));
  const src = join(fixtures, fixture);
  for (const file of tfFiles(src)) {
    const to = join(dir, file);
    cpSync(join(src, file), to);
    writeFileSync(to, fill(readFileSync(to, "utf8")));
  }
  return dir;
}

function tfFiles(dir: string, prefix = ""): string[] {
  return readdirSync(join(dir, prefix)).flatMap((name) => {
    const rel = prefix === "" ? name : `${prefix}/${name}`;
    if (statSync(join(dir, rel)).isDirectory()) return tfFiles(dir, rel);
    return name.endsWith(".tf") ? [rel] : [];
  });
}

function fill(text: string): string {
  return text.replaceAll("__GIT__", repo.url).replaceAll("__GIT_DIR__", repo.dir).replaceAll("__ORIGIN__", registry.server.origin);
}

// Terraform's text with Terrane's name, the placeholders filled in, compared without line wrapping.
function golden(fixture: string, file: string): string {
  const text = fill(readFileSync(join(fixtures, fixture, file), "utf8"))
    .replaceAll("/usr/bin/git", findExecutable("git", env) ?? "git")
    .replace(/Terraform/g, "Terrane")
    .replace(/terraform (plan|init)/g, "terrane $1");
  return flat(text);
}

function flat(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function runsOf(fixture: string): string[][] {
  const lines = readFileSync(join(fixtures, fixture, "runs"), "utf8").split("\n");
  return lines.slice(0, -1).map((l) => (l === "" ? [] : l.split(" ")));
}

// Runs every init of a fixture, comparing output, exit code and modules.json with terraform's.
async function checkFixture(fixture: string): Promise<string> {
  const dir = workdir(fixture);
  const runs = runsOf(fixture);
  for (const [i, flags] of runs.entries()) {
    const n = i + 1;
    const r = await runCli(["init", ...flags, "-input=false", "-no-color"], { cwd: dir, env });
    expect(flat(r.stdout), `stdout of run ${n}`).toBe(golden(fixture, `stdout.${n}`));
    if (fixture !== "get-false") expect(flat(terraformLayout(r.stderr)), `stderr of run ${n}`).toBe(golden(fixture, `stderr.${n}`));
    expect(r.code, `exit code of run ${n}`).toBe(Number(readFileSync(join(fixtures, fixture, `rc.${n}`), "utf8")));
    const manifest = join(fixtures, fixture, `modules.json.${n}`);
    if (existsSync(manifest)) {
      expect(readFileSync(join(dir, ".terraform/modules/modules.json"), "utf8"), `modules.json after run ${n}`).toBe(fill(readFileSync(manifest, "utf8")));
    }
  }
  return dir;
}

describe("terrane init: modules", () => {
  it("reads local modules in place and records them as Terraform does", async () => {
    const dir = await checkFixture("local");
    const apply = await runCli(["apply", "-auto-approve", "-no-color"], { cwd: dir, env });
    expect(apply.stderr).toBe("");
    expect(apply.stdout).toContain('a = "b"');
  }, 30_000);

  it("clones git sources once per package, with refs, //subdir and depth", async () => {
    const dir = await checkFixture("git");
    expect(existsSync(join(dir, ".terraform/modules/again/.git"))).toBe(true);
    expect(existsSync(join(dir, ".terraform/modules/v1/.git"))).toBe(false);
    expect(existsSync(join(dir, ".terraform/modules/v1/.hidden"))).toBe(false);
    expect(readFileSync(join(dir, ".terraform/modules/v1/main.tf"), "utf8")).toContain('default = "one"');
    const apply = await runCli(["apply", "-auto-approve", "-no-color"], { cwd: dir, env });
    expect(apply.stderr).toBe("");
    expect(apply.stdout).toContain("Apply complete! Resources: 3 added, 0 changed, 0 destroyed.");
    expect(apply.stdout).toContain('v1 = "one"');
    expect(apply.stdout).toContain('shallow = "two"');
    expect(apply.stdout).toContain('sub = "sub-two"');
  }, 60_000);

  it("downloads zip, tar.gz and tgz archives and follows X-Terraform-Get", async () => {
    const dir = await checkFixture("http");
    const plan = await runCli(["plan", "-no-color"], { cwd: dir, env });
    expect(plan.stderr).toBe("");
    expect(flat(plan.stdout)).toContain('+ where = [ + "package root", + "package sub", + "package sub", + "package root", ]');
  }, 30_000);

  it.each(["git-errors", "archive-errors"])("reports %s as Terraform does", async (fixture) => {
    const dir = await checkFixture(fixture);
    expect(existsSync(join(dirname(dir), "evil.txt"))).toBe(false);
    expect(existsSync(join(dir, ".terraform/modules/evil.txt"))).toBe(false);
  }, 30_000);

  it("installs registry modules through the CLI configuration's host block, and -upgrade", async () => {
    const dir = await checkFixture("registry");
    const plan = await runCli(["plan", "-no-color"], { cwd: dir, env });
    expect(plan.stderr).toBe("");
    expect(plan.code).toBe(0);
  }, 60_000);

  it("reports registry errors as Terraform does", async () => {
    await checkFixture("registry-errors");
  }, 60_000);

  it("skips module installation with -get=false", async () => {
    const dir = await checkFixture("get-false");
    expect(existsSync(join(dir, ".terraform/modules/v1/main.tf"))).toBe(true);
    const r = await runCli(["init", "-get=false", "-no-color"], { cwd: workdir("get-false"), env });
    expect(r.code).toBe(1);
    // The loader's hint still names "terraform init" (core/configs/installed-module.ts).
    const notInstalled = golden("get-false", "stderr.1").replace(/^.* Error: Module not installed/, "Error: Module not installed").replace("terrane init", "terraform init");
    expect(flat(terraformLayout(r.stderr))).toBe(notInstalled);
  }, 30_000);
});
