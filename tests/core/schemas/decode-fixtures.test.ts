import { describe, expect, it } from "vitest";
import { expectedRows, fixtureDiagnostics, loadFixture, row, sorted } from "./schema-fixtures.js";

// Each fixture's expected-validate.json is what `terraform validate -json` (v1.11.4, hashicorp/aws
// 5.100.0 and the schema-only test provider of fixtures/schemas/test-provider.mjs) printed for it.
// Diagnostics carrying an `address` came from the provider's own validation (the aws provider's
// "Value for unconfigurable attribute", "Argument is deprecated", ARN checks...), which runs only
// after decoding succeeds; everything else is Terraform core's decoding and reference checking,
// which these tests reproduce exactly.

const CASES = [
  ["valid-instance", "list blocks with max 1, a set block, arguments of every primitive and collection type"],
  ["valid-security-group-blocks", "list-of-object arguments written as blocks, as a value, and empty"],
  ["valid-lb-listener", "list blocks nested in list blocks, a nested dynamic block"],
  ["valid-autoscaling-tags", "set blocks, static and dynamic together"],
  ["valid-s3-bucket", "deeply nested list blocks"],
  ["unsupported-argument", "unknown arguments with and without suggestions, arguments that should be blocks"],
  ["unsupported-block", "unknown block types, suggestions, blocks that should be arguments, dynamic of unknown type"],
  ["missing-required", "required arguments at every depth, too few blocks"],
  ["too-many-blocks", "max_items from static and dynamic blocks"],
  ["duplicate-single-block", "single-nested blocks given twice, statically and by a dynamic block"],
  ["incorrect-type", "conversion errors of every kind"],
  ["block-labels", "labels on blocks that take none"],
  ["blocks-and-arguments", "argument and block syntax mixed, errors inside blocks written for arguments"],
  ["dynamic-iterator", "iterators, nested dynamic blocks, errors in each generated block"],
  ["dynamic-unknown", "unknown for_each: contents still checked, item limits not"],
  ["dynamic-errors", "malformed dynamic blocks"],
  ["dynamic-block-to-attribute", "dynamic blocks generating list-of-object arguments"],
  ["sensitive", "sensitive variables and a sensitive for_each"],
  ["data-source", "a data source's nested blocks"],
  ["provider-config", "a provider block with errors"],
  ["provider-valid", "a valid provider block"],
  ["provider-side-checks", "computed-only and deprecated arguments, which only the provider rejects"],
  ["references", "references into resources checked against their schemas"],
  ["references-nested", "references into nested attributes, map, group and tuple blocks"],
  ["expressions", "expression errors inside the body"],
  ["terraform-data", "terraform_data's dynamic arguments"],
  ["json-syntax", "JSON bodies"],
  ["nested-attributes", "nested attributes of every nesting mode"],
  ["nested-attributes-errors", "conversion errors inside nested attributes, nested attributes written as blocks"],
  ["nesting-modes", "group, map, list, set blocks; blocks holding any; list-of-object arguments as blocks"],
  ["nesting-modes-errors", "required single blocks, duplicates, map labels, item limits"],
  ["dynamic-map-blocks", "dynamic blocks with labels, unknown for_each over map and single blocks"],
  ["test-provider-config", "a provider block of the test provider"],
  ["test-data-source", "a data source with map blocks"],
  ["reference-walk", "references in arguments and blocks the schema does not allow are never evaluated"],
] as const;

describe("decoding against provider schemas, compared with terraform validate", () => {
  it.each(CASES)("%s: %s", (name) => {
    const got = fixtureDiagnostics(loadFixture(name)).map(row);
    const want = expectedRows(name).filter((r) => r.address === undefined);
    expect(sorted(got)).toEqual(sorted(want));
  });
});
