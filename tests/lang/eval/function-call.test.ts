import { describe, test } from "vitest";
import { UNKNOWN } from "../../helpers/values.js";
import { expectErrors, expectValue, sens, type ErrorRow, type ValueRow } from "./eval-fixtures.js";

// Expected results as Terraform v1.11.4 prints them (`terraform console`, `terraform validate -json`).
// The functions are the fixtures' stand-ins shaped like Terraform's (upper(str), max(numbers...)).

const CALLS: ValueRow[] = [
  ['upper("a")', "A"],
  ['core::upper("a")', "A"],
  ["max(1, 5, 3)", 5],
  ["max([1, 5]...)", 5],
  ["max(tolist([3, 4])...)", 4],
  ["max(toset([3, 4])...)", 4],
  ["tostring(null)", null, "string"],
  ["upper(var.s)", sens("SECRET")],
  ["max([var.sn, 2]...)", sens(5)],
  ["upper([var.s]...)", sens("SECRET")],
  ["upper(local.uk)", UNKNOWN, "string"],
  ["upper(local.u)", UNKNOWN, "string"],
  ["max(local.ukl...)", UNKNOWN, "dynamic"],
  ["max(local.u...)", UNKNOWN, "dynamic"],
  ["max(1, local.u)", UNKNOWN, "number"],
];

const TRY_CAN: ValueRow[] = [
  ['try({}.a, "b")', "b"],
  ["try(1, local.u)", 1],
  ["try(local.u, 1)", UNKNOWN, "dynamic"],
  ["try(local.ul, 1)", UNKNOWN, "dynamic"],
  ["try(local.ul[1], 3)", "a"],
  ["try(local.ul[5], 3)", 3],
  ["try(local.uk.a, 1)", 1],
  ["try(var.s, 1)", sens("secret")],
  ["try([var.s], 1)", [sens("secret")]],
  ["try(upper(1, 2), 2)", 2],
  ['try(nope_fn(1), "x")', "x"],
  ["try(null, 1)", null],
  ["try([1, 2]...)", 1],
  ["core::try({}.a, 1)", 1],
  ["can({}.a)", false],
  ["can(1)", true],
  ["can(local.u)", UNKNOWN, "bool"],
  ["can(local.ul[1])", true],
  ["can(local.ul[5])", false],
  ["can(var.s)", true],
  ["can(local.uk.a)", false],
  ["can([1]...)", true],
  ["core::can({}.a)", false],
];

const NO_SUCCESS = (items: string) =>
  `Call to function "try" failed: no expression succeeded:\n${items}\nAt least one expression must produce a successful result.`;

const ERRORS: ErrorRow[] = [
  ["upper()", ["Not enough function arguments", 'Function "upper" expects 1 argument(s). Missing value for "str".', "1:7-1:8"]],
  ["upper(1, 2)", ["Too many function arguments", 'Function "upper" expects only 1 argument(s).', "1:10-1:11"]],
  ["upper([])", ["Invalid function argument", 'Invalid value for "str" parameter: string required.', "1:7-1:8"]],
  ["upper({a = 1})", ["Invalid function argument", 'Invalid value for "str" parameter: string required.', "1:7-1:8"]],
  ["upper(null)", ["Invalid function argument", 'Invalid value for "str" parameter: argument must not be null.', "1:7-1:11"]],
  ["upper([]...)", ["Not enough function arguments", 'Function "upper" expects 1 argument(s). Missing value for "str".', "1:12-1:13"]],
  [
    "upper(1...)",
    ["Invalid expanding argument value", "The expanding argument (indicated by ...) must be of a tuple, list, or set type.", "1:7-1:8"],
  ],
  ["upper(null...)", ["Invalid expanding argument value", "The expanding argument (indicated by ...) must not be null.", "1:7-1:11"]],
  ["upper(tolist(null)...)", ["Invalid expanding argument value", "The expanding argument (indicated by ...) must not be null.", "1:7-1:19"]],
  [
    "max(local.list...)",
    ["Invalid function argument", 'Invalid value for "numbers" parameter: a number is required.', "1:5-1:15"],
    ["Invalid function argument", 'Invalid value for "numbers" parameter: a number is required.', "1:5-1:15"],
  ],
  ["max()", ["Error in function call", 'Call to function "max" failed: must pass at least one number.', "1:1-1:5"]],
  ['max("a", 2)', ["Invalid function argument", 'Invalid value for "numbers" parameter: a number is required.', "1:6-1:7"]],
  ['uppr("a")', ["Call to unknown function", 'There is no function named "uppr". Did you mean "upper"?', "1:1-1:5"]],
  ['core::uppr("a")', ["Call to unknown function", 'There is no function named "uppr" in namespace core::.', "1:1-1:11"]],
  [
    'provider::aws::arn_parse("x")',
    ["Call to unknown function", 'There are no functions in namespace "provider::aws::".', "1:1-1:25"],
  ],
  ["fail()", ["Error in function call", 'Call to function "fail" failed: this function always fails.', "1:1-1:6"]],
  ['second_bad("a", "b")', ["Invalid function argument", 'Invalid value for "b" parameter: b is not allowed.', "1:18-1:19"]],
  [
    "try({}.a)",
    [
      "Error in function call",
      NO_SUCCESS('- Unsupported attribute (at test.tf:1,7-9)\n  This object does not have an attribute named "a".\n'),
      "1:1-1:5",
    ],
  ],
  [
    "try(local.obj.c, local.obj.d)",
    [
      "Error in function call",
      NO_SUCCESS(
        '- Unsupported attribute (at test.tf:1,14-16)\n  This object does not have an attribute named "c".\n' +
          '- Unsupported attribute (at test.tf:1,27-29)\n  This object does not have an attribute named "d".\n',
      ),
      "1:1-1:5",
    ],
  ],
  ["try()", ["Error in function call", 'Call to function "try" failed: at least one argument is required.', "1:1-1:5"]],
  ["can()", ["Not enough function arguments", 'Function "can" expects 1 argument(s). Missing value for "expression".', "1:5-1:6"]],
  ["can(1, 2)", ["Too many function arguments", 'Function "can" expects only 1 argument(s).', "1:8-1:9"]],
  ["try([{}.a]...)", ["Unsupported attribute", 'This object does not have an attribute named "a".', "1:8-1:10"]],
];

describe("function calls", () => {
  test.for(CALLS)("call: %s", (row) => expectValue(row));
  test.for(TRY_CAN)("try and can: %s", (row) => expectValue(row));
  test.for(ERRORS)("error: %s", (row) => expectErrors(row));

  test("function calls are not allowed without functions in the context", () => {
    expectErrors(['upper("a")', ["Function calls not allowed", "Functions may not be called here.", "1:1-1:11"]], null);
    expectErrors(["try(1)", ["Function calls not allowed", "Functions may not be called here.", "1:1-1:7"]], null);
  });
});
