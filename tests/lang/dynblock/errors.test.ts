import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import type { Body } from "../../../lang/hcl/body.js";
import { expandDynamicBlocks } from "../../../lang/dynblock/index.js";
import type { Diagnostic } from "../../../lang/source/diagnostics.js";
import { describeDiag, shortRange } from "../eval/eval-fixtures.js";
import { decode, DECODE_CTX, EXPAND_CTX, nativeBody, ROOT } from "./dynblock-fixtures.js";

// Every error of dynamic block expansion, with hcl's texts and exact ranges. The first table is
// checked against what Terraform v1.11.4 printed (`terraform validate -json`, with the hashicorp/aws
// provider for a nested block type) and recorded in fixtures/validate-errors; the second covers what
// that provider cannot show (labels, unknown and marked values), from hcl v2.23's source.

type Row = readonly [name: string, src: string, ...diags: (readonly [string, string, string])[]];

function errors(body: Body): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  decode(expandDynamicBlocks(body, EXPAND_CTX), ROOT, DECODE_CTX, diagnostics);
  return diagnostics;
}

describe("errors Terraform reports for dynamic blocks", () => {
  const dir = new URL("./fixtures/validate-errors/", import.meta.url);
  const src = readFileSync(new URL("main.tf", dir), "utf8");
  const expected = JSON.parse(readFileSync(new URL("expected.json", dir), "utf8")) as { diagnostics: { summary: string; detail: string; range: string }[] };
  const AWS_INSTANCE = {
    attributes: [{ name: "ami" }, { name: "instance_type" }],
    blocks: [{ type: "ebs_block_device", body: { attributes: [{ name: "device_name" }] } }],
  };

  test("match validate -json", () => {
    const file = nativeBody(src).content({ blocks: [{ type: "terraform" }, { type: "provider", labelNames: ["name"] }, { type: "resource", labelNames: ["type", "name"] }] });
    expect(file.diagnostics).toEqual([]);
    const got: Diagnostic[] = [];
    for (const r of file.content.blocks.filter((b) => b.type === "resource")) {
      decode(expandDynamicBlocks(r.body, EXPAND_CTX), AWS_INSTANCE, DECODE_CTX, got);
    }
    got.sort((a, b) => a.subject!.start.byte - b.subject!.start.byte);
    // Terraform's JSON view widens an empty range to one character; hcl's own range is empty.
    const shown = got.map((d) => ({ summary: d.summary, detail: d.detail, range: widenedRange(d) }));
    expect(shown).toEqual(expected.diagnostics);
  });
});

function widenedRange(d: Diagnostic): string {
  const r = d.subject!;
  if (r.start.byte !== r.end.byte) return shortRange(r);
  return shortRange({ ...r, end: { ...r.end, column: r.end.column + 1, byte: r.end.byte + 1 } });
}

