// The module installer against the test module registry (HTTPS, reached through a `host` override of
// service discovery): versions chosen as Terraform chooses them, packages fetched once, subdirectories,
// the progress lines and modules.json terraform 1.11 produced (fixtures/init-modules/registry), what a
// second run keeps, -upgrade, and the registry errors with Terraform's texts.
import { lstatSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installModules, type InstallModulesResult } from "../../../core/initwd/index.js";
import { httpClient, ServiceDiscovery, type HttpClient } from "../../../providers/registry/index.js";
import { REGISTRY_HOST, startModuleRegistry, type RegistryModule, type TestModuleRegistry } from "../../helpers/module-registry.js";

const fixtures = join(__dirname, "../../../fixtures/init-modules");
const MODULES: RegistryModule[] = [
  { namespace: "terrane", name: "net", system: "test", versions: ["1.0.0", "1.2.0", "2.0.0-beta1", "0.9.0"], format: "tar.gz", location: "header" },
  { namespace: "terrane", name: "zipped", system: "test", versions: ["0.1.0"], format: "zip", location: "json" },
  { namespace: "terrane", name: "empty", system: "test", versions: [], format: "zip", location: "json" },
  { namespace: "terrane", name: "jsononly", system: "test", versions: ["3.0.0", "not-a-version"], format: "zip", location: "json-only" },
];
let registry: TestModuleRegistry;
let http: HttpClient;

beforeAll(async () => {
  registry = await startModuleRegistry(MODULES);
  http = httpClient({ SSL_CERT_FILE: registry.server.caFile });
});

afterAll(async () => {
  await http.close();
  await registry.close();
});

function workdir(mainTf: string): string {
  const dir = mkdtempSync(join(tmpdir(), "terrane-installer-"));
  writeFileSync(join(dir, "main.tf"), mainTf);
  return dir;
}

// Installs with progress recorded as `terrane init` prints it.
async function install(dir: string, upgrade = false): Promise<InstallModulesResult & { lines: string[] }> {
  const lines: string[] = [];
  const discovery = new ServiceDiscovery(http, { hosts: new Map([[REGISTRY_HOST, { "modules.v1": `${registry.server.origin}/v1/modules/` }]]) });
  const result = await installModules({
    rootDir: dir,
    upgrade,
    env: { http, discovery, env: {} },
    hooks: {
      start: () => lines.push(upgrade ? "Upgrading modules..." : "Initializing modules..."),
      download: (key, addr, version) => lines.push(`Downloading ${addr}${version ? ` ${version}` : ""} for ${key}...`),
      install: (key, _v, d) => lines.push(`- ${key} in ${d}`),
    },
  });
  return { ...result, lines };
}

// The module lines of what terraform printed.
function goldenLines(fixture: string, n: number): string[] {
  const text = readFileSync(join(fixtures, fixture, `stdout.${n}`), "utf8");
  return text.split("\n").filter((l) => /^(Initializing modules|Upgrading modules|Downloading |- )/.test(l) && !l.startsWith("- terraform.io/"));
}

