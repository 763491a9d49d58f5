import { describe, expect, it } from "vitest";
import { expressionJson, expressionsJson } from "../../../../cmd/views/json/config-expressions.js";
import { NativeExpression, nativeFileBody } from "../../../../lang/eval/index.js";
import { parseConfig, parseExpression } from "../../../../lang/syntax/parse.js";
import { DynamicPseudoType, StringType } from "../../../../lang/types/type.js";

// Expressions as jsonconfig shows them, one row per expression: the constant value when it evaluates
// with no variables and no functions, and every reference cut back to each object it names. Rows
// are what Terraform v1.11 printed in fixtures/json-format (and a few more made the same way).

const rows: readonly [string, string][] = [
  ['"hello"', '{"constant_value":"hello"}'],
  ["{ a = [1, 2], b = \"<x>\" }", '{"constant_value":{"a":[1,2],"b":"\\u003cx\\u003e"}}'],
  ["null", '{"constant_value":null}'],
  ['upper("x")', "{}"],
  ["var.a", '{"references":["var.a"]}'],
  ['var.items[0]["a"]', '{"references":["var.items[0][\\"a\\"]","var.items[0]","var.items"]}'],
  ["terraform_data.c[0].id", '{"references":["terraform_data.c[0].id","terraform_data.c[0]","terraform_data.c"]}'],
  ['module.multi["x"].inner', '{"references":["module.multi[\\"x\\"].inner","module.multi[\\"x\\"]"]}'],
  ["module.child.id", '{"references":["module.child.id","module.child"]}'],
  ['"${count.index}-${each.key}"', '{"references":["count.index","each.key"]}'],
  ["[for x in [] : var.nn]", '{"constant_value":[],"references":["var.nn"]}'],
  ["var.a + var.a", '{"references":["var.a","var.a"]}'],
  ["data.x.y.outputs.greeting", '{"references":["data.x.y.outputs.greeting","data.x.y.outputs","data.x.y"]}'],
];

describe("expressionJson", () => {
  it.each(rows)("%s", (src, want) => {
    const { expr, diagnostics } = parseExpression(src, "test.tf");
    expect(diagnostics).toEqual([]);
    expect(expressionJson(new NativeExpression(expr)).json).toBe(want);
  });

  it("is empty without an expression", () => {
    expect(expressionJson(undefined)).toEqual({ json: "{}", empty: true });
  });
});

describe("expressionsJson", () => {
  const schema = {
    attributes: { name: { type: StringType, optional: true }, any: { type: DynamicPseudoType, optional: true } },
    blocks: {
      one: { nesting: "single" as const, block: { attributes: { v: { type: StringType, optional: true } } } },
      many: { nesting: "list" as const, block: { attributes: { v: { type: StringType, optional: true } } } },
      keyed: { nesting: "map" as const, block: { attributes: { v: { type: StringType, optional: true } } } },
    },
  };
  const body = (src: string) => nativeFileBody(parseConfig(src, "test.tf").file);

  it.each([
    ["", undefined],
    ['name = "n"\nunknown = 1', '{"name":{"constant_value":"n"}}'],
    ['one {\n  v = "a"\n}', '{"one":{"v":{"constant_value":"a"}}}'],
    ['many {\n  v = "a"\n}\nmany {\n  v = var.b\n}', '{"many":[{"v":{"constant_value":"a"}},{"v":{"references":["var.b"]}}]}'],
    ['keyed "z" {\n  v = "1"\n}\nkeyed "a" {}', '{"keyed":{"a":{},"z":{"v":{"constant_value":"1"}}}}'],
  ] as const)("%j", (src, want) => {
    expect(expressionsJson(body(src), schema)).toBe(want);
  });
});
