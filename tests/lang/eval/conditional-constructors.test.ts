import { describe, expect, test } from "vitest";
import { UNKNOWN } from "../../helpers/values.js";
import { BigNum } from "../../../lang/values/number.js";
import { expectErrors, expectValue, run, sens, type ErrorRow, type ValueRow } from "./eval-fixtures.js";

// Expected results as Terraform v1.11.4 prints them (`terraform console`, `terraform validate -json`);
// "Ambiguous attribute key" is hcl's own text (Terraform reports such keys as undeclared resources first).

const CONDITIONALS: ValueRow[] = [
  ["true ? 1 : 2", 1],
  ["false ? 1 : 2", 2],
  ['true ? 1 : "a"', "1", "string"],
  ['false ? [1] : ["a"]', ["a"], "tuple([string])"],
  ["true ? {a = 1} : {b = 1}", { a: 1 }, "map(number)"],
  ["true ? null : 1", null, "number"],
  ["false ? null : 1", 1],
  ['"true" ? 1 : 2', 1],
  ['true ? tolist(["a"]) : [1]', ["a"], "list(string)"],
  ['true ? [1, 2] : tolist(["a"])', ["1", "2"], "list(string)"],
  ["true ? [1] : [1, 2]", [1], "list(number)"],
  ["true ? 1 : local.nope", 1],
  ["true ? local.u : 1", UNKNOWN, "dynamic"],
  ["local.u ? 1 : 2", UNKNOWN, "number"],
  ['local.u ? 1 : "a"', UNKNOWN, "string"],
  ['local.u ? [1] : ["a", "b"]', UNKNOWN, "list(string)"],
  ["var.sn > 1 ? 1 : 2", sens(1)],
  ['true ? var.s : "x"', sens("secret")],
  ['false ? var.s : "x"', sens("x")],
  ['false ? [var.s] : ["x"]', ["x"]],
  ['false ? var.sl : ["x"]', sens(["x"]), "list(string)"],
];

const CONSTRUCTORS: ValueRow[] = [
  ['{a = 1, b = "x"}', { a: 1, b: "x" }, "object({a=number,b=string})"],
  ["{a = 1, a = 2}", { a: 2 }],
  ['{a = 1, "a" = 2}', { a: 2 }],
  ["{null = 1, true = 2}", { null: 1, true: 2 }],
  ["{1 = 2}", { "1": 2 }],
  ['{"a b" = 1}', { "a b": 1 }],
  ["{(local.obj.b) = 1}", { x: 1 }],
  ["{(local.uk) = 1}", UNKNOWN, "dynamic"],
  ["{a = local.uk}", { a: UNKNOWN }],
  ["{(var.s) = 1}", sens({ secret: 1 })],
  ['["a", 1, true, null]', ["a", 1, true, null], "tuple([string,number,bool,dynamic])"],
  ["[local.u, var.s]", [UNKNOWN, sens("secret")]],
  ["[]", [], "tuple([])"],
];

const INCONSISTENT = "Inconsistent conditional result types";
const MUST = "The true and false result expressions must have consistent types.";

const ERRORS: ErrorRow[] = [
  ["true ? 1 : [2]", [INCONSISTENT, `${MUST} The 'true' value is number, but the 'false' value is tuple.`, "1:8-1:15"]],
  ["true ? {a = 1} : [2]", [INCONSISTENT, `${MUST} The 'true' value is object, but the 'false' value is tuple.`, "1:8-1:21"]],
  [
    "true ? {a = [1]} : {a = {}}",
    [INCONSISTENT, `${MUST} Type mismatch for object attribute "a": The 'true' value is tuple, but the 'false' value is object.`, "1:8-1:28"],
  ],
  [
    "true ? [{a = 1}] : [{a = 1, b = [2]}]",
    [
      INCONSISTENT,
      `${MUST} Type mismatch for tuple element 0: The 'false' value includes object attribute "b", which is absent in the 'true' value.`,
      "1:8-1:38",
    ],
  ],
  [
    "true ? tolist([{a = 1}]) : tolist([{b = [1]}])",
    [
      INCONSISTENT,
      `${MUST} Mismatched list element types: The 'true' value includes object attribute "a", which is absent in the 'false' value.`,
      "1:8-1:47",
    ],
  ],
  [
    "true ? {a = 1} : {a = 1, b = 2, c = [1]}",
    [INCONSISTENT, `${MUST} The 'false' value includes object attribute "b", which is absent in the 'true' value.`, "1:8-1:41"],
  ],
  ["null ? 1 : 2", ["Null condition", "The condition value is null. Conditions must either be true or false.", "1:1-1:5"]],
  ["1 ? 1 : 2", ["Incorrect condition type", "The condition expression must be of type bool.", "1:1-1:2"]],
  ['"no" ? 1 : 2', ["Incorrect condition type", "The condition expression must be of type bool.", "1:1-1:5"]],
  ["{(null) = 1}", ["Null value as key", "Can't use a null value as a key.", "1:11-1:12"]],
  ["{([1]) = 1}", ["Incorrect key type", "Can't use this value as a key: string required.", "1:2-1:7"]],
  ["{(local.list) = 1, b = 2}", ["Incorrect key type", "Can't use this value as a key: string required.", "1:2-1:14"]],
  [
    "{a.b = 1}",
    [
      "Ambiguous attribute key",
      "If this expression is intended to be a reference, wrap it in parentheses. If it's instead intended as a literal name containing periods, wrap it in quotes to create a string literal.",
      "1:2-1:5",
    ],
  ],
];

describe("conditionals and constructors", () => {
  test.for(CONDITIONALS)("conditional: %s", (row) => expectValue(row));
  test.for(CONSTRUCTORS)("constructor: %s", (row) => expectValue(row));
  test.for(ERRORS)("error: %s", (row) => expectErrors(row));

  test("an unknown condition refines the result to what both results allow", () => {
    const r = run("local.u ? 1 : 10").value.refinement;
    expect(r.notNull).toBe(true);
    expect(r.numberLower?.value.equals(BigNum.fromNumber(1))).toBe(true);
    expect(r.numberUpper?.value.equals(BigNum.fromNumber(10))).toBe(true);
    expect(run('local.u ? tolist(["a"]) : tolist(["b", "c"])').value.refinement).toEqual({
      notNull: true,
      lengthLower: 1,
      lengthUpper: 2,
    });
  });
});
