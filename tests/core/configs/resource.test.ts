import { describe, expect, test } from "vitest";
import { decodeResourceBlock } from "../../../core/configs/resource.js";
import type { Resource } from "../../../core/configs/model.js";
import { brief, onlyBlock, readFixture, textAt, topBlocks, traversalText } from "./resource-fixtures.js";

// What resource and data blocks decode into: the meta-arguments in the model, everything else left
// in `config`. The diagnostics themselves are checked against Terraform in resource-fixtures.test.ts.

function decode(src: string, filename = "main.tf"): { resource: Resource; diags: ReturnType<typeof brief>[] } {
  const block = onlyBlock(src, filename);
  const r = decodeResourceBlock(block, block.type === "data" ? "data" : "managed");
  expect(r.resource).toBeDefined();
  return { resource: r.resource!, diags: r.diagnostics.map(brief) };
}

describe("managed resources", () => {
  const src = readFixture("fixtures/config/res-valid-managed/main.tf");
  const [a, b] = topBlocks(src).map((blk) => decodeResourceBlock(blk, "managed"));

  test("meta-arguments are decoded and nothing is reported", () => {
    expect(a!.diagnostics).toEqual([]);
    const r = a!.resource!;
    expect([r.mode, r.type, r.name]).toEqual(["managed", "terraform_data", "a"]);
    expect(textAt(src, r.count!.range)).toBe("2");
    expect(r.forEach).toBeUndefined();
    expect(r.provider).toMatchObject({ name: "terraform" });
    expect(r.provider!.alias).toBeUndefined();
    expect(r.dependsOn.map(traversalText)).toEqual(["terraform_data.b", "terraform_data.c"]);
    expect(textAt(src, r.declRange)).toBe('resource "terraform_data" "a"');
    expect(textAt(src, r.typeRange)).toBe('"terraform_data"');
  });

  test("lifecycle arguments and conditions", () => {
    const r = a!.resource!;
    expect(r.lifecycle.createBeforeDestroy).toBe(true);
    expect(r.lifecycle.preventDestroy).toBe(false);
    expect(r.lifecycle.ignoreChanges.map(traversalText)).toEqual(["input", "triggers_replace"]);
    expect(r.lifecycle.ignoreAllChanges).toBe(false);
    expect(r.lifecycle.replaceTriggeredBy.map((e) => textAt(src, e.range))).toEqual(["terraform_data.b.output", "terraform_data.b"]);
    expect(r.preconditions.map((c) => textAt(src, c.condition.range))).toEqual(['var.x != ""']);
    expect(r.postconditions.map((c) => textAt(src, c.errorMessage.range))).toEqual(['"output must be x."']);
    expect(textAt(src, r.postconditions[0]!.range)).toBe("postcondition");
  });

  test("connection and provisioners", () => {
    const r = a!.resource!;
    expect([...r.connection!.justAttributes().attributes.keys()]).toEqual(["type", "host"]);
    expect(r.provisioners.map((p) => [p.type, p.when, p.onFailure, p.connection !== undefined])).toEqual([
      ["local-exec", "destroy", "continue", true],
      ["local-exec", "create", "fail", false],
    ]);
    const first = r.provisioners[0]!;
    expect([...first.config.justAttributes().attributes.keys()]).toEqual(["command"]);
    expect(textAt(src, first.declRange)).toBe('provisioner "local-exec"');
  });

  test("an absent lifecycle sets nothing", () => {
    const r = b!.resource!;
    expect(r.lifecycle).toEqual({ ignoreChanges: [], ignoreAllChanges: true, replaceTriggeredBy: [] });
    expect(r.lifecycle.createBeforeDestroy).toBeUndefined();
    expect([r.preconditions, r.postconditions, r.provisioners, r.dependsOn]).toEqual([[], [], [], []]);
    expect(r.connection).toBeUndefined();
  });

  test("non-meta arguments and blocks, dynamic ones too, stay in config", () => {
    const { resource, diags } = decode(`resource "aws_instance" "x" {
  count = 2
  ami   = "a"
  ebs_block_device {
    size = 1
  }
  dynamic "tag" {
    for_each = {}
    content {}
  }
  lifecycle {}
  provider = aws.west
}
`);
    expect(diags).toEqual([]);
    expect(resource.provider).toMatchObject({ name: "aws", alias: "west" });
    const { content, remain, diagnostics } = resource.config.partialContent({
      attributes: [{ name: "ami" }, { name: "count" }, { name: "provider" }],
      blocks: [{ type: "ebs_block_device" }, { type: "dynamic", labelNames: ["type"] }, { type: "lifecycle" }],
    });
    expect(diagnostics).toEqual([]);
    expect([...content.attributes.keys()]).toEqual(["ami"]);
    expect(content.blocks.map((b) => [b.type, ...b.labels])).toEqual([["ebs_block_device"], ["dynamic", "tag"]]);
    expect(remain.justAttributes().attributes.size).toBe(0);
  });

  test("an escaping block's arguments join the config, even meta-argument names", () => {
    const { resource, diags } = decode(`resource "terraform_data" "b" {
  _ {
    input = 1
    count = 3
  }
  input = 2
}
`);
    expect(diags).toEqual([]);
    expect(resource.count).toBeUndefined();
    const r = resource.config.content({ attributes: [{ name: "input" }, { name: "count" }] });
    expect([...r.content.attributes.keys()]).toEqual(["input", "count"]);
    expect(r.diagnostics.map((d) => [d.summary, d.detail, ...brief(d).slice(1)])).toEqual([
      ["Duplicate argument", 'Argument "input" was already set at main.tf:6,3-8', "3:5-3:10"],
    ]);
  });

  test("only `locals` is a reserved block name; others are left for the provider schema", () => {
    // Terraform 1.11 reserves no argument names in resource blocks and only `locals` among block
    // types; `version`, `source` and blocks named like meta-arguments reach the provider's schema,
    // which rejects them as unsupported (see res-reserved-blocks for the `locals` error).
    const { resource, diags } = decode(`resource "terraform_data" "r" {
  version = "1"
  source  = "x"
  count {}
  depends_on {}
}
`);
    expect(diags).toEqual([]);
    expect(resource.count).toBeUndefined();
    const r = resource.config.partialContent({
      attributes: [{ name: "version" }, { name: "source" }],
      blocks: [{ type: "count" }, { type: "depends_on" }],
    });
    expect([...r.content.attributes.keys(), ...r.content.blocks.map((b) => b.type)]).toEqual(["version", "source", "count", "depends_on"]);
  });

  test("a keyword-like provider name is a name", () => {
    const { resource, diags } = decode('resource "terraform_data" "k" {\n  provider = true\n}\n');
    expect(diags).toEqual([]);
    expect(resource.provider).toMatchObject({ name: "true" });
  });

  test("a resource is returned even when it has errors", () => {
    const { resource, diags } = decode('resource "terraform_data" "1x" {\n  count = 1\n  for_each = {}\n}\n');
    expect(diags.map((d) => d[0])).toEqual(["Invalid resource name", 'Invalid combination of "count" and "for_each"']);
    expect(resource.count).toBeDefined();
    expect(resource.forEach).toBeDefined();
  });
});

