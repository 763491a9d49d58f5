import { describe, expect, test } from "vitest";
import { expandDynamicBlocks } from "../../../lang/dynblock/index.js";
import type { Diagnostic } from "../../../lang/source/diagnostics.js";
import { UNKNOWN } from "../../helpers/values.js";
import { describeDiag } from "../eval/eval-fixtures.js";
import { decode, DECODE_CTX, EXPAND_CTX, jsonBody, nativeBody, ROOT, type DecodedBlock } from "./dynblock-fixtures.js";

// Expansion of valid dynamic blocks, decoded recursively against ROOT. The behaviour is hcl v2.23's
// ext/dynblock (the version Terraform v1.11 uses): iteration order is cty's (lists by index, sets in
// set order, maps and objects by key), marks on for_each reach every attribute of the generated
// blocks, and an unknown for_each yields one block whose contents are all unknown.

type Row = readonly [name: string, src: string, blocks: readonly DecodedBlock[]];

const S = (x: unknown) => ({ sensitive: x });

const ROWS: readonly Row[] = [
  [
    "a list, with the default iterator named after the block type",
    'dynamic "rule" {\n  for_each = var.ports\n  content {\n    port  = rule.value\n    index = rule.key\n  }\n}\n',
    [
      ["rule", { port: 80, index: 0 }],
      ["rule", { port: 443, index: 1 }],
    ],
  ],
  [
    "generated blocks sit where the dynamic block is, between static ones",
    'rule {\n  v = "first"\n}\ndynamic "rule" {\n  for_each = ["a", "b"]\n  content {\n    v = rule.value\n  }\n}\nrule {\n  v = "last"\n}\n',
    [
      ["rule", { v: "first" }],
      ["rule", { v: "a" }],
      ["rule", { v: "b" }],
      ["rule", { v: "last" }],
    ],
  ],
  [
    "a map, by key",
    'dynamic "rule" {\n  for_each = var.tags\n  content {\n    index = rule.key\n    v     = rule.value\n  }\n}\n',
    [
      ["rule", { index: "a", v: "x" }],
      ["rule", { index: "b", v: "y" }],
    ],
  ],
  [
    "a set: the key is the element",
    'dynamic "rule" {\n  for_each = var.names\n  content {\n    index = rule.key\n    v     = rule.value\n  }\n}\n',
    [
      ["rule", { index: "a", v: "a" }],
      ["rule", { index: "b", v: "b" }],
    ],
  ],
  [
    "an object, by attribute name",
    'dynamic "rule" {\n  for_each = var.obj\n  content {\n    index = rule.key\n    v     = rule.value\n  }\n}\n',
    [
      ["rule", { index: "a", v: "two" }],
      ["rule", { index: "z", v: 1 }],
    ],
  ],
  [
    "a tuple of objects",
    'dynamic "rule" {\n  for_each = [{ p = 1 }, { p = 2 }]\n  content {\n    port = rule.value.p\n  }\n}\n',
    [
      ["rule", { port: 1 }],
      ["rule", { port: 2 }],
    ],
  ],
  ["an empty collection generates nothing", 'dynamic "rule" {\n  for_each = var.empty\n  content {\n    v = rule.value\n  }\n}\n', []],
  [
    "a custom iterator; the block type is then not a variable",
    'dynamic "rule" {\n  for_each = var.ports\n  iterator = p\n  content {\n    port = p.value\n  }\n}\n',
    [
      ["rule", { port: 80 }],
      ["rule", { port: 443 }],
    ],
  ],
  [
    "labels are evaluated per element",
    'dynamic "tagged" {\n  for_each = var.tags\n  labels   = [tagged.key]\n  content {\n    v = tagged.value\n  }\n}\n',
    [
      ['tagged "a"', { v: "x" }],
      ['tagged "b"', { v: "y" }],
    ],
  ],
  [
    "labels are converted to strings and may use the outer context",
    'dynamic "pair" {\n  for_each = var.ports\n  iterator = it\n  labels   = [it.value, "${var.str}-${it.key}"]\n  content {}\n}\n',
    [
      ['pair "80" "abc-0"', {}],
      ['pair "443" "abc-1"', {}],
    ],
  ],
  [
    "nested dynamic blocks see the outer iterator",
    'dynamic "outer" {\n  for_each = var.groups\n  content {\n    name = outer.key\n    dynamic "inner" {\n      for_each = outer.value\n      content {\n        v = "${outer.key}/${inner.value}"\n      }\n    }\n  }\n}\n',
    [
      ["outer", { name: "db", blocks: [["inner", { v: "db/d1" }]] }],
      [
        "outer",
        {
          name: "web",
          blocks: [
            ["inner", { v: "web/w1" }],
            ["inner", { v: "web/w2" }],
          ],
        },
      ],
    ],
  ],
  [
    "static blocks inside generated content see the iterator too",
    'dynamic "outer" {\n  for_each = ["a", "b"]\n  iterator = o\n  content {\n    static {\n      v = "${o.value}${local.suffix}"\n    }\n  }\n}\n',
    [
      ["outer", { blocks: [["static", { v: "a!" }]] }],
      ["outer", { blocks: [["static", { v: "b!" }]] }],
    ],
  ],
  [
    "dynamic blocks inside static blocks are expanded",
    'outer {\n  name = "o"\n  dynamic "inner" {\n    for_each = var.names\n    content {\n      v = inner.value\n    }\n  }\n}\n',
    [["outer", { name: "o", blocks: [["inner", { v: "a" }], ["inner", { v: "b" }]] }]],
  ],
  [
    "an unknown for_each gives one block whose values are all unknown",
    'dynamic "outer" {\n  for_each = var.unknown\n  content {\n    name = "fixed"\n    static {\n      v = outer.value\n    }\n    dynamic "inner" {\n      for_each = outer.value\n      content {\n        v = 1\n      }\n    }\n  }\n}\n',
    [
      [
        "outer",
        {
          unknownBody: true,
          name: UNKNOWN,
          blocks: [
            ["static", { unknownBody: true, v: UNKNOWN }],
            ["inner", { unknownBody: true, v: UNKNOWN }],
          ],
        },
      ],
    ],
  ],
  [
    "a sensitive for_each makes every generated value sensitive, literals too",
    'dynamic "rule" {\n  for_each = var.secret\n  content {\n    v     = rule.value\n    index = rule.key\n    fixed = "x"\n  }\n}\n',
    [
      ["rule", { sensitiveBody: true, v: S("s1"), index: S(0), fixed: S("x") }],
      ["rule", { sensitiveBody: true, v: S("s2"), index: S(1), fixed: S("x") }],
    ],
  ],
  [
    "sensitive elements stay sensitive on their own",
    'dynamic "rule" {\n  for_each = var.mixed\n  content {\n    v     = rule.value\n    fixed = "x"\n  }\n}\n',
    [
      ["rule", { v: S("a"), fixed: "x" }],
      ["rule", { v: "b", fixed: "x" }],
    ],
  ],
  [
    "a sensitive unknown for_each gives sensitive unknowns",
    'dynamic "rule" {\n  for_each = var.secret_unknown\n  content {\n    v = rule.value\n  }\n}\n',
    [["rule", { unknownBody: true, sensitiveBody: true, v: S(UNKNOWN) }]],
  ],
];

