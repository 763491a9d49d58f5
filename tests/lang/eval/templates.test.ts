import { describe, expect, test } from "vitest";
import { UNKNOWN } from "../../helpers/values.js";
import { expectErrors, expectValue, run, sens, type ErrorRow, type ValueRow } from "./eval-fixtures.js";

// Expected results as Terraform v1.11.4 prints them (`terraform console`, `terraform validate -json`).

const VALUES: ValueRow[] = [
  ['"a${1}b"', "a1b"],
  ['"x${true}${1.50}"', "xtrue1.5"],
  ['"${1}"', 1, "number"],
  ['"${[1, 2]}"', [1, 2], "tuple([number,number])"],
  ['"${local.nul == null}"', true, "bool"],
  ['"e\u0301"', "\u00e9"],
  ["<<EOT\nhello ${1}\nEOT\n", "hello 1\n"],
  ["<<-EOT\n    a\n      b\n    EOT\n", "a\n  b\n"],
  ['"%{if true}y%{else}n%{endif}"', "y"],
  ['"%{if false}y%{endif}!"', "!"],
  ['"%{if "true"}y%{endif}"', "y"],
  ['"%{for x in ["a", "b"]}${x},%{endfor}"', "a,b,"],
  ['"%{for k, x in {b = 1, a = 2}}${k}=${x};%{endfor}"', "a=2;b=1;"],
  ['"%{for x in local.set}<${x}>%{endfor}"', "<a><b>"],
  ['"%{for i, x in local.list}%{if i > 0}, %{endif}${x}%{endfor}"', "a, b"],
];

const UNKNOWN_AND_SENSITIVE: ValueRow[] = [
  ['"a${local.uk}b"', UNKNOWN, "string"],
  ['"${local.u}"', UNKNOWN, "dynamic"],
  ['"a${local.u}"', UNKNOWN, "string"],
  ['"%{if local.u}y%{endif}"', UNKNOWN, "string"],
  ['"%{for x in local.u}${x}%{endfor}"', UNKNOWN, "string"],
  ['"%{for x in local.ul}${x}%{endfor}"', UNKNOWN, "string"],
  ['"a${var.s}b"', sens("asecretb")],
  ['"${var.s}"', sens("secret")],
  ['"%{if var.sn > 1}a%{endif}"', sens("a")],
  ['"%{for x in var.sl}${x}%{endfor}"', sens("ab")],
  ['"${var.s}${local.uk}"', sens(UNKNOWN)],
];

const ERRORS: ErrorRow[] = [
  [
    '"a${null}b"',
    ["Invalid template interpolation value", "The expression result is null. Cannot include a null value in a string template.", "1:5-1:9"],
  ],
  ['"a${[1]}b"', ["Invalid template interpolation value", "Cannot include the given value in a string template: string required.", "1:5-1:8"]],
  [
    '"a${local.nul}"',
    ["Invalid template interpolation value", "The expression result is null. Cannot include a null value in a string template.", "1:5-1:14"],
  ],
  ['"%{if null}y%{endif}"', ["Null condition", "The condition value is null. Conditions must either be true or false.", "1:7-1:11"]],
  ['"%{if 1}y%{endif}"', ["Incorrect condition type", "The condition expression must be of type bool.", "1:7-1:8"]],
  [
    '"%{for x in [null]}${x}%{endfor}"',
    ["Invalid template interpolation value", "The expression result is null. Cannot include a null value in a string template.", "1:22-1:23"],
  ],
  [
    '"%{for x in [[1]]}${x}%{endfor}"',
    ["Invalid template interpolation value", "Cannot include the given value in a string template: string required.", "1:21-1:22"],
  ],
  ['"%{for x in null}${x}%{endfor}"', ["Iteration over null value", "A null value cannot be used as the collection in a 'for' expression.", "1:13-1:17"]],
  [
    '"%{for x in 5}${x}%{endfor}"',
    ["Iteration over non-iterable value", "A value of type number cannot be used as the collection in a 'for' expression.", "1:13-1:14"],
  ],
  [
    "<<EOT\nhello\n${null}\nEOT\n",
    ["Invalid template interpolation value", "The expression result is null. Cannot include a null value in a string template.", "3:3-3:7"],
  ],
  [
    "<<-EOT\n  a ${[1]}\n  EOT\n",
    ["Invalid template interpolation value", "Cannot include the given value in a string template: string required.", "2:7-2:10"],
  ],
];

describe("templates", () => {
  test.for(VALUES)("value: %s", (row) => expectValue(row));
  test.for(UNKNOWN_AND_SENSITIVE)("unknown or sensitive: %s", (row) => expectValue(row));
  test.for(ERRORS)("error: %s", (row) => expectErrors(row));

  test("an unknown result keeps its known prefix, without a final character that could still combine", () => {
    expect(run('"id-${local.uk}"').value.refinement).toEqual({ notNull: true, stringPrefix: "id-" });
    expect(run('"abc${local.uk}"').value.refinement).toEqual({ notNull: true, stringPrefix: "ab" });
  });
});
