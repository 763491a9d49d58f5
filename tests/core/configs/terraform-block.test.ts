import { describe, expect, test } from "vitest";
import { TERRAFORM_COMPAT_VERSION, constraintsAllow, loadModule, parseConstraints, parseVersion } from "../../../core/configs/index.js";
import { parseProviderSource } from "../../../core/configs/provider-source.js";
import { fixture, tfDiags } from "./loader-helpers.js";

// The `terraform` block: version constraints as hashicorp/go-version reads and checks them (what
// required_version is checked with), provider source addresses, and the decoded required_providers.

describe("version constraints", () => {
  // [constraint, version, allowed]; the 1.11.4 rows were confirmed with `terraform validate`.
  const rows: [string, string, boolean][] = [
    [">= 1.5, < 2.0", "1.11.4", true],
    ["~> 1.11", "1.11.4", true],
    ["~> 1.11", "1.99.0", true],
    ["~> 1.11", "2.0.0", false],
    ["~> 1.10.0", "1.11.4", false],
    ["~> 1.11.0", "1.11.9", true],
    ["1.11.4", "1.11.4", true],
    ["v1.11.4+meta", "1.11.4", true],
    ["=1.11", "1.11.4", false],
    ["> 1.11.4.0", "1.11.4", false],
    ["!= 1.11.4", "1.11.4", false],
    ["< 1.11.4", "1.11.4", false],
    ["<= 1.11.4", "1.11.4", true],
    [">= 1.0.0-beta", "1.11.4", true],
    [">= 1.0", "1.0.0-beta", false],
    ["> 1.0.0-alpha", "1.0.0-beta", true],
    ["~> 1.0.0-beta", "1.0.0", false],
    ["5", "1.11.4", false],
  ];
  for (const [constraint, version, allowed] of rows) {
    test(`${constraint} ${allowed ? "allows" : "rejects"} ${version}`, () => {
      expect(constraintsAllow(parseConstraints(constraint)!, parseVersion(version)!)).toBe(allowed);
    });
  }

  test("malformed constraints and the terms kept as written", () => {
    for (const bad of ["", "not a version", ">== 1.0", "1.0,", "~>"]) expect(parseConstraints(bad)).toBeUndefined();
    expect(parseConstraints("< 2.0,   >= 1.0.0-beta  ")!.map((c) => c.original)).toEqual(["< 2.0", "   >= 1.0.0-beta  "]);
    expect(TERRAFORM_COMPAT_VERSION).toBe("1.11.4");
  });
});

describe("provider source addresses", () => {
  const rows: [string, ReturnType<typeof parseProviderSource>][] = [
    ["aws", { hostname: "registry.terraform.io", namespace: "hashicorp", type: "aws" }],
    ["Acme/Thing", { hostname: "registry.terraform.io", namespace: "acme", type: "thing" }],
    ["Example.com/acme/thing", { hostname: "example.com", namespace: "acme", type: "thing" }],
    ["a/b/c/d", { summary: "Invalid provider source string", detail: 'The "source" attribute must be in the format "[hostname/][namespace/]name"' }],
    ["acme//x", { summary: "Invalid provider source string", detail: 'The "source" attribute must be in the format "[hostname/][namespace/]name"' }],
    [
      "acme/my_type",
      {
        summary: "Invalid provider type",
        detail: 'Invalid provider type "my_type" in source "acme/my_type": must contain only letters, digits, and dashes, and may not use leading or trailing dashes"',
      },
    ],
  ];
  for (const [source, want] of rows) {
    test(source, () => {
      expect(parseProviderSource(source)).toEqual(want);
    });
  }
});

test("required_providers entries, legacy and object forms", () => {
  const r = loadModule(fixture("load-valid-native"), { displayDir: "." });
  expect(tfDiags(r.diagnostics)).toEqual([]);
  const random = r.module.requiredProviders.get("random")!;
  expect(random).toMatchObject({ source: "registry.terraform.io/hashicorp/random", versionConstraints: ["~> 3.0"], configurationAliases: [] });
  const aliases = r.module.requiredProviders.get("null")!.configurationAliases;
  expect(aliases.map((a) => [a.name, a.alias, a.range.start.line])).toEqual([["null", "second", 8]]);
});