function expand(src: string): { result: Record<string, unknown>; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const result = decode(expandDynamicBlocks(nativeBody(src), EXPAND_CTX), ROOT, DECODE_CTX, diagnostics);
  return { result, diagnostics };
}

describe("dynamic block expansion", () => {
  test.each(ROWS)("%s", (_name, src, blocks) => {
    const { result, diagnostics } = expand(src);
    expect(diagnostics.map(describeDiag)).toEqual([]);
    expect(result.blocks ?? []).toEqual(blocks);
  });

  test("attributes outside dynamic blocks pass through", () => {
    const { result, diagnostics } = expand('name = "${var.str}${local.suffix}"\nrule {\n  port = 1\n}\n');
    expect(diagnostics).toEqual([]);
    expect(result).toEqual({ name: "abc!", blocks: [["rule", { port: 1 }]] });
  });

  test("the JSON syntax expands the same way", () => {
    const src = JSON.stringify({
      rule: { v: "static" },
      dynamic: {
        rule: { for_each: "${var.ports}", iterator: "p", content: { port: "${p.value}", index: "${p.key}" } },
        tagged: { for_each: "${var.tags}", labels: ["${tagged.key}"], content: { v: "${tagged.value}${local.suffix}" } },
      },
    });
    const diagnostics: Diagnostic[] = [];
    const result = decode(expandDynamicBlocks(jsonBody(src), EXPAND_CTX), ROOT, DECODE_CTX, diagnostics);
    expect(diagnostics.map(describeDiag)).toEqual([]);
    expect(result.blocks).toEqual([
      ["rule", { v: "static" }],
      ["rule", { port: 80, index: 0 }],
      ["rule", { port: 443, index: 1 }],
      ['tagged "a"', { v: "x!" }],
      ['tagged "b"', { v: "y!" }],
    ]);
  });
});