const ERRORS: readonly Row[] = [
  [
    "for_each evaluation errors are reported as they are",
    'dynamic "rule" {\n  for_each = var.nope\n  content {}\n}\n',
    ["Unsupported attribute", 'This object does not have an attribute named "nope".', "2:17-2:22"],
  ],
  [
    "a sensitive non-collection is still named by its type",
    'dynamic "rule" {\n  for_each = var.secret_str\n  content {}\n}\n',
    ["Invalid dynamic for_each value", "Cannot use a string value in for_each. An iterable collection is required.", "2:14-2:28"],
  ],
  [
    "a typed null",
    'dynamic "rule" {\n  for_each = var.nul\n  content {}\n}\n',
    ["Invalid dynamic for_each value", "Cannot use a null value in for_each.", "2:14-2:21"],
  ],
  [
    "labels are required for a block type with labels",
    'dynamic "tagged" {\n  for_each = var.ports\n  content {}\n}\n',
    ["Missing required argument", 'The argument "labels" is required, but no definition was found.', "1:18-1:18"],
  ],
  [
    "labels must be a static list",
    'dynamic "tagged" {\n  for_each = var.ports\n  labels   = var.label_list\n  content {}\n}\n',
    ["Invalid expression", "A static list expression is required.", "3:14-3:28"],
  ],
  [
    "too many labels point at the first extra one",
    'dynamic "tagged" {\n  for_each = var.ports\n  labels   = ["a", "b", "c"]\n  content {}\n}\n',
    ["Extraneous dynamic block label", 'Blocks of type "tagged" require 1 label(s).', "3:20-3:23"],
  ],
  [
    "too few labels point at the list",
    'dynamic "pair" {\n  for_each = var.ports\n  labels   = ["a"]\n  content {}\n}\n',
    ["Insufficient dynamic block labels", 'Blocks of type "pair" require 2 label(s).', "3:14-3:19"],
  ],
  [
    "a null label",
    'dynamic "tagged" {\n  for_each = var.ports\n  labels   = [null]\n  content {}\n}\n',
    ["Invalid dynamic block label", "Cannot use a null value as a dynamic block label.", "3:15-3:19"],
    ["Invalid dynamic block label", "Cannot use a null value as a dynamic block label.", "3:15-3:19"],
  ],
  [
    "a label that is not a string",
    'dynamic "tagged" {\n  for_each = ["x"]\n  labels   = [[tagged.value]]\n  content {}\n}\n',
    ["Invalid dynamic block label", "Cannot use this value as a dynamic block label: string required.", "3:15-3:29"],
  ],
  [
    "an unknown label",
    'dynamic "tagged" {\n  for_each = ["x"]\n  labels   = [var.unknown_str]\n  content {}\n}\n',
    ["Invalid dynamic block label", "This value is not yet known. Dynamic block labels must be immediately-known values.", "3:15-3:30"],
  ],
  [
    "a label from the iterator of an unknown for_each is unknown too",
    'dynamic "tagged" {\n  for_each = var.unknown\n  labels   = [tagged.key]\n  content {}\n}\n',
    ["Invalid dynamic block label", "This value is not yet known. Dynamic block labels must be immediately-known values.", "3:15-3:25"],
  ],
  [
    "a sensitive label",
    'dynamic "tagged" {\n  for_each = ["x"]\n  labels   = [var.secret_str]\n  content {}\n}\n',
    ["Invalid dynamic block label", "This value has dynamic marks that make it unsuitable for use as a block label.", "3:15-3:29"],
  ],
  [
    "label evaluation errors",
    'dynamic "tagged" {\n  for_each = ["x"]\n  labels   = [tagged.nope]\n  content {}\n}\n',
    ["Unsupported attribute", 'This object does not have an attribute named "nope".', "3:21-3:26"],
  ],
  [
    "a dynamic block without a label",
    "dynamic {\n}\n",
    ["Missing type for dynamic", "All dynamic blocks must have 1 labels (type).", "1:9-1:10"],
  ],
  [
    "a dynamic block nested in a dynamic block's own body",
    'dynamic "outer" {\n  for_each = [1]\n  dynamic "inner" {\n    for_each = [1]\n    content {}\n  }\n  content {}\n}\n',
    ["Unsupported block type", 'Blocks of type "dynamic" are not expected here.', "3:3-3:10"],
  ],
  [
    "errors inside generated content are the content's own",
    'dynamic "rule" {\n  for_each = [1, 2]\n  content {\n    bogus = rule.value\n  }\n}\n',
    ["Unsupported argument", 'An argument named "bogus" is not expected here.', "4:5-4:10"],
    ["Unsupported argument", 'An argument named "bogus" is not expected here.', "4:5-4:10"],
  ],
  [
    "content errors are reported even when for_each is unknown",
    'dynamic "rule" {\n  for_each = var.unknown\n  content {\n    bogus = 1\n  }\n}\n',
    ["Unsupported argument", 'An argument named "bogus" is not expected here.', "4:5-4:10"],
  ],
  [
    "nested dynamic blocks report their own errors once per outer element",
    'dynamic "outer" {\n  for_each = [1, 2]\n  content {\n    dynamic "inner" {\n      for_each = outer.value\n      content {}\n    }\n  }\n}\n',
    ["Invalid dynamic for_each value", "Cannot use a number value in for_each. An iterable collection is required.", "5:18-5:29"],
    ["Invalid dynamic for_each value", "Cannot use a number value in for_each. An iterable collection is required.", "5:18-5:29"],
  ],
];

describe("errors from hcl's dynblock", () => {
  test.each(ERRORS.map((row) => [row[0], row] as const))("%s", (_name, [, src, ...diags]) => {
    expect(errors(nativeBody(src)).map(describeDiag)).toEqual(diags);
  });

  test("a failed dynamic block generates nothing, and the others still expand", () => {
    const src = 'dynamic "rule" {\n  for_each = null\n  content {}\n}\ndynamic "rule" {\n  for_each = [7]\n  content {\n    port = rule.value\n  }\n}\n';
    const diagnostics: Diagnostic[] = [];
    const out = decode(expandDynamicBlocks(nativeBody(src), EXPAND_CTX), ROOT, DECODE_CTX, diagnostics);
    expect(diagnostics.map((d) => d.summary)).toEqual(["Invalid dynamic for_each value"]);
    expect(out.blocks).toEqual([["rule", { port: 7 }]]);
  });
});
