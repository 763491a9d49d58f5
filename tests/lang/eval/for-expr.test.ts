import { describe, test } from "vitest";
import { UNKNOWN } from "../../helpers/values.js";
import { expectErrors, expectValue, sens, type ErrorRow, type ValueRow } from "./eval-fixtures.js";

// Expected results as Terraform v1.11.4 prints them (`terraform console`, `terraform validate -json`).

const DUPLICATE = (key: string) =>
  `Two different items produced the key "${key}" in this 'for' expression. If duplicates are expected, use the ellipsis (...) after the value expression to enable grouping by key.`;

const VALUES: ValueRow[] = [
  ["[for x in local.list: upper(x)]", ["A", "B"], "tuple([string,string])"],
  ["{for k, v in local.map: v => k}", { "1": "a", "2": "b" }, "object({1=string,2=string})"],
  ["{for k, v in {b = 1, a = 2}: v => k}", { "1": "b", "2": "a" }],
  ['[for k, v in ["a", "b"]: "${k}${v}"]', ["0a", "1b"]],
  ["[for v in local.set: v]", ["a", "b"]],
  ["[for k, v in local.obj: k]", ["a", "b"]],
  ['{for v in ["a", "b", "a"]: v => 1...}', { a: [1, 1], b: [1] }, "object({a=tuple([number,number]),b=tuple([number])})"],
  ['{for i, v in ["a", "b", "a"]: v => i...}', { a: [0, 2], b: [1] }],
  ["[for x in [1, 2, 3]: x if x > 1]", [2, 3]],
  ["{for x in [1, 2, 3]: x => x * 10 if x != 2}", { "1": 10, "3": 30 }],
  ['{for x in ["a"]: x => x}', { a: "a" }],
  ["[for x in []: x]", [], "tuple([])"],
  ["{for x in []: x => x}", {}, "object({})"],
];

const UNKNOWN_AND_SENSITIVE: ValueRow[] = [
  ["[for x in local.u: x]", UNKNOWN, "dynamic"],
  ["[for x in local.ukl: x]", UNKNOWN, "dynamic"],
  ["{for k, v in local.u: k => v}", UNKNOWN, "dynamic"],
  ["[for x in local.ul: x]", [UNKNOWN, "a"]],
  ['[for x in ["a"]: x if x == local.uk]', UNKNOWN, "dynamic"],
  ['{for x in ["a"]: x => x if x == local.uk}', UNKNOWN, "dynamic"],
  ['{for x in ["a"]: local.uk => x}', UNKNOWN, "dynamic"],
  ["[for v in var.sl: v]", sens(["a", "b"])],
  ['[for v in ["a"]: v if var.sn > 1]', sens(["a"])],
  ['{for v in ["a"]: var.s => v}', sens({ secret: "a" })],
  ["[for v in [var.s]: v]", [sens("secret")]],
  ["[for x in local.ukl: x if var.sn > 1]", sens(UNKNOWN)],
];

const ERRORS: ErrorRow[] = [
  ["[for v in [1, 2]: v if null]", ["Condition is null", "The value of the 'if' clause must not be null.", "1:24-1:28"]],
  ['[for v in [1, 2]: v if "x"]', ["Invalid 'for' condition", "The 'if' clause value is invalid: a bool is required.", "1:24-1:27"]],
  ["[for v in [1, 2]: v if v == 1 ? null : true]", ["Invalid 'for' condition", "The value of the 'if' clause must not be null.", "1:24-1:44"]],
  ['[for v in [1, 2]: v if v == 1 ? "no" : true]', ["Invalid 'for' condition", "The 'if' clause value is invalid: a bool is required.", "1:24-1:44"]],
  [
    '{for v in [1, 2]: v => v if v == 1 ? "no" : true}',
    ["Invalid 'for' condition", "The 'if' clause value is invalid: a bool is required.", "1:29-1:49"],
  ],
  ["[for x in local.ukl: x if 1]", ["Invalid 'for' condition", "The 'if' clause value is invalid: bool required.", "1:27-1:28"]],
  ["{for v in [1, 2]: null => v}", ["Invalid object key", "Key expression in 'for' expression must not produce a null value.", "1:19-1:23"]],
  ["{for v in [1, 2]: [v] => v}", ["Invalid object key", "The key expression produced an invalid result: string required.", "1:19-1:22"]],
  ['{for v in ["a", "a"]: v => 1}', ["Duplicate object key", DUPLICATE("a"), "1:23-1:24"]],
  [
    '{for v in ["a", "b", "a", "b"]: v => 1}',
    ["Duplicate object key", DUPLICATE("a"), "1:33-1:34"],
    ["Duplicate object key", DUPLICATE("b"), "1:33-1:34"],
  ],
  ["[for x in null: x]", ["Iteration over null value", "A null value cannot be used as the collection in a 'for' expression.", "1:11-1:15"]],
  ["[for x in 1: x]", ["Iteration over non-iterable value", "A value of type number cannot be used as the collection in a 'for' expression.", "1:11-1:12"]],
];

describe("for expressions", () => {
  test.for(VALUES)("value: %s", (row) => expectValue(row));
  test.for(UNKNOWN_AND_SENSITIVE)("unknown or sensitive: %s", (row) => expectValue(row));
  test.for(ERRORS)("error: %s", (row) => expectErrors(row));
});
