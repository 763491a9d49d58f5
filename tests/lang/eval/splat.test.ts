import { describe, expect, test } from "vitest";
import { UNKNOWN } from "../../helpers/values.js";
import { expectErrors, expectValue, run, sens, type ErrorRow, type ValueRow } from "./eval-fixtures.js";

// Expected results as Terraform v1.11.4 prints them (`terraform console`, `terraform validate -json`).

const VALUES: ValueRow[] = [
  ["local.objs[*].a", [1, 2], "list(number)"],
  ["local.objs.*.b", ["p", "q"], "list(string)"],
  ['local.objs[*]["a"]', [1, 2], "list(number)"],
  ["[{a = 1}, {a = 2}][*].a", [1, 2], "tuple([number,number])"],
  ['[{a = 1}, {a = "x"}][*].a', [1, "x"], "tuple([number,string])"],
  ["local.obj[*]", [{ a: 1, b: "x" }]],
  ["local.obj[*].a", [1]],
  ['"a"[*]', ["a"]],
  ["null[*]", [], "tuple([])"],
  ["local.nul[*]", [], "tuple([])"],
  ["local.set[*]", ["a", "b"], "list(string)"],
  ["local.list[*]", ["a", "b"], "list(string)"],
  ["[[1, 2], [3]][*][0]", [1, 3]],
  ["[{a = [1]}].*.a[0]", [1]],
  ["[{a = [1]}][*].a[0]", [1]],
  ["tolist([])[*].a", [], "list(dynamic)"],
  ["tolist([])[*]", [], "list(dynamic)"],
];

const UNKNOWN_AND_SENSITIVE: ValueRow[] = [
  ["local.u[*]", UNKNOWN, "dynamic"],
  ["local.uk[*]", UNKNOWN, "dynamic"],
  ["local.ukl[*]", UNKNOWN, "list(string)"],
  ["local.ul[*]", [UNKNOWN, "a"], "tuple([string,string])"],
  ["[local.u][*]", [UNKNOWN], "tuple([dynamic])"],
  ["var.s[*]", sens([sens("secret")])],
  ["[var.s][*]", [sens("secret")]],
  ["var.sl[*]", sens(["a", "b"])],
];

const ERRORS: ErrorRow[] = [
  ["tolist(null)[*]", ["Splat of null value", "Splat expressions (with the * symbol) cannot be applied to null sequences.", "1:1-1:13"]],
  ["toset(null).*", ["Splat of null value", "Splat expressions (with the * symbol) cannot be applied to null sequences.", "1:1-1:12"]],
  [
    "local.objs[*].c",
    ["Unsupported attribute", 'This object does not have an attribute named "c".', "1:14-1:16"],
    ["Unsupported attribute", 'This object does not have an attribute named "c".', "1:14-1:16"],
  ],
  ["[{a = 1}, {b = 2}][*].a", ["Unsupported attribute", 'This object does not have an attribute named "a".', "1:22-1:24"]],
  ["local.obj[*].c", ["Unsupported attribute", 'This object does not have an attribute named "c".', "1:13-1:15"]],
  ["local.ukl[*].c", ["Unsupported attribute", "Can't access attributes on a primitive-typed value (string).", "1:13-1:15"]],
];

describe("splat expressions", () => {
  test.for(VALUES)("value: %s", (row) => expectValue(row));
  test.for(UNKNOWN_AND_SENSITIVE)("unknown or sensitive: %s", (row) => expectValue(row));
  test.for(ERRORS)("error: %s", (row) => expectErrors(row));

  test("an unknown list source gives a list refined to the source's length bounds and not null", () => {
    expect(run("local.ukl[*]").value.refinement).toEqual({ notNull: true });
  });
});
