import { describe, expect, test } from "vitest";
import { friendlyName, friendlyNameForConstraint, typeString } from "../../../lang/types/type-string.js";
import { ty } from "./type-syntax.js";

// typeString expectations are `type(...)` as Terraform v1.11's console printed it.

describe("typeString (console type())", () => {
  const rows: [src: string, want: string][] = [
    ["number", "number"],
    ["any", "dynamic"],
    ["list(number)", "list(number)"],
    ["map(dynamic)", "map(dynamic)"],
    ["list(list(map(number)))", "list(list(map(number)))"],
    ["map(list(string))", "map(list(string))"],
    ["object({})", "object({})"],
    ["tuple([])", "tuple([])"],
    ["object({a=number})", "object({\n    a: number,\n})"],
    ["tuple([number, string])", "tuple([\n    number,\n    string,\n])"],
    ["set(tuple([number]))", "set(\n    tuple([\n        number,\n    ]),\n)"],
    ["map(object({}))", "map(\n    object({}),\n)"],
    ["list(tuple([]))", "list(\n    tuple([]),\n)"],
    ["list(list(object({a=number})))", "list(list(\n    object({\n        a: number,\n    }),\n))"],
    [
      "object({a=object({b=tuple([number])}), c=map(bool)})",
      "object({\n    a: object({\n        b: tuple([\n            number,\n        ]),\n    }),\n    c: map(bool),\n})",
    ],
    [
      "object({a=list(object({b=number})), c=tuple([list(number)]), d=map(list(object({})))})",
      "object({\n    a: list(\n        object({\n            b: number,\n        }),\n    ),\n    c: tuple([\n        list(number),\n    ]),\n    d: map(list(\n        object({}),\n    )),\n})",
    ],
  ];
  test.each(rows)("%s", (src, want) => {
    expect(typeString(ty(src.replace("dynamic", "any")))).toBe(want);
  });
});

describe("friendly names", () => {
  const rows: [src: string, friendly: string, constraint: string][] = [
    ["string", "string", "string"],
    ["any", "dynamic", "any type"],
    ["list(any)", "list of dynamic", "list of any single type"],
    ["map(list(any))", "map of list of dynamic", "map of list of any single type"],
    ["set(object({a=number}))", "set of object", "set of object"],
    ["tuple([string])", "tuple", "tuple"],
  ];
  test.each(rows)("%s", (src, friendly, constraint) => {
    expect(friendlyName(ty(src))).toBe(friendly);
    expect(friendlyNameForConstraint(ty(src))).toBe(constraint);
  });
});
