import { describe, expect, it } from "vitest";
import { blockReferences } from "../../../core/schemas/index.js";
import type { Traversal } from "../../../lang/syntax/ast.js";
import { loadFixture, schemaOf } from "./schema-fixtures.js";

// The references a body makes under its schema (blocktoattr.ExpandedVariables): arguments the schema
// allows at every depth it describes, arguments written as blocks, dynamic blocks' for_each and
// content, never a dynamic block's own iterators. What the schema does not allow is not walked:
// `terraform validate` reports reference-walk's undeclared variables in an unsupported argument and
// an unsupported block only as "Unsupported argument" and "Unsupported block type" (its golden file,
// checked in decode-fixtures.test.ts).

const ROWS = [
  [
    "reference-walk",
    "aws_security_group.refs",
    ["var.name", "var.port", "var.port", "local.proto", "var.rules", "local.proto", "var.cidrs", "var.timeout"],
  ],
  ["reference-walk", "aws_lb_listener.nested", ["var.name", "var.rules", "var.name", "var.port"]],
  ["dynamic-iterator", "aws_lb_listener.nested", ["local.groups"]],
  ["dynamic-iterator", "aws_instance.iter", []],
  ["valid-lb-listener", "aws_lb_listener.front", ["var.arns"]],
  ["sensitive", "aws_instance.i", ["local.devices"]],
  ["sensitive", "aws_db_instance.db", ["var.password", "var.tags"]],
  ["terraform-data", "terraform_data.full", ["var.secret"]],
  ["json-syntax", "aws_security_group.json", []],
  ["dynamic-map-blocks", "test_blocks.known", ["local.names"]],
  ["nested-attributes", "test_nested.full", ["var.key"]],
] as const;

describe("blockReferences", () => {
  it.each(ROWS)("%s %s", (fixture, address, expected) => {
    const r = loadFixture(fixture).managedResources.get(address)!;
    const refs = blockReferences(r.config, schemaOf("managed", r.type).block);
    expect(refs.map(traversalText)).toEqual(expected);
  });
});

function traversalText(t: Traversal): string {
  const [root, ...steps] = t;
  return root.name + steps.map((s) => (s.type === "TraverseAttr" ? `.${s.name}` : `[${JSON.stringify(s.key)}]`)).join("");
}
