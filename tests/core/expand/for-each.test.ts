import { describe, expect, it } from "vitest";
import { evaluateForEach } from "../../../core/expand/index.js";
import type { Value } from "../../../lang/values/value.js";
import { toJS, UNKNOWN } from "../../helpers/values.js";
import { diagRow } from "../addrs/traversal-fixtures.js";
import { CTX, expr } from "./expand-fixtures.js";

// Expected results as Terraform v1.11.4 prints them for `for_each = <expr>` in a terraform_data resource
// (`terraform validate -json`; unknown keys from `terraform plan -json`), columns shifted so the
// expression starts at column 1.

const SUMMARY = "Invalid for_each argument";
const SET_SUMMARY = "Invalid for_each set argument";
const UNSUITABLE = 'The given "for_each" argument value is unsuitable:';
const TYPE = (t: string) => `${UNSUITABLE} the "for_each" argument must be a map, or set of strings, and you have provided a value of type ${t}.`;
const SET_OF = (t: string) => `${UNSUITABLE} "for_each" supports maps and sets of strings, but you have provided a set containing type ${t}.`;
const SENSITIVE =
  "Sensitive values, or values derived from sensitive values, cannot be used as for_each arguments. If used, the sensitive value could be exposed as a resource instance key.";
const EPHEMERAL =
  'The given "for_each" value is derived from an ephemeral value, which means that Terraform cannot persist it between plan/apply rounds. Use only non-ephemeral values to specify a resource\'s instance keys.';
const TAIL = "\n\nAlternatively, you could use the -target planning option to first apply only the resources that the for_each value depends on, and then apply a second time to fully converge.";
const UNKNOWN_MAP =
  'The "for_each" map includes keys derived from resource attributes that cannot be determined until apply, and so Terraform cannot determine the full set of keys that will identify the instances of this resource.\n\nWhen working with unknown values in for_each, it\'s better to define the map keys statically in your configuration and place apply-time results only in the map values.' +
  TAIL;
const UNKNOWN_SET =
  'The "for_each" set includes values derived from resource attributes that cannot be determined until apply, and so Terraform cannot determine the full set of keys that will identify the instances of this resource.\n\nWhen working with unknown values in for_each, it\'s better to use a map value where the keys are defined statically in your configuration and where only the values contain apply-time results.' +
  TAIL;

const ERRORS: [src: string, summary: string, detail: string, range: string][] = [
  ['["a"]', SUMMARY, TYPE("tuple"), "1:1-1:6"],
  ["[]", SUMMARY, TYPE("tuple"), "1:1-1:3"],
  ['[for k in ["a"] : k]', SUMMARY, TYPE("tuple"), "1:1-1:21"],
  ['tolist(["a"])', SUMMARY, TYPE("list of string"), "1:1-1:14"],
  ["tolist([1])", SUMMARY, TYPE("list of number"), "1:1-1:12"],
  ["1", SUMMARY, TYPE("number"), "1:1-1:2"],
  ['"a"', SUMMARY, TYPE("string"), "1:1-1:4"],
  ["null", SUMMARY, `${UNSUITABLE} the given "for_each" argument value is null. A map, or set of strings is allowed.`, "1:1-1:5"],
  ["toset([null])", SET_SUMMARY, SET_OF("dynamic"), "1:1-1:14"],
  ["toset([1, 2])", SET_SUMMARY, SET_OF("number"), "1:1-1:14"],
  ['toset([["a"]])', SET_SUMMARY, SET_OF("tuple"), "1:1-1:15"],
  ['toset(["a", null])', SET_SUMMARY, `${UNSUITABLE} "for_each" sets must not contain null values.`, "1:1-1:19"],
  ["var.sm", SUMMARY, SENSITIVE, "1:1-1:7"],
  ["toset([var.s])", SUMMARY, SENSITIVE, "1:1-1:15"],
  ["var.em", SUMMARY, EPHEMERAL, "1:1-1:7"],
  ["terraform_data.x.output", SUMMARY, UNKNOWN_MAP, "1:1-1:24"],
  ["{(terraform_data.x.id) = 1}", SUMMARY, UNKNOWN_MAP, "1:1-1:28"],
  ["toset([terraform_data.x.output])", SUMMARY, UNKNOWN_SET, "1:1-1:33"],
  ['toset(["a", terraform_data.x.id])', SUMMARY, UNKNOWN_SET, "1:1-1:34"],
  ['terraform_data.x.id == "" ? toset(["a"]) : toset(["b"])', SUMMARY, UNKNOWN_SET, "1:1-1:56"],
  [
    '{for k in ["a", "a"] : k => k}',
    "Duplicate object key",
    "Two different items produced the key \"a\" in this 'for' expression. If duplicates are expected, use the ellipsis (...) after the value expression to enable grouping by key.",
    "1:24-1:25",
  ],
];

describe("invalid for_each", () => {
  it.each(ERRORS)("%s", (src, summary, detail, range) => {
    const r = evaluateForEach(expr(src), CTX);
    expect(r.map).toBeUndefined();
    expect(r.diagnostics.map(diagRow)).toEqual([[summary, detail, range]]);
  });
});

const VALID: [src: string, map: Record<string, unknown>][] = [
  ["{b = 1, a = 2}", { a: 2, b: 1 }],
  ['toset(["b", "a", "b"])', { a: "a", b: "b" }],
  ['tomap({a = 1, b = "x"})', { a: "1", b: "x" }],
  ["{a = var.s}", { a: { sensitive: 2 } }],
  ["{a = terraform_data.x.output}", { a: UNKNOWN }],
  ["{}", {}],
  ["toset([])", {}],
  ['{ "é" = 1, "z" = 2, "Z" = 3 }', { Z: 3, z: 2, "é": 1 }],
];

describe("valid for_each", () => {
  it.each(VALID)("%s", (src, want) => {
    const r = evaluateForEach(expr(src), CTX);
    expect(r.diagnostics).toEqual([]);
    const map = r.map as ReadonlyMap<string, Value>;
    expect([...map.keys()]).toEqual(Object.keys(want).sort());
    expect(Object.fromEntries([...map].map(([k, v]) => [k, toJS(v)]))).toEqual(want);
  });
});

describe("for_each with unknowns allowed (the validate walk)", () => {
  it.each(["local.u", "terraform_data.x.output == null ? {} : {}", "toset([local.u])", "{(terraform_data.x.id) = 1}"])("%s is unknown", (src) => {
    expect(evaluateForEach(expr(src), CTX, { allowUnknown: true })).toEqual({ map: "unknown", diagnostics: [] });
  });

  it("still checks the type and marks", () => {
    const list = evaluateForEach(expr('tolist([terraform_data.x.output, "a"])'), CTX, { allowUnknown: true });
    expect(list.diagnostics.map(diagRow)).toEqual([[SUMMARY, TYPE("list of string"), "1:1-1:39"]]);
    const sens = evaluateForEach(expr("var.sm"), CTX, { allowUnknown: true });
    expect(sens.diagnostics.map((d) => d.detail)).toEqual([SENSITIVE]);
  });
});
