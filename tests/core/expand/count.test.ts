import { describe, expect, it } from "vitest";
import { evaluateCount } from "../../../core/expand/index.js";
import { diagRow } from "../addrs/traversal-fixtures.js";
import { CTX, expr } from "./expand-fixtures.js";

// Expected results as Terraform v1.11.4 prints them for `count = <expr>` in a terraform_data resource
// (`terraform validate -json`; unknown and null variable cases from `terraform plan -json`), columns
// shifted so the expression starts at column 1.

const SUMMARY = "Invalid count argument";
const WHOLE = "value must be a whole number, between -9223372036854775808 and 9223372036854775807";
const UNKNOWN =
  'The "count" value depends on resource attributes that cannot be determined until apply, so Terraform cannot predict how many instances will be created. To work around this, use the -target argument to first apply only the resources that the count depends on.';
const EPHEMERAL =
  'The given "count" is derived from an ephemeral value, which means that Terraform cannot persist it between plan/apply rounds. Use only non-ephemeral values to specify the number of resource instances.';

const ERRORS: [src: string, summary: string, detail: string, range: string][] = [
  ["-1", SUMMARY, 'The given "count" argument value is unsuitable: must be greater than or equal to zero.', "1:1-1:3"],
  ["1.5", SUMMARY, `The given "count" argument value is unsuitable: ${WHOLE}.`, "1:1-1:4"],
  ["1e30", SUMMARY, `The given "count" argument value is unsuitable: ${WHOLE}.`, "1:1-1:5"],
  ["null", SUMMARY, 'The given "count" argument value is null. An integer is required.', "1:1-1:5"],
  ["var.n", SUMMARY, 'The given "count" argument value is null. An integer is required.', "1:1-1:6"],
  ['"x"', "Incorrect value type", "Invalid expression value: a number is required.", "1:1-1:4"],
  ["true", "Incorrect value type", "Invalid expression value: number required.", "1:1-1:5"],
  ["[1]", "Incorrect value type", "Invalid expression value: number required.", "1:1-1:4"],
  ["var.e", SUMMARY, EPHEMERAL, "1:1-1:6"],
  ["terraform_data.x.output == null ? 1 : 2", SUMMARY, UNKNOWN, "1:1-1:40"],
];

describe("invalid count", () => {
  it.each(ERRORS)("%s", (src, summary, detail, range) => {
    const r = evaluateCount(expr(src), CTX);
    expect(r.count).toBeUndefined();
    expect(r.diagnostics.map(diagRow)).toEqual([[summary, detail, range]]);
  });
});

const VALID: [src: string, count: number | "unknown", allowUnknown: boolean][] = [
  ["0", 0, false],
  ["3", 3, false],
  ['"2"', 2, false],
  ["var.s", 2, false],
  ["2.0", 2, false],
  ["length([1, 2, 3])", 3, false],
  ["terraform_data.x.output == null ? 1 : 2", "unknown", true],
  ["local.u", "unknown", true],
];

describe("valid count", () => {
  it.each(VALID)("%s", (src, count, allowUnknown) => {
    expect(evaluateCount(expr(src), CTX, { allowUnknown })).toEqual({ count, diagnostics: [] });
  });

  it("reports evaluation errors as they are and stops", () => {
    const r = evaluateCount(expr("var.missing"), CTX);
    expect(r.count).toBeUndefined();
    expect(r.diagnostics.map((d) => d.summary)).toEqual(["Unsupported attribute"]);
  });

  it("still checks an allowed unknown for ephemerality", () => {
    const r = evaluateCount(expr("var.e + local.u"), CTX, { allowUnknown: true });
    expect(r.diagnostics.map(diagRow)).toEqual([[SUMMARY, EPHEMERAL, "1:1-1:16"]]);
  });
});
