import { describe, expect, it } from "vitest";
import { EvalContext } from "../../../lang/hcl/eval-context.js";
import { parseJsonConfig } from "../../../lang/json/parse.js";
import type { BodySchema } from "../../../lang/hcl/body.js";
import { toJS } from "../../helpers/values.js";
import { Value } from "../../../lang/values/value.js";

const schema: BodySchema = {
  attributes: [{ name: "count" }, { name: "name", required: true }],
  blocks: [{ type: "resource", labelNames: ["type", "name"] }, { type: "locals" }],
};

function body(src: string) {
  const { file, diagnostics } = parseJsonConfig(src, "main.tf.json");
  expect(diagnostics).toEqual([]);
  return file.body;
}

describe("JSON bodies", () => {
  it("reads attributes and labelled blocks, skipping // comments", () => {
    const b = body(`{
      "//": "a comment",
      "name": "x",
      "resource": {"terraform_data": {"a": {"input": 1}, "b": [{"input": 2}, {"input": 3}]}},
      "locals": [{"x": 1}, {"y": 2}]
    }`);
    const { content, diagnostics } = b.content(schema);
    expect(diagnostics).toEqual([]);
    expect([...content.attributes.keys()]).toEqual(["name"]);
    expect(content.blocks.map((bl) => [bl.type, ...bl.labels])).toEqual([
      ["resource", "terraform_data", "a"],
      ["resource", "terraform_data", "b"],
      ["resource", "terraform_data", "b"],
      ["locals"],
      ["locals"],
    ]);
    expect(content.blocks[0]!.labelRanges[1]!.start).toMatchObject({ line: 4, column: 39 });
  });

  it("reports extraneous properties with a suggestion, and missing required arguments", () => {
    const b = body('{"nmae": "x", "cuont": 2}');
    const { diagnostics } = b.content(schema);
    expect(diagnostics.map((d) => [d.summary, d.detail])).toEqual([
      ["Missing required argument", 'The argument "name" is required, but no definition was found.'],
      ["Extraneous JSON object property", 'No argument or block type is named "nmae". Did you mean "name"?'],
      ["Extraneous JSON object property", 'No argument or block type is named "cuont". Did you mean "count"?'],
    ]);
    expect(diagnostics[0]!.subject!.start).toEqual({ line: 1, column: 25, byte: 24 });
  });

  it("reports duplicate arguments and wrong value types for blocks", () => {
    const b = body('{"name": "a", "name": "b", "locals": 3}');
    const { diagnostics } = b.content(schema);
    expect(diagnostics.map((d) => d.summary)).toEqual(["Duplicate argument", "Incorrect JSON value type"]);
    expect(diagnostics[0]!.detail).toBe('The argument "name" was already set at main.tf.json:1,2-13.');
  });

  it("reports a block without its labels", () => {
    const { diagnostics } = body('{"name": "a", "resource": {}}').content(schema);
    expect(diagnostics.map((d) => d.summary)).toEqual(["Missing block label"]);
    expect(diagnostics[0]!.detail).toBe("At least one object property is required, whose name represents the resource block's type.");
  });

  it("gives the rest of the body from partialContent", () => {
    const b = body('{"name": "a", "extra": 1}');
    const { remain } = b.partialContent({ attributes: [{ name: "name" }] });
    const rest = remain.justAttributes();
    expect([...rest.attributes.keys()]).toEqual(["extra"]);
  });
});

describe("JSON expressions", () => {
  const ctx = new EvalContext(new Map([["var", Value.object({ a: Value.string("A"), n: Value.numberFrom(2) })]]));

  it("evaluates strings as templates with a context and literally without", () => {
    const attrs = body('{"x": "${var.a}-b", "y": ["${var.n + 1}", 1.5, true, null], "z": {"${var.a}": 1}}').justAttributes().attributes;
    expect(toJS(attrs.get("x")!.expr.value(ctx).value)).toBe("A-b");
    expect(toJS(attrs.get("x")!.expr.value(null).value)).toBe("${var.a}-b");
    expect(toJS(attrs.get("y")!.expr.value(ctx).value)).toEqual([3, 1.5, true, null]);
    expect(toJS(attrs.get("z")!.expr.value(ctx).value)).toEqual({ A: 1 });
  });

  it("keeps big numbers exact", () => {
    const attrs = body('{"n": 9007199254740993}').justAttributes().attributes;
    expect(attrs.get("n")!.expr.value(null).value.asNumber().toString()).toBe("9007199254740993");
  });

  it("finds references inside strings, arrays and object keys", () => {
    const attrs = body('{"x": ["${var.a}", {"${local.k}": "${each.value}"}]}').justAttributes().attributes;
    const refs = attrs.get("x")!.expr.variables().map((t) => t.map((s) => ("name" in s ? s.name : "")).join("."));
    expect(refs).toEqual(["var.a", "local.k", "each.value"]);
  });

  it("reports template errors with ranges inside the JSON string", () => {
    const attrs = body('{\n  "x": "${var.}"\n}').justAttributes().attributes;
    const { diagnostics } = attrs.get("x")!.expr.value(ctx);
    expect(diagnostics[0]!.summary).toBe("Invalid attribute name");
    expect(diagnostics[0]!.subject!.start.line).toBe(2);
    expect(diagnostics[0]!.subject!.start.column).toBe(15);
  });

  it("reports duplicate object attributes", () => {
    const attrs = body('{"x": {"a": 1, "a": 2}}').justAttributes().attributes;
    const { diagnostics } = attrs.get("x")!.expr.value(ctx);
    expect(diagnostics.map((d) => d.summary)).toEqual(["Duplicate object attribute"]);
  });
});