function flat(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

describe("registry modules", () => {
  it("installs, keeps and upgrades as terraform does", async () => {
    const dir = workdir(readFileSync(join(fixtures, "registry/main.tf"), "utf8"));
    for (const [n, upgrade] of [[1, false], [2, false], [3, true]] as const) {
      const r = await install(dir, upgrade);
      expect(r.diagnostics).toEqual([]);
      expect(r.lines, `run ${n}`).toEqual(goldenLines("registry", n));
      expect(readFileSync(join(dir, ".terraform/modules/modules.json"), "utf8")).toBe(readFileSync(join(fixtures, `registry/modules.json.${n}`), "utf8"));
    }
    expect(readFileSync(join(dir, ".terraform/modules/child/modules/child/main.tf"), "utf8")).toContain("child of net 1.0.0");
  });

  it("reports what the registry lacks with Terraform's texts", async () => {
    const dir = workdir(readFileSync(join(fixtures, "registry-errors/main.tf"), "utf8"));
    const r = await install(dir);
    expect(r.lines).toEqual(goldenLines("registry-errors", 1));
    const stderr = flat(readFileSync(join(fixtures, "registry-errors/stderr.1"), "utf8"));
    // Walked by name; the CLI shows them in source order, as Terraform does.
    expect(r.diagnostics.map((d) => d.summary)).toEqual(["Module has no versions", "Module not found", "Unresolvable module version constraint"]);
    for (const d of r.diagnostics) {
      expect(stderr).toContain(`Error: ${d.summary} on main.tf line ${d.subject!.start.line}:`);
      expect(stderr).toContain(flat(d.detail!));
    }
  });

  it("asks the registry once per package and fetches each package version once", async () => {
    const before = registry.server.requests.length;
    const call = (name: string): string => `module "${name}" {\n  source  = "${REGISTRY_HOST}/terrane/net/test"\n  version = "1.0.0"\n}\n`;
    const r = await install(workdir(`${call("a")}${call("b")}${call("c")}`));
    expect(r.diagnostics).toEqual([]);
    const made = registry.server.requests.slice(before);
    expect(made.filter((p) => p.endsWith("/versions"))).toHaveLength(1);
    expect(made.filter((p) => p.endsWith("/1.0.0/download"))).toHaveLength(1);
    expect(made.filter((p) => p.startsWith("/archives/"))).toEqual(["/archives/terrane-net-test-1.0.0.tar.gz"]);
    expect(r.lines).toContain("- c in .terraform/modules/c");
  });

  it("reads a JSON location and skips version strings that do not parse", async () => {
    const r = await install(workdir(`module "j" {\n  source = "${REGISTRY_HOST}/terrane/jsononly/test"\n}\n`));
    expect(r.diagnostics.map((d) => [d.severity, d.summary, d.detail])).toEqual([
      ["warning", "Invalid response from remote module registry", `The registry at ${REGISTRY_HOST} returned an invalid version string "not-a-version" for module "j" (main.tf:1), which Terrane ignored.`],
    ]);
    expect(r.lines).toEqual(["Initializing modules...", `Downloading ${REGISTRY_HOST}/terrane/jsononly/test 3.0.0 for j...`, "- j in .terraform/modules/j"]);
  });

  it("reinstalls a module whose version constraint no longer allows what is installed", async () => {
    const dir = workdir(`module "n" {\n  source  = "${REGISTRY_HOST}/terrane/net/test"\n  version = "~> 1.0"\n}\n`);
    expect((await install(dir)).lines).toContain(`Downloading ${REGISTRY_HOST}/terrane/net/test 1.2.0 for n...`);
    writeFileSync(join(dir, "main.tf"), `module "n" {\n  source  = "${REGISTRY_HOST}/terrane/net/test"\n  version = "< 1.0"\n}\n`);
    const again = await install(dir);
    expect(again.lines).toEqual(["Initializing modules...", `Downloading ${REGISTRY_HOST}/terrane/net/test 0.9.0 for n...`, "- n in .terraform/modules/n"]);
    expect(readFileSync(join(dir, ".terraform/modules/n/main.tf"), "utf8")).toContain("net 0.9.0");
  });

  it("says when a host offers no module registry", async () => {
    const discovery = new ServiceDiscovery(http, { hosts: new Map([["other.terrane.test", { "providers.v1": "/v1/providers/" }]]) });
    const r = await installModules({
      rootDir: workdir(`module "x" {\n  source  = "other.terrane.test/a/b/c"\n  version = "1.0.0"\n}\n`),
      upgrade: false,
      env: { http, discovery, env: {} },
      hooks: { start: () => {}, download: () => {}, install: () => {} },
    });
    expect(r.diagnostics.map((d) => [d.summary, d.detail])).toEqual([
      ["Error accessing remote module registry", 'Failed to retrieve available versions for module "x" (main.tf:1) from other.terrane.test: host other.terrane.test does not provide a modules service.'],
    ]);
  });

  it("does nothing for a configuration without module calls", async () => {
    const dir = workdir('output "a" {\n  value = 1\n}\n');
    const r = await install(dir);
    expect(r).toMatchObject({ diagnostics: [], lines: [] });
  });
});

describe("local paths and packages", () => {
  it("links an absolute path package and explains a local path that leaves it", async () => {
    const pkg = mkdtempSync(join(tmpdir(), "terrane-pkg-"));
    mkdirSync(join(pkg, "inner"));
    writeFileSync(join(pkg, "main.tf"), 'module "up" {\n  source = "../../nowhere"\n}\n');
    const dir = workdir(`module "abs" {\n  source = "${pkg}"\n}\n`);
    const r = await install(dir);
    expect(lstatSync(join(dir, ".terraform/modules/abs")).isSymbolicLink()).toBe(true);
    expect(r.lines).toEqual(["Initializing modules...", `Downloading file://${pkg} for abs...`, "- abs in .terraform/modules/abs", "- abs.up in .terraform/nowhere"]);
    expect(r.diagnostics.map((d) => [d.summary, d.detail])).toEqual([
      ["Local module path escapes module package", `The given source directory for module.abs.module.up would be outside of its containing package "file://${pkg}". Local source addresses starting with "../" must stay within the same package that the calling module belongs to.`],
    ]);
  });

  it("reports a missing local directory", async () => {
    const r = await install(workdir('module "gone" {\n  source = "./gone"\n}\n'));
    expect(r.diagnostics.map((d) => [d.summary, d.detail])).toEqual([
      ["Unreadable module directory", "Unable to evaluate directory symlink: lstat gone: no such file or directory"],
      ["Unreadable module directory", 'The directory gone could not be read for module "gone" at main.tf:1.'],
    ]);
  });
});
