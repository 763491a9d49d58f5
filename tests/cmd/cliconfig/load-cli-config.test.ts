// The CLI configuration: where it is read from (TF_CLI_CONFIG_FILE, ~/.terraformrc, ~/.terraform.d),
// both syntaxes, every setting Terrane uses, and Terraform's texts for configurations it rejects.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCliConfig } from "../../../cmd/cliconfig/index.js";

function home(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "terrane-cliconfig-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const messages = (r: ReturnType<typeof loadCliConfig>) => r.diagnostics.map((d) => `${d.summary}${d.detail ? `: ${d.detail}` : ""}`);

describe("loadCliConfig", () => {
  it("reads ~/.terraformrc and the *.tfrc files of ~/.terraform.d, merged as Terraform merges them", () => {
    const h = home({
      ".terraformrc": 'plugin_cache_dir = "$HOME/cache"\ncredentials "app.example.com" {\n  token = "one"\n}\n',
      ".terraform.d/extra.tfrc": 'disable_checkpoint = true\nhost "example.com" {\n  services = {\n    "providers.v1" = "https://example.com/p/"\n  }\n}\n',
      ".terraform.d/creds.tfrc.json": '{"credentials": {"app.example.com": {"token": "two"}}}',
      ".terraform.d/ignored.txt": "not = [valid",
    });
    mkdirSync(join(h, "cache"), { recursive: true });
    const r = loadCliConfig({ HOME: h });
    expect(messages(r)).toEqual([]);
    expect(r.config.pluginCacheDir).toBe(join(h, "cache"));
    expect(r.config.disableCheckpoint).toBe(true);
    expect(r.config.hosts.get("example.com")).toEqual({ "providers.v1": "https://example.com/p/" });
    expect(r.config.credentials.get("app.example.com")).toBe("two");
  });

  it("reads only TF_CLI_CONFIG_FILE when it is set, and TF_PLUGIN_CACHE_DIR wins over the file", () => {
    const h = home({ ".terraformrc": "disable_checkpoint = true\n", ".terraform.d/x.tfrc": "disable_checkpoint = true\n", "cli.tfrc": 'plugin_cache_dir = "/nonexistent"\n' });
    const r = loadCliConfig({ HOME: h, TF_CLI_CONFIG_FILE: join(h, "cli.tfrc"), TF_PLUGIN_CACHE_DIR: h });
    expect(r.config.disableCheckpoint).toBe(false);
    expect(r.config.pluginCacheDir).toBe(h);
    expect(messages(r)).toEqual([]);
  });

  it("has no configuration without HOME or files", () => {
    const r = loadCliConfig({});
    expect(r.config.providerInstallation).toEqual([]);
    expect(r.diagnostics).toEqual([]);
  });

  it("decodes provider_installation methods, patterns and dev overrides (quoted keys, as HCL 1 allows)", () => {
    const h = home({
      "cli.tfrc": [
        "provider_installation {",
        "  dev_overrides {",
        '    "hashicorp/null" = "/dev/null-provider/"',
        '    "example.com/acme/thing" = "/opt/thing"',
        "  }",
        "  filesystem_mirror {",
        '    path    = "/mirror"',
        '    include = ["example.com/*/*"]',
        "  }",
        "  network_mirror {",
        '    url     = "https://mirror.example.com/"',
        '    exclude = ["hashicorp/*"]',
        "  }",
        "  direct {}",
        "}",
        "",
      ].join("\n"),
    });
    const r = loadCliConfig({ TF_CLI_CONFIG_FILE: join(h, "cli.tfrc") });
    expect(messages(r)).toEqual([]);
    const pi = r.config.providerInstallation[0]!;
    expect(pi.methods).toEqual([
      { location: { kind: "filesystem_mirror", path: "/mirror" }, include: ["example.com/*/*"], exclude: [] },
      { location: { kind: "network_mirror", url: "https://mirror.example.com/" }, include: [], exclude: ["hashicorp/*"] },
      { location: { kind: "direct" }, include: [], exclude: [] },
    ]);
    expect([...pi.devOverrides]).toEqual([
      ["example.com/acme/thing", "/opt/thing"],
      ["registry.terraform.io/hashicorp/null", "/dev/null-provider"],
    ]);
  });

  it("reads the JSON syntax", () => {
    const h = home({ "cli.tfrc": '{"provider_installation": {"filesystem_mirror": {"path": "/m", "include": ["a/b"]}}, "disable_checkpoint": true}' });
    const r = loadCliConfig({ TF_CLI_CONFIG_FILE: join(h, "cli.tfrc") });
    expect(messages(r)).toEqual([]);
    expect(r.config.providerInstallation[0]!.methods).toEqual([{ location: { kind: "filesystem_mirror", path: "/m" }, include: ["a/b"], exclude: [] }]);
    expect(r.config.disableCheckpoint).toBe(true);
  });

  it.each([
    ["dev_overrides after another method", 'provider_installation {\n  direct {}\n  dev_overrides {\n    "a/b" = "/x"\n  }\n}\n', [
      "Invalid provider_installation method block: The dev_overrides block at at 3:3 must appear before all other installation methods, because development overrides always have the highest priority.",
    ]],
    ["a bad dev override address", 'provider_installation {\n  dev_overrides {\n    "a/b/c/d" = "/x"\n  }\n}\n', [
      'Invalid provider installation dev overrides: The entry "a/b/c/d" in 1:1 is not a valid provider source string.\n\nInvalid provider source string: The "source" attribute must be in the format "[hostname/][namespace/]name"',
    ]],
    ["a network mirror without url", "provider_installation {\n  network_mirror {}\n}\n", ['Invalid provider_installation method block: Invalid network_mirror block at 1:1: "url" argument is required.']],
    ["an attribute among the methods", 'provider_installation {\n  direct = "yes"\n}\n', ["Invalid provider_installation method block: The items inside the provider_installation block at 1:1 must all be blocks."]],
    ["two provider_installation blocks", "provider_installation {\n}\nprovider_installation {\n}\n", ["No more than one provider_installation block may be specified"]],
    ["a plugin cache dir that does not exist", 'plugin_cache_dir = "/no/such/dir"\n', ["The specified plugin cache dir /no/such/dir cannot be opened: stat /no/such/dir: no such file or directory"]],
    ["an invalid host name", 'host "not a host" {\n  services = {}\n}\n', [expect.stringContaining('The host "not a host" block has an invalid hostname')]],
  ])("reports %s with Terraform's text", (_name, text, want) => {
    const h = home({ "cli.tfrc": text as string });
    expect(messages(loadCliConfig({ TF_CLI_CONFIG_FILE: join(h, "cli.tfrc") }))).toEqual(want);
  });

  it("reports a syntax error with the file and position", () => {
    const h = home({ "cli.tfrc": "provider_installation {\n  direct {\n" });
    const [d] = loadCliConfig({ TF_CLI_CONFIG_FILE: join(h, "cli.tfrc") }).diagnostics;
    expect(d!.summary).toMatch(new RegExp(`^Error parsing ${join(h, "cli.tfrc")}: At \\d+:\\d+: `));
  });
});
