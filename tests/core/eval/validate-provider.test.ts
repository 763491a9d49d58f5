import { describe, expect, it } from "vitest";
import { validateConfig, type ValidateOptions } from "../../../core/eval/validate.js";
import { StringType } from "../../../lang/types/type.js";
import { configOf, loadConfig } from "../graph/config-fixtures.js";
import { FIXTURES, expectedRows, providerSchemas, row, sorted, type ProviderSchemas } from "../schemas/schema-fixtures.js";

// Provider blocks in the validate walk (NodeApplyableProvider.ValidateProvider). The fixtures under
// fixtures/schemas hold what `terraform validate -json` printed with hashicorp/aws 5.100.0 and the
// schema-only test provider installed; here the whole walk runs with those providers' real schemas
// (cut from `terraform providers schema -json`), so provider blocks are decoded by validateConfig
// itself. Diagnostics the provider returned from its own validation (rows with an address) need the
// provider to run and are left out.

const BY_SOURCE = new Map<string, ProviderSchemas>([
  ["registry.terraform.io/hashicorp/aws", providerSchemas("registry.terraform.io/hashicorp/aws")],
  ["registry.terraform.io/terrane/test", providerSchemas("registry.terraform.io/terrane/test")],
]);

const WITH_SCHEMAS: Pick<ValidateOptions, "resourceSchema" | "providerSchema"> = {
  resourceSchema: (provider, mode, type) => (mode === "data" ? BY_SOURCE.get(provider)?.dataSources : BY_SOURCE.get(provider)?.resources)?.get(type)?.block,
  providerSchema: (provider) => BY_SOURCE.get(provider)?.provider.block,
};

describe("provider blocks decoded against the provider's schema", () => {
  it.each([
    ["provider-config", "hashicorp/aws: wrong types, an unknown argument, nested blocks"],
    ["test-provider-config", "the test provider: wrong types, an unknown argument, a duplicate single block"],
  ])("%s: %s", async (name) => {
    const dir = `${FIXTURES}${name}`;
    const diagnostics = await validateConfig(loadConfig(dir), { cwd: dir, ...WITH_SCHEMAS });
    const want = expectedRows(name).filter((r) => r.address === undefined);
    expect(sorted(diagnostics.map(row))).toEqual(sorted(want));
  });

  // The test provider's schema with one more argument, required, to see when its absence is reported.
  const withRequiredKey: ValidateOptions["providerSchema"] = (provider) => {
    const block = WITH_SCHEMAS.providerSchema!(provider)!;
    return { ...block, attributes: { ...block.attributes, key: { type: StringType, required: true } } };
  };
  const usesTestProvider = (providerBody: string) =>
    configOf({
      "main.tf": `terraform {\n  required_providers {\n    test = { source = "terrane/test" }\n  }\n}\n\nprovider "test" {\n${providerBody}}\n\nresource "test_nested" "x" {\n  provider     = test.a\n  name         = "x"\n  required_obj = {}\n}\n`,
    });

  it("skips a provider block with nothing but meta-arguments, as validation configures no provider", async () => {
    const config = usesTestProvider('  alias = "a"\n');
    expect(await validateConfig(config, { cwd: ".", ...WITH_SCHEMAS, providerSchema: withRequiredKey })).toEqual([]);
  });

  it("reports missing required arguments once the block sets anything", async () => {
    const config = usesTestProvider('  alias    = "a"\n  endpoint = "x"\n');
    const diagnostics = await validateConfig(config, { cwd: ".", ...WITH_SCHEMAS, providerSchema: withRequiredKey });
    expect(diagnostics.map(row)).toEqual([
      {
        severity: "error",
        summary: "Missing required argument",
        detail: 'The argument "key" is required, but no definition was found.',
        range: "main.tf:7:17-7:18",
      },
    ]);
  });
});

describe("provider blocks of providers that are not available", () => {
  it("are evaluated without a schema: unknown arguments pass, bad references do not", async () => {
    const config = configOf({ "main.tf": 'provider "other" {\n  anything = var.missing\n}\n\nresource "other_thing" "x" {}\n' });
    const diagnostics = await validateConfig(config, { cwd: ".", ...WITH_SCHEMAS });
    expect(diagnostics.map(row)).toEqual([
      {
        severity: "error",
        summary: "Reference to undeclared input variable",
        detail: 'An input variable with the name "missing" has not been declared. This variable can be declared with a variable "missing" {} block.',
        range: "main.tf:2:14-2:25",
      },
    ]);
  });
});
