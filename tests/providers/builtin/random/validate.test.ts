import { describe, expect, it } from "vitest";
import { randomProvider } from "../../../../providers/builtin/random/index.js";
import type { ProviderDiagnostic } from "../../../../providers/provider.js";
import { ResourceHarness } from "./harness.js";

// The random provider's configuration checks, with the framework validators' exact messages and the
// attribute each is about.

const h = new ResourceHarness(randomProvider());

const error = (attribute: string, summary: string, detail: string): ProviderDiagnostic => ({
  severity: "error",
  summary,
  detail,
  attribute: [{ attr: attribute }],
});
const deprecation: ProviderDiagnostic = {
  severity: "warning",
  summary: "Attribute Deprecated",
  detail: "**NOTE**: This is deprecated, use `numeric` instead.",
  attribute: [{ attr: "number" }],
};

describe("random provider validation", () => {
  const cases: [string, string, Record<string, unknown>, ProviderDiagnostic[]][] = [
    ["a valid string", "random_string", { length: 8, min_upper: 8 }, []],
    [
      "a zero length",
      "random_string",
      { length: 0 },
      [error("length", "Invalid Attribute Value", "Attribute length value must be at least 1, got: 0")],
    ],
    [
      "minimums longer than the length",
      "random_password",
      { length: 3, min_upper: 2, min_lower: 2 },
      [
        error(
          "length",
          "Invalid Attribute Value",
          "Attribute length value must be at least sum of min_upper + min_lower + min_numeric + min_special, got: 3",
        ),
      ],
    ],
    [
      "every character class off",
      "random_password",
      { length: 3, special: false, upper: false, lower: false, numeric: false },
      [
        error(
          "numeric",
          "Invalid Attribute Combination",
          "At least one attribute out of [special,upper,lower,numeric] must be specified as true",
        ),
      ],
    ],
    [
      "every character class off through the deprecated number",
      "random_string",
      { length: 3, special: false, upper: false, lower: false, number: false },
      [
        error("number", "Invalid Attribute Combination", "At least one attribute out of [special,upper,lower,number] must be specified as true"),
        deprecation,
      ],
    ],
    ["some class left on", "random_string", { length: 3, special: false, upper: true, lower: false, numeric: false }, []],
    ["the deprecated number", "random_string", { length: 3, number: true }, [deprecation]],
    [
      "random_bytes of no bytes",
      "random_bytes",
      { length: 0 },
      [error("length", "Invalid Attribute Value", "Attribute length value must be at least 1, got: 0")],
    ],
    [
      "a fractional bound",
      "random_integer",
      { min: 1.5, max: 3 },
      [
        error(
          "min",
          "Value Conversion Error",
          "An unexpected error was encountered trying to convert the Terraform value. This is always an error in the provider. " +
            "Please report the following to the provider developer:\n\nValue 1.5 is not an integer.",
        ),
      ],
    ],
  ];

  it.each(cases)("%s", async (_, type, config, expected) => {
    expect(await h.validate(type, config)).toEqual(expected);
  });

  it("leaves values that are not known yet to be checked later", async () => {
    const config = await h.config("random_string", { length: 0, min_upper: 3 }, ["length"]);
    expect((await h.provider.validateResourceConfig({ typeName: "random_string", config })).diagnostics).toEqual([]);
    const sum = await h.config("random_string", { length: 1, min_upper: 3 }, ["min_lower"]);
    expect((await h.provider.validateResourceConfig({ typeName: "random_string", config: sum })).diagnostics).toEqual([]);
  });
});
