import { describe, expect, it } from "vitest";
import type { Module } from "../../../core/configs/model.js";
import type { Type } from "../../../lang/types/type.js";
import { Value } from "../../../lang/values/value.js";
import { impliedType } from "../../../providers/schema.js";
import { toJS, UNKNOWN } from "../../helpers/values.js";
import { decodeInModule, loadFixture, schemaOf } from "./schema-fixtures.js";

// The values the decoder makes of the valid fixtures: one row per resource and path, with the input
// variables unknown (as `terraform validate` has them) unless the row gives them. Objects are shown
// without their null attributes, so a row names only what the configuration set; rows whose
// expectation is `null` check that something absent decodes to null. Resources of the fixtures in
// WITH_ERRORS also hold deliberate errors elsewhere; the others must decode without any.

const U = UNKNOWN;
type Row = readonly [fixture: string, address: string, path: string, expected: unknown, vars?: Record<string, Value>];

const ROWS: readonly Row[] = [
  ["valid-instance", "aws_instance.web", "root_block_device", [{ encrypted: true, volume_size: 20 }]],
  ["valid-instance", "aws_instance.web", "ebs_block_device", [{ device_name: "/dev/sdb", volume_size: 100 }, { device_name: "/dev/sdc", volume_size: 50 }]],
  ["valid-instance", "aws_instance.web", "metadata_options", [{ http_tokens: "required" }]],
  ["valid-instance", "aws_instance.web", "vpc_security_group_ids", ["sg-1", "sg-2"]],
  ["valid-instance", "aws_instance.web", "tags", { Name: "web" }],
  ["valid-instance", "aws_instance.web", "subnet_id", U],
  ["valid-instance", "aws_instance.web", "subnet_id", "subnet-9", { subnet: Value.string("subnet-9") }],
  ["valid-instance", "aws_instance.web", "timeouts", null],
  ["valid-instance", "aws_instance.web", "key_name", null],
  ["valid-instance", "aws_instance.web", "network_interface", []],
  ["valid-instance", "aws_instance.web", "cpu_options", []],
  ["valid-security-group-blocks", "aws_security_group.blocks", "ingress", [
    { cidr_blocks: ["0.0.0.0/0"], from_port: 443, protocol: "tcp", to_port: 443 },
    { from_port: 22, protocol: "tcp", self: true, to_port: 22 },
  ]],
  ["valid-security-group-blocks", "aws_security_group.blocks", "egress", null],
  ["valid-security-group-blocks", "aws_security_group.blocks", "timeouts", { create: "5m" }],
  ["valid-security-group-blocks", "aws_security_group.attrs", "egress", [
    { cidr_blocks: ["0.0.0.0/0"], from_port: 0, ipv6_cidr_blocks: [], prefix_list_ids: [], protocol: "-1", security_groups: [], self: false, to_port: 0 },
  ]],
  ["valid-security-group-blocks", "aws_security_group.empty", "ingress", []],
  ["valid-lb-listener", "aws_lb_listener.front", "default_action.0.forward.0.target_group", U],
  ["valid-lb-listener", "aws_lb_listener.front", "default_action.0.forward.0.target_group", [{ arn: "a", weight: 1 }, { arn: "b", weight: 2 }], {
    arns: Value.map({ a: Value.numberFrom(1), b: Value.numberFrom(2) }),
  }],
  ["valid-lb-listener", "aws_lb_listener.front", "default_action.0.forward.0.stickiness", [{ duration: 600, enabled: true }]],
  ["valid-lb-listener", "aws_lb_listener.front", "default_action.1", {
    authenticate_cognito: [], authenticate_oidc: [], fixed_response: [{ content_type: "text/plain", status_code: "404" }],
    forward: [], order: 2, redirect: [], type: "fixed-response",
  }],
  ["valid-autoscaling-tags", "aws_autoscaling_group.web", "tag", [
    { key: "Name", propagate_at_launch: true, value: "web" },
    { key: "team", propagate_at_launch: false, value: "web" },
  ]],
  ["valid-autoscaling-tags", "aws_autoscaling_group.web", "launch_template", [{ id: "lt-1", version: "$Latest" }]],
  ["valid-s3-bucket", "aws_s3_bucket.logs", "lifecycle_rule.0.expiration", [{ days: 30 }]],
  ["valid-s3-bucket", "aws_s3_bucket.logs", "lifecycle_rule.0.transition", [
    { days: 14, storage_class: "GLACIER" },
    { days: 7, storage_class: "STANDARD_IA" },
  ]],
  ["valid-s3-bucket", "aws_s3_bucket.logs", "server_side_encryption_configuration", [{ rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: "AES256" }] }] }]],
  ["dynamic-block-to-attribute", "aws_security_group.known", "ingress", [
    { cidr_blocks: ["0.0.0.0/0"], description: "https", from_port: 443, protocol: "tcp", to_port: 443 },
    { cidr_blocks: ["10.0.0.0/8"], description: "ssh", from_port: 22, protocol: "tcp", to_port: 22 },
  ]],
  ["dynamic-block-to-attribute", "aws_security_group.none", "egress", null],
  ["dynamic-unknown", "aws_instance.unknown_many", "root_block_device", U],
  ["dynamic-unknown", "aws_lb_listener.unknown", "default_action", U],
  ["dynamic-unknown", "aws_security_group.unknown_ingress", "ingress", [{ from_port: U, protocol: U, to_port: U }]],
  ["nested-attributes", "test_nested.full", "single", { a: "x", b: 2, secret: "s" }],
  ["nested-attributes", "test_nested.full", "items", [{ x: "one" }, { x: "two", y: true }]],
  ["nested-attributes", "test_nested.full", "members", [{ k: "a" }, { k: "b" }]],
  ["nested-attributes", "test_nested.full", "by_key", { first: { v: 1 }, second: {} }],
  ["nested-attributes", "test_nested.full", "deep", { inner: [{ z: U }] }],
  ["nested-attributes", "test_nested.full", "deep", { inner: [{ z: "k" }] }, { key: Value.string("k") }],
  ["nested-attributes", "test_nested.full", "any_items", [{ d: 1 }, { d: 2 }]],
  ["nested-attributes", "test_nested.full", "anything", { a: [1, "x"] }],
  ["nested-attributes", "test_nested.full", "computed_only", "set anyway"],
  ["nested-attributes", "test_nested.minimal", "single", null],
  ["nested-attributes", "test_nested.minimal", "items", null],
  ["nested-attributes", "test_nested.minimal", "required_obj", {}],
  ["nesting-modes", "test_blocks.all", "grouped", { g: "g", inside: { i: 1 } }],
  ["nesting-modes", "test_blocks.all", "mapped", { first: { value: "1" }, second: { value: "2" } }],
  ["nesting-modes", "test_blocks.all", "setted", [{ s: "a" }]],
  ["nesting-modes", "test_blocks.all", "any_list", [{ d: 1 }, { d: "two" }]],
  ["nesting-modes", "test_blocks.all", "any_map", { a: { d: [1] }, b: { d: true } }],
  ["nesting-modes", "test_blocks.all", "objs", [{ a: "x", b: 1 }]],
  ["nesting-modes", "test_blocks.empty", "grouped", {}],
  ["nesting-modes", "test_blocks.empty", "grouped.inside", null],
  ["nesting-modes", "test_blocks.empty", "optional_single", null],
  ["nesting-modes", "test_blocks.empty", "mapped", {}],
  ["nesting-modes", "test_blocks.empty", "any_list", []],
  ["nesting-modes", "test_blocks.empty", "listed", [{}]],
  ["nesting-modes", "test_blocks.objs_as_blocks", "objs", [{ a: "one" }, { a: "two", b: 2 }]],
  ["dynamic-map-blocks", "test_blocks.unknown", "required_single", { s: U }],
  ["dynamic-map-blocks", "test_blocks.unknown", "listed", U],
  ["terraform-data", "terraform_data.full", "input", { inner: { secret: { sensitive: U } }, items: [1, "two", true], name: "x" }],
  ["terraform-data", "terraform_data.full", "triggers_replace", ["a", 1]],
  ["terraform-data", "terraform_data.empty", "input", null],
  ["sensitive", "aws_db_instance.db", "password", { sensitive: U }],
  ["sensitive", "aws_db_instance.db", "password", { sensitive: "hunter2" }, { password: Value.string("hunter2") }],
  ["sensitive", "aws_instance.i", "ebs_block_device", { sensitive: [{ device_name: "/dev/sdb", volume_size: 10 }, { device_name: "/dev/sdc", volume_size: 20 }] }],
];

