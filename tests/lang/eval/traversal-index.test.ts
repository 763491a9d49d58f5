import { describe, test } from "vitest";
import { EvalContext } from "../../../lang/hcl/eval-context.js";
import { UNKNOWN } from "../../helpers/values.js";
import { expectErrors, expectValue, sens, type ErrorRow, type ValueRow } from "./eval-fixtures.js";

// Expected results as Terraform v1.11.4 prints them (`terraform console`, `terraform validate -json`);
// the "Variables not allowed" / "Unknown variable" texts are hcl's own (Terraform checks references
// before evaluating, so it never shows them).

const VALUES: ValueRow[] = [
  ["local.obj.a", 1],
  ['local.obj["b"]', "x"],
  ["local.list[1]", "b"],
  ['local.list["1"]', "b"],
  ["local.list[var.n - 2]", "b"],
  ["local.map.b", 2],
  ['local.map["a"]', 1],
  ['[1, "x"][1]', "x"],
  ["local.objs[0].b", "p"],
  ['local.objs[1]["a"]', 2],
  ["local.objs[0]", { a: 1, b: "p" }],
  ['{"1" = "one"}[1]', "one"],
  ["local.ul[1]", "a"],
  ["(local.obj).b", "x"],
];

const UNKNOWN_AND_SENSITIVE: ValueRow[] = [
  ["local.ul[0]", UNKNOWN, "string"],
  ["local.u.a.b", UNKNOWN, "dynamic"],
  ["local.u[0]", UNKNOWN, "dynamic"],
  ["local.ukl[0]", UNKNOWN, "string"],
  ["local.list[local.uk]", UNKNOWN, "string"],
  ['[1, "x"][tonumber(local.uk)]', UNKNOWN, "dynamic"],
  ["local.obj[local.uk]", UNKNOWN, "dynamic"],
  ["local.map[local.uk]", UNKNOWN, "number"],
  ["var.sl[0]", sens("a")],
  ['["a", "b"][var.sn - 4]', sens("b")],
  ['local.map[var.s == "x" ? "a" : "b"]', sens(2)],
  ["{a = var.s}.a", sens("secret")],
];

const ERRORS: ErrorRow[] = [
  ["local.obj.c", ["Unsupported attribute", 'This object does not have an attribute named "c".', "1:10-1:12"]],
  [
    "local.obj[0]",
    [
      "Invalid index",
      "The given key does not identify an element in this collection value. An object only supports looking up attributes by name, not by numeric index.",
      "1:10-1:13",
    ],
  ],
  ['local.obj["c"]', ["Invalid index", "The given key does not identify an element in this collection value.", "1:10-1:15"]],
  [
    "local.list[2]",
    [
      "Invalid index",
      "The given key does not identify an element in this collection value: the given index is greater than or equal to the length of the collection.",
      "1:11-1:14",
    ],
  ],
  ["[1][2]", ["Invalid index", "The given key does not identify an element in this collection value.", "1:4-1:7"]],
  [
    "local.list[-1]",
    ["Invalid index", "The given key does not identify an element in this collection value: a negative number is not a valid index for a sequence.", "1:11-1:15"],
  ],
  [
    "local.list[0.5]",
    [
      "Invalid index",
      "The given key does not identify an element in this collection value: indexing a sequence requires a whole number, but the given index has a fractional part.",
      "1:11-1:16",
    ],
  ],
  ["[][0]", ["Invalid index", "The given key does not identify an element in this collection value: the collection has no elements.", "1:3-1:6"]],
  ['local.list["a"]', ["Invalid index", "The given key does not identify an element in this collection value: a number is required.", "1:11-1:16"]],
  ['local.map["c"]', ["Invalid index", "The given key does not identify an element in this collection value.", "1:10-1:15"]],
  ["local.map.c", ["Missing map element", 'This map does not have an element with the key "c".', "1:10-1:12"]],
  [
    "local.set[0]",
    [
      "Invalid index",
      "Elements of a set are identified only by their value and don't have any separate index or key to select with, so it's only possible to perform operations across all elements of the set.",
      "1:10-1:13",
    ],
  ],
  ["local.nul[0]", ["Attempt to index null value", "This value is null, so it does not have any indices.", "1:10-1:13"]],
  ["local.list[null]", ["Invalid index", "Can't use a null value as an indexing key.", "1:11-1:17"]],
  ["local.nul.a", ["Attempt to get attribute from null value", "This value is null, so it does not have any attributes.", "1:10-1:12"]],
  ["var.n.a", ["Unsupported attribute", "Can't access attributes on a primitive-typed value (number).", "1:6-1:8"]],
  ["var.n[0]", ["Invalid index", "This value does not have any indices.", "1:6-1:9"]],
  [
    "local.objs.a",
    [
      "Unsupported attribute",
      'Can\'t access attributes on a list of objects. Did you mean to access attribute "a" for a specific element of the list, or across all elements of the list?',
      "1:11-1:13",
    ],
  ],
  [
    "local.objs.c",
    [
      "Unsupported attribute",
      "Can't access attributes on a list of objects. Did you mean to access an attribute for a specific element of the list, or across all elements of the list?",
      "1:11-1:13",
    ],
  ],
  ["local.set.a", ["Unsupported attribute", "This value does not have any attributes.", "1:10-1:12"]],
  [
    "toset([{a = 1}]).a",
    [
      "Unsupported attribute",
      "Can't access attributes on a set of objects. Did you mean to access an attribute across all elements of the set?",
      "1:17-1:19",
    ],
  ],
  ["local.list[2 - 1][0]", ["Invalid index", "This value does not have any indices.", "1:18-1:21"]],
  ["{a = 1}[[1]]", ["Invalid index", "The given key does not identify an element in this collection value: string required.", "1:8-1:13"]],
  ["locals.a", ["Unknown variable", 'There is no variable named "locals". Did you mean "local"?', "1:1-1:7"]],
  ["nope", ["Unknown variable", 'There is no variable named "nope".', "1:1-1:5"]],
];

describe("traversals and indexing", () => {
  test.for(VALUES)("value: %s", (row) => expectValue(row));
  test.for(UNKNOWN_AND_SENSITIVE)("unknown or sensitive: %s", (row) => expectValue(row));
  test.for(ERRORS)("error: %s", (row) => expectErrors(row));

  test("without variables in the context, references are not allowed", () => {
    expectErrors(["var.a", ["Variables not allowed", "Variables may not be used here.", "1:1-1:4"]], null);
    expectErrors(["[x]", ["Variables not allowed", "Variables may not be used here.", "1:2-1:3"]], new EvalContext());
  });

  test("for expressions bind their variables even without a context", () => {
    expectValue(["[for x in [1, 2]: x * 2]", [2, 4]], null);
    expectErrors(["[for x in [1]: y]", ["Unknown variable", 'There is no variable named "y". Did you mean "x"?', "1:16-1:17"]], null);
  });
});
