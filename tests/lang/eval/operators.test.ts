import { describe, test } from "vitest";
import { UNKNOWN } from "../../helpers/values.js";
import { expectErrors, expectValue, sens, type ErrorRow, type ValueRow } from "./eval-fixtures.js";

// Expected results as Terraform v1.11.4 prints them (`terraform console`, `terraform validate -json`).

const ARITHMETIC: ValueRow[] = [
  ["1 + 2", 3],
  ['"1" + 1', 2],
  ['2 * "3"', 6],
  ["7 - 10", -3],
  ["1.5 * 2", 3],
  ["10 / 4", 2.5],
  [
    "1 / 3",
    "0.33333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333335",
  ],
  ["1 / 0", Infinity],
  ["-1 / 0", -Infinity],
  ["5 % -3", 2],
  ["-5 % 3", -2],
  ["5.5 % 2", 1.5],
  ["1 % 0", 1],
  ["-(3)", -3],
  ['-"2"', -2],
  ["1e3 + 0.5", 1000.5],
  ["100000000000000000000 + 1", "100000000000000000001"],
  ["0.1 + 0.2", "0.3"],
];

const COMPARISON_AND_LOGIC: ValueRow[] = [
  ["1 < 2", true],
  ["2 <= 2", true],
  ['"10" > 9', true],
  ["3 >= 4", false],
  ["1 == 1.0", true],
  ['1 == "1"', false],
  ['"a" != "b"', true],
  ['[1, "a"] == [1, "a"]', true],
  ["{a = 1} == {a = 1}", true],
  ["null == null", true],
  ["null != 1", true],
  ['local.list == ["a", "b"]', false],
  ['local.list == tolist(["a", "b"])', true, "bool"],
  ['local.set == toset(["a", "b"])', true],
  ["local.map == {a = 1, b = 2}", false],
  ["true && false", false],
  ["true || false", true],
  ["!true", false],
  ['"true" && true', true],
];

const UNKNOWNS: ValueRow[] = [
  ['local.uk == "a"', UNKNOWN, "bool"],
  ["local.u == null", UNKNOWN, "bool"],
  ["local.uk == 1", false],
  ["[local.uk] == [1, 2]", false],
  ["[1, local.uk] == [2, local.uk]", false],
  ["local.uk + 1", UNKNOWN, "number"],
  ["local.u * 2", UNKNOWN, "number"],
  ['true || (local.uk == "a")', UNKNOWN, "bool"],
  ['false && (local.uk == "a")', UNKNOWN, "bool"],
  ['!(local.uk == "a")', UNKNOWN, "bool"],
  ["-local.u", UNKNOWN, "number"],
  ["local.u > 1", UNKNOWN, "bool"],
];

const SENSITIVE: ValueRow[] = [
  ["var.sn + 1", sens(6)],
  ["var.sn > 1", sens(true)],
  ["-var.sn", sens(-5)],
  ['var.s == "secret"', sens(true)],
  ['var.sl == ["a", "b"]', sens(false)],
  ['[var.s] == ["secret"]', sens(true)],
  ["var.sn + local.u", sens(UNKNOWN)],
  ["!(var.sn > 1)", sens(false)],
];

const ERRORS: ErrorRow[] = [
  ['"a" + 1', ["Invalid operand", "Unsuitable value for left operand: a number is required.", "1:1-1:4"]],
  ['1 + "b"', ["Invalid operand", "Unsuitable value for right operand: a number is required.", "1:5-1:8"]],
  [
    '"a" * [1]',
    ["Invalid operand", "Unsuitable value for left operand: a number is required.", "1:1-1:4"],
    ["Invalid operand", "Unsuitable value for right operand: number required.", "1:7-1:10"],
  ],
  ["true - 1", ["Invalid operand", "Unsuitable value for left operand: number required.", "1:1-1:5"]],
  ["null + 1", ["Operation failed", "Error during operation: argument must not be null.", "1:1-1:9"]],
  ["1 > null", ["Operation failed", "Error during operation: argument must not be null.", "1:1-1:9"]],
  ['-"x"', ["Invalid operand", "Unsuitable value for unary operand: a number is required.", "1:2-1:5"]],
  ["!1", ["Invalid operand", "Unsuitable value for unary operand: bool required.", "1:2-1:3"]],
  ["!null", ["Operation failed", "Error during operation: argument must not be null.", "1:1-1:6"]],
  ['"yes" && true', ["Invalid operand", "Unsuitable value for left operand: a bool is required.", "1:1-1:6"]],
  ["(1/0) + (-1/0)", ["Operation failed", "Error during operation: can't compute sum of opposing infinities.", "1:1-1:15"]],
  ["(1/0) - (1/0)", ["Operation failed", "Error during operation: can't subtract infinity from itself.", "1:1-1:14"]],
  ["0 * (1/0)", ["Operation failed", "Error during operation: can't multiply zero by infinity.", "1:1-1:10"]],
  ["0 / 0", ["Operation failed", "Error during operation: can't divide zero by zero or infinity by infinity.", "1:1-1:6"]],
  ["5 % (1/0)", ["Operation failed", "Error during operation: can't use modulo with zero and infinity.", "1:1-1:10"]],
];

describe("binary and unary operators", () => {
  test.for(ARITHMETIC)("arithmetic: %s", (row) => expectValue(row));
  test.for(COMPARISON_AND_LOGIC)("comparison and logic: %s", (row) => expectValue(row));
  test.for(UNKNOWNS)("unknown operands: %s", (row) => expectValue(row));
  test.for(SENSITIVE)("sensitive operands: %s", (row) => expectValue(row));
  test.for(ERRORS)("error: %s", (row) => expectErrors(row));
});