const WITH_ERRORS = new Set(["dynamic-unknown", "dynamic-map-blocks"]);

describe("decoded values of valid configurations", () => {
  const rows = ROWS.map(([fixture, address, path, expected, vars]) => ({ fixture, address, path, expected, vars }));
  it.each(rows)("$fixture $address .$path", ({ fixture, address, path, expected, vars }) => {
    const { value, type } = decodeResource(loadFixture(fixture), address, vars, WITH_ERRORS.has(fixture));
    expect(conforms(value.type, type)).toBe(true);
    expect(withoutNulls(toJS(at(value, path)))).toEqual(expected);
  });
});

function decodeResource(module: Module, address: string, vars: Record<string, Value> = {}, errorsAllowed = false): { value: Value; type: Type } {
  const r = module.managedResources.get(address)!;
  const schema = schemaOf("managed", r.type).block;
  const decoded = decodeInModule(module, r.config, schema, new Map(Object.entries(vars)));
  if (!errorsAllowed) expect(decoded.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return { value: decoded.value, type: impliedType(schema) };
}

/** The part of a value at a dotted path of attribute names, map keys and list indexes. */
function at(v: Value, path: string): Value {
  let cur = v;
  for (const step of path.split(".")) {
    cur = /^\d+$/.test(step) && Array.isArray(cur.raw) ? cur.elements()[Number(step)]! : cur.entries().get(step)!;
  }
  return cur;
}

function withoutNulls(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(withoutNulls);
  if (x !== null && typeof x === "object") {
    return Object.fromEntries(Object.entries(x).filter(([, e]) => e !== null).map(([k, e]) => [k, withoutNulls(e)]));
  }
  return x;
}

/** True when a value of type `got` is a value of `want` (the dynamic pseudo-type stands for any type). */
function conforms(got: Type, want: Type): boolean {
  if (want.kind === "dynamic") return true;
  if (got.kind !== want.kind) return false;
  switch (want.kind) {
    case "list":
    case "set":
    case "map":
      return conforms((got as typeof want).element, want.element);
    case "object": {
      const g = got as typeof want;
      if (g.attributes.size !== want.attributes.size) return false;
      return [...want.attributes].every(([k, t]) => g.attributes.has(k) && conforms(g.attributes.get(k)!, t));
    }
    case "tuple":
      return true;
    default:
      return true;
  }
}