describe("data resources", () => {
  test("meta-arguments and postconditions", () => {
    const src = readFixture("fixtures/config/res-valid-for-each/main.tf");
    const data = topBlocks(src).find((b) => b.type === "data")!;
    const r = decodeResourceBlock(data, "data");
    expect(r.diagnostics).toEqual([]);
    const res = r.resource!;
    expect([res.mode, res.type, res.name]).toEqual(["data", "terraform_remote_state", "d"]);
    expect(textAt(src, res.forEach!.range)).toBe('toset(["x"])');
    expect(res.dependsOn.map(traversalText)).toEqual(["terraform_data.a"]);
    expect(res.postconditions).toHaveLength(1);
    expect(res.lifecycle).toEqual({ ignoreChanges: [], ignoreAllChanges: false, replaceTriggeredBy: [] });
    expect([...res.config.justAttributes().attributes.keys()]).toEqual(["backend", "config"]);
  });

  test("provisioner and connection blocks are not meta-arguments of data blocks", () => {
    const { resource, diags } = decode(`data "d" "x" {
  connection {}
  provisioner "local-exec" {}
}
`);
    expect(diags).toEqual([]);
    expect(resource.provisioners).toEqual([]);
    const r = resource.config.partialContent({ blocks: [{ type: "connection" }, { type: "provisioner", labelNames: ["type"] }] });
    expect(r.content.blocks.map((b) => b.type)).toEqual(["connection", "provisioner"]);
  });
});

describe("JSON syntax", () => {
  test("the same meta-arguments from a .tf.json file", () => {
    const src = readFixture("fixtures/config/res-json-valid/main.tf.json");
    const [a, b] = topBlocks(src, "main.tf.json").filter((blk) => blk.type === "resource");
    const r = decodeResourceBlock(a!, "managed");
    expect(r.diagnostics).toEqual([]);
    const res = r.resource!;
    expect(textAt(src, res.count!.range)).toBe("2");
    expect(res.provider).toMatchObject({ name: "terraform" });
    expect(res.dependsOn.map(traversalText)).toEqual(["terraform_data.b", "data.terraform_remote_state.e"]);
    expect(res.lifecycle.createBeforeDestroy).toBe(true);
    expect(res.lifecycle.ignoreChanges.map(traversalText)).toEqual(["input"]);
    expect(res.lifecycle.replaceTriggeredBy.map((e) => e.variables().map(traversalText))).toEqual([
      ["terraform_data.b.output"],
      ["terraform_data.b"],
    ]);
    expect(res.preconditions).toHaveLength(1);
    expect(res.connection).toBeDefined();
    expect(res.provisioners.map((p) => [p.when, p.onFailure])).toEqual([
      ["destroy", "continue"],
      ["create", "fail"],
    ]);
    expect(decodeResourceBlock(b!, "managed").resource!.lifecycle.ignoreAllChanges).toBe(true);
  });
});
