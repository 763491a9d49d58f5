import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BoolType, DynamicPseudoType, listOf, mapOf, NumberType, objectOf, setOf, StringType, typeEquals, type Type } from "../../lang/types/type.js";
import { schemaFromJson, schemaJsonText, schemaToJson } from "../../providers/schema-json.js";
import { impliedType, type Schema } from "../../providers/schema.js";

// Schemas in the form `terraform providers schema -json` prints: provider-schemas.json holds real
// output of Terraform v1.11.4 for some aws resource types and data sources, the aws provider's own
// schema (trimmed) and the test provider's schemas; each must read and write back unchanged, field
// order included.

const FIXTURES = new URL("../../fixtures/schemas/", import.meta.url);
const document = JSON.parse(readFileSync(new URL("provider-schemas.json", FIXTURES), "utf8")) as {
  provider_schemas: Record<string, { provider: unknown; resource_schemas: Record<string, unknown>; data_source_schemas: Record<string, unknown> }>;
};

const ALL: [string, unknown][] = [];
for (const [source, p] of Object.entries(document.provider_schemas)) {
  ALL.push([`${source} provider`, p.provider]);
  for (const [name, s] of Object.entries(p.resource_schemas)) ALL.push([name, s]);
  for (const [name, s] of Object.entries(p.data_source_schemas)) ALL.push([`data ${name}`, s]);
}
ALL.push(["terraform_data", JSON.parse(readFileSync(new URL("terraform-data-schema.json", FIXTURES), "utf8"))]);

function schemaNamed(name: string): Schema {
  return schemaFromJson(ALL.find(([n]) => n === name)![1]);
}

describe("schemaFromJson and schemaToJson", () => {
  it.each(ALL)("%s reads and writes back as Terraform printed it", (_, json) => {
    expect(JSON.stringify(schemaToJson(schemaFromJson(json)))).toBe(JSON.stringify(json));
  });

  it.each([
    ["aws_instance", "root_block_device", "list", undefined, 1],
    ["aws_instance", "ebs_block_device", "set", undefined, undefined],
    ["aws_instance", "timeouts", "single", undefined, undefined],
    ["aws_lb_listener", "default_action", "list", 1, undefined],
    ["test_blocks", "required_single", "single", 1, 1],
    ["test_blocks", "grouped", "group", undefined, undefined],
    ["test_blocks", "mapped", "map", undefined, undefined],
  ] as const)("%s.%s: %s nesting, min %s, max %s", (resource, block, nesting, min, max) => {
    const nb = schemaNamed(resource).block.blocks![block]!;
    expect([nb.nesting, nb.minItems, nb.maxItems]).toEqual([nesting, min, max]);
  });

  it.each([
    ["aws_instance", "vpc_security_group_ids", setOf(StringType), "optional,computed"],
    ["aws_instance", "arn", StringType, "computed"],
    ["aws_instance", "cpu_core_count", NumberType, "optional,computed,deprecated"],
    ["aws_lb_listener", "load_balancer_arn", StringType, "required"],
    ["aws_db_instance", "password", StringType, "optional,sensitive"],
    ["aws_db_instance", "password_wo", StringType, "optional,sensitive,writeOnly"],
    ["test_nested", "by_key", mapOf(objectOf({ v: NumberType })), "optional"],
    ["test_nested", "items", listOf(objectOf({ x: StringType, y: BoolType })), "optional"],
    ["terraform_data", "input", DynamicPseudoType, "optional"],
  ] as const)("%s.%s", (resource, attr, type, flags) => {
    const a = schemaNamed(resource).block.attributes[attr]!;
    const set = (["required", "optional", "computed", "sensitive", "deprecated", "writeOnly"] as const).filter((f) => a[f]);
    expect(set.join(",")).toBe(flags);
    expect(typeEquals(attrType(resource, attr), type)).toBe(true);
  });

  it("reads nested attribute types with their nesting and inner flags", () => {
    const single = schemaNamed("test_nested").block.attributes["single"]!.nested!;
    expect(single.nesting).toBe("single");
    expect(single.attributes["a"]).toEqual({ type: StringType, required: true });
    expect(single.attributes["secret"]).toEqual({ type: StringType, optional: true, sensitive: true });
  });

  it("keeps descriptions, markdown descriptions and deprecated blocks", () => {
    const json = {
      version: 3,
      block: {
        attributes: { a: { type: "string", description: "A & <b>", description_kind: "markdown", optional: true } },
        description: "The thing.",
        description_kind: "plain",
        deprecated: true,
      },
    };
    const schema = schemaFromJson(json);
    expect(schema.version).toBe(3);
    expect(schema.block.attributes["a"]).toEqual({ type: StringType, description: "A & <b>", descriptionKind: "markdown", optional: true });
    expect(schema.block.deprecated).toBe(true);
    expect(schemaToJson(schema)).toEqual(json);
    expect(schemaJsonText(schema)).toBe(
      '{"version":3,"block":{"attributes":{"a":{"type":"string","description":"A \\u0026 \\u003cb\\u003e","description_kind":"markdown","optional":true}},' +
        '"description":"The thing.","description_kind":"plain","deprecated":true}}',
    );
  });

  it("writes an empty block with its description kind only, and attributes in Go's key order", () => {
    const schema: Schema = { version: 0, block: { attributes: { b: { type: StringType, optional: true }, B: { type: StringType, optional: true } } } };
    expect(schemaJsonText(schema)).toBe('{"version":0,"block":{"attributes":{"B":{"type":"string","description_kind":"plain","optional":true},"b":{"type":"string","description_kind":"plain","optional":true}},"description_kind":"plain"}}');
    expect(schemaJsonText({ version: 1, block: { attributes: {} } })).toBe('{"version":1,"block":{"description_kind":"plain"}}');
  });

  it.each([
    ["not an object", [], "schema: want a JSON object"],
    ["a bad version", { version: -1 }, "version: want a non-negative integer"],
    ["an attribute without a type", { block: { attributes: { a: { optional: true } } } }, 'block.attributes.a: an attribute needs "type" or "nested_type"'],
    ["a bad type", { block: { attributes: { a: { type: ["list"] } } } }, "block.attributes.a.type: invalid type specification"],
    ["a bad nesting mode", { block: { block_types: { b: { nesting_mode: "tree", block: {} } } } }, 'block.block_types.b.nesting_mode: unknown nesting mode "tree"'],
    ["a bad flag", { block: { attributes: { a: { type: "string", optional: "yes" } } } }, "block.attributes.a.optional: want a boolean"],
  ])("throws on %s", (_, json, message) => {
    expect(() => schemaFromJson(json)).toThrow(message);
  });
});

function attrType(resource: string, attr: string): Type {
  const t = impliedType(schemaNamed(resource).block);
  return t.kind === "object" ? t.attributes.get(attr)! : t;
}
