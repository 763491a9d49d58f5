import { describe, expect, test } from "vitest";
import { nativeFileBody } from "../../../lang/eval/native-body.js";
import type { Body, BodySchema } from "../../../lang/hcl/body.js";
import { parseConfig } from "../../../lang/syntax/parse.js";
import { toJS } from "../../helpers/values.js";
import { CTX, describeDiag, shortRange } from "./eval-fixtures.js";

// hclsyntax's Body behaviour; the diagnostic texts and ranges are those `terraform validate -json`
// (Terraform v1.11.4) reports for the same configuration.

function body(src: string): Body {
  const { file, diagnostics } = parseConfig(src, "main.tf");
  expect(diagnostics).toEqual([]);
  return nativeFileBody(file);
}

const FILE: BodySchema = {
  blocks: [
    { type: "output", labelNames: ["name"] },
    { type: "variable", labelNames: ["name"] },
    { type: "resource", labelNames: ["type", "name"] },
    { type: "locals" },
  ],
};

const OUTPUT: BodySchema = {
  attributes: [{ name: "value", required: true }, { name: "description" }, { name: "sensitive" }],
  blocks: [{ type: "precondition" }],
};

function outputBody(src: string): Body {
  const { content } = body(src).content(FILE);
  return content.blocks[0]!.body;
}

describe("native bodies", () => {
  test("a missing required argument points at the start of the block body", () => {
    const r = outputBody('output "o" {\n  description = "x"\n}\n').content(OUTPUT);
    expect(r.diagnostics.map(describeDiag)).toEqual([
      ["Missing required argument", 'The argument "value" is required, but no definition was found.', "1:12-1:12"],
    ]);
    expect([...r.content.attributes.keys()]).toEqual(["description"]);
    expect(shortRange(r.content.missingItemRange)).toBe("1:12-1:12");
  });

  test("arguments and blocks the schema does not name are errors, with suggestions", () => {
    const src = 'output "p" {\n  value = 1\n  bogus = 2\n  sensitiv = true\n  valu {\n  }\n  value {\n  }\n  precondtion {}\n}\n';
    const r = outputBody(src).content(OUTPUT);
    expect(r.diagnostics.map(describeDiag)).toEqual([
      ["Unsupported argument", 'An argument named "bogus" is not expected here.', "3:3-3:8"],
      ["Unsupported argument", 'An argument named "sensitiv" is not expected here. Did you mean "sensitive"?', "4:3-4:11"],
      ["Unsupported block type", 'Blocks of type "valu" are not expected here.', "5:3-5:7"],
      [
        "Unsupported block type",
        'Blocks of type "value" are not expected here. Did you mean to define argument "value"? If so, use the equals sign to assign it a value.',
        "7:3-7:8",
      ],
      ["Unsupported block type", 'Blocks of type "precondtion" are not expected here. Did you mean "precondition"?', "9:3-9:14"],
    ]);
  });

  test("an argument named like a block type suggests the block", () => {
    const r = outputBody('output "p" {\n  value = 1\n  precondition = 2\n}\n').content(OUTPUT);
    expect(r.diagnostics.map(describeDiag)).toEqual([
      ["Unsupported argument", 'An argument named "precondition" is not expected here. Did you mean to define a block of type "precondition"?', "3:3-3:15"],
    ]);
  });

  test("blocks must have exactly the labels the schema names", () => {
    const src = 'variable "v" "w" {\n}\nresource "x" {\n}\nlocals "l" {\n}\noutput "ok" {\n}\n';
    const r = body(src).content(FILE);
    expect(r.diagnostics.map(describeDiag)).toEqual([
      ["Extraneous label for variable", "Only 1 labels (name) are expected for variable blocks.", "1:14-1:17"],
      ["Missing name for resource", "All resource blocks must have 2 labels (type, name).", "3:14-3:15"],
      ["Extraneous label for locals", "No labels are expected for locals blocks.", "5:8-5:11"],
    ]);
    expect(r.content.blocks.map((b) => [b.type, b.labels, shortRange(b.defRange)])).toEqual([["output", ["ok"], "7:1-7:12"]]);
  });

  test("justAttributes rejects blocks but still returns the attributes", () => {
    const r = body("a = 1\nb {}\nc = 2\n").justAttributes();
    expect(r.diagnostics.map(describeDiag)).toEqual([['Unexpected "b" block', "Blocks are not allowed here.", "2:1-2:2"]]);
    expect([...r.attributes.keys()]).toEqual(["a", "c"]);
  });

  test("partialContent leaves what it did not take for the remaining body", () => {
    const b = body('a = 1\nb = 2\nblk "x" {}\n');
    const first = b.partialContent({ attributes: [{ name: "a" }], blocks: [{ type: "blk", labelNames: ["n"] }] });
    expect(first.diagnostics).toEqual([]);
    expect([...first.content.attributes.keys()]).toEqual(["a"]);
    expect(first.content.blocks.map((x) => x.labels)).toEqual([["x"]]);
    const rest = first.remain.content({ attributes: [{ name: "b" }] });
    expect(rest.diagnostics).toEqual([]);
    expect([...rest.content.attributes.keys()]).toEqual(["b"]);
    expect([...first.remain.justAttributes().attributes.keys()]).toEqual(["b"]);
  });

  test("attributes carry expressions that evaluate later and report their references", () => {
    const r = body("x = upper(var.s)\ny = [for v in local.list: v if v != local.nope]\n").justAttributes();
    const x = r.attributes.get("x")!;
    expect(toJS(x.expr.value(CTX).value)).toEqual({ sensitive: "SECRET" });
    expect(shortRange(x.expr.range)).toBe("1:5-1:17");
    expect(shortRange(x.expr.startRange)).toBe("1:5-1:11");
    expect(shortRange(x.nameRange)).toBe("1:1-1:2");
    const y = r.attributes.get("y")!;
    expect(y.expr.variables().map((t) => t.map((s) => ("name" in s ? s.name : "?")).join("."))).toEqual(["local.list", "local.nope"]);
  });
});
