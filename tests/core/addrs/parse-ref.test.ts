import { describe, expect, it } from "vitest";
import { builtinAttrDiagnostics, displayString, parseRef, parseRefInTestingScope, parseRefs } from "../../../core/addrs/index.js";
import { diagRow, rangeText, traversal } from "./traversal-fixtures.js";

// Expected errors as Terraform v1.11.4 prints them for `output "x" { value = <ref> }` (`terraform
// validate -json`), with columns shifted so the reference starts at column 1.

const INVALID = "Invalid reference";
const INDEX = "Invalid index key";
const RESOURCE_NAME = "must be followed by at least one attribute access, specifying the resource name.";
const WHOLE = "value must be a whole number, between -9223372036854775808 and 9223372036854775807";
const EITHER = "either a string or an integer is required";
const RESERVED = (n: string) =>
  `The symbol name "${n}" is reserved for use in a future Terraform version. If you are using a provider that already uses this as a resource type name, add the prefix "resource." to force interpretation as a resource type name.`;

type ErrorRow = [src: string, summary: string, detail: string, range: string];

const ERRORS: ErrorRow[] = [
  ["var", INVALID, 'The "var" object cannot be accessed directly. Instead, access one of its attributes.', "1:1-1:4"],
  ["local", INVALID, 'The "local" object cannot be accessed directly. Instead, access one of its attributes.', "1:1-1:6"],
  ["count", INVALID, 'The "count" object cannot be accessed directly. Instead, access one of its attributes.', "1:1-1:6"],
  ["var[0]", INVALID, 'The "var" object does not support this operation.', "1:4-1:7"],
  ["each[0]", INVALID, 'The "each" object does not support this operation.', "1:5-1:8"],
  ["path[0].x", INVALID, 'The "path" object does not support this operation.', "1:5-1:8"],
  ["module[0]", INVALID, 'The "module" object does not support this operation.', "1:7-1:10"],
  ['module["a"]', INVALID, 'The "module" object does not support this operation.', "1:7-1:12"],
  ["terraform_data", INVALID, `A reference to a resource type ${RESOURCE_NAME}`, "1:1-1:15"],
  ["terraform_data[0]", INVALID, `A reference to a resource type ${RESOURCE_NAME}`, "1:15-1:18"],
  ["resource.x[0]", INVALID, `A reference to a resource type ${RESOURCE_NAME}`, "1:11-1:14"],
  ["data.x[0]", INVALID, `A reference to a data source ${RESOURCE_NAME}`, "1:7-1:10"],
  ["ephemeral.x[0]", INVALID, `A reference to an ephemeral resource type ${RESOURCE_NAME}`, "1:12-1:15"],
  ["data.x", INVALID, 'The "data" object must be followed by two attribute names: the data source type and the resource name.', "1:1-1:7"],
  ["data[0]", INVALID, 'The "data" object must be followed by two attribute names: the data source type and the resource name.', "1:1-1:8"],
  ["ephemeral.x", INVALID, 'The "ephemeral" object must be followed by two attribute names: the ephemeral resource type and the resource name.', "1:1-1:12"],
  ["ephemeral[0]", INVALID, 'The "ephemeral" object must be followed by two attribute names: the ephemeral resource type and the resource name.', "1:1-1:13"],
  ["resource.x", INVALID, 'The "resource" object must be followed by two attribute names: the resource type and the resource name.', "1:1-1:11"],
  ["data[0].x", INVALID, 'The "data" object does not support this operation.', "1:5-1:8"],
  ["ephemeral[0].x", INVALID, 'The "ephemeral" object does not support this operation.', "1:10-1:13"],
  ["resource[0].x", INVALID, 'The "resource" object does not support this operation.', "1:9-1:12"],
  ['module.x["a"]["b"]', INVALID, "Module instance objects do not support this operation.", "1:14-1:19"],
  ["module.x[0][1]", INVALID, "Module instance objects do not support this operation.", "1:12-1:15"],
  ["template.x", "Reserved symbol name", RESERVED("template"), "1:1-1:9"],
  ["lazy", "Reserved symbol name", RESERVED("lazy"), "1:1-1:5"],
  ["arg.x.y", "Reserved symbol name", RESERVED("arg"), "1:1-1:4"],
  ["terraform_data.x[1.5]", INDEX, `Invalid index for resource instance: ${WHOLE}.`, "1:17-1:22"],
  ["terraform_data.x[1e30]", INDEX, `Invalid index for resource instance: ${WHOLE}.`, "1:17-1:23"],
  ["data.x.y[9223372036854775808]", INDEX, `Invalid index for resource instance: ${WHOLE}.`, "1:9-1:30"],
  ["ephemeral.x.y[1.5]", INDEX, `Invalid index for resource instance: ${WHOLE}.`, "1:14-1:19"],
  ["terraform_data.x[null]", INDEX, `Invalid index for resource instance: ${EITHER}.`, "1:17-1:23"],
  ["data.x.y[true]", INDEX, `Invalid index for resource instance: ${EITHER}.`, "1:9-1:15"],
  ["module.x[1.5]", INDEX, `Invalid index for module instance: ${WHOLE}.`, "1:9-1:14"],
  ["module.x[true]", INDEX, `Invalid index for module instance: ${EITHER}.`, "1:9-1:15"],
];

describe("invalid references", () => {
  it.each(ERRORS)("%s", (src, summary, detail, range) => {
    const r = parseRef(traversal(src));
    expect(r.ref).toBeUndefined();
    expect(r.diagnostics.map(diagRow)).toEqual([[summary, detail, range]]);
  });
});

type ValidRow = [src: string, kind: string, subject: string, range: string, remaining: string];

const VALID: ValidRow[] = [
  ["var.a", "InputVariable", "var.a", "1:1-1:6", ""],
  ["var.a.b[0]", "InputVariable", "var.a", "1:1-1:6", ".b[0]"],
  ["local.tags", "LocalValue", "local.tags", "1:1-1:11", ""],
  ["count.index", "CountAttr", "count.index", "1:1-1:12", ""],
  ["each.value.name", "ForEachAttr", "each.value", "1:1-1:11", ".name"],
  ["path.module", "PathAttr", "path.module", "1:1-1:12", ""],
  ["terraform.workspace", "TerraformAttr", "terraform.workspace", "1:1-1:20", ""],
  ["self.id", "Self", "self", "1:1-1:5", ".id"],
  ["self", "Self", "self", "1:1-1:5", ""],
  ["aws_instance.web", "Resource", "aws_instance.web", "1:1-1:17", ""],
  ["aws_instance.web.id", "ResourceInstance", "aws_instance.web", "1:1-1:17", ".id"],
  ["aws_instance.web[0].id", "ResourceInstance", "aws_instance.web[0]", "1:1-1:20", ".id"],
  ["aws_instance.web.0.id", "ResourceInstance", "aws_instance.web[0]", "1:1-1:19", ".id"],
  ['aws_instance.web["a b"].tags["x"]', "ResourceInstance", 'aws_instance.web["a b"]', "1:1-1:24", '.tags["x"]'],
  ["data.aws_ami.x", "Resource", "data.aws_ami.x", "1:1-1:15", ""],
  ["data.aws_ami.x.id", "ResourceInstance", "data.aws_ami.x", "1:1-1:15", ".id"],
  ["data.x.y[1e3]", "ResourceInstance", "data.x.y[1000]", "1:1-1:14", ""],
  ["ephemeral.random_password.p.result", "ResourceInstance", "ephemeral.random_password.p", "1:1-1:28", ".result"],
  ["resource.template.x.y", "ResourceInstance", "template.x", "1:1-1:20", ".y"],
  ["module.net", "ModuleCall", "module.net", "1:1-1:11", ""],
  ["module.net[0]", "ModuleCallInstance", "module.net[0]", "1:1-1:14", ""],
  ["module.net.vpc_id", "ModuleCallInstanceOutput", "module.net.vpc_id", "1:1-1:18", ""],
  ['module.net["eu"].vpc_id.cidr[1]', "ModuleCallInstanceOutput", 'module.net["eu"].vpc_id', "1:1-1:24", ".cidr[1]"],
  ["output.x", "Resource", "output.x", "1:1-1:9", ""],
];

describe("valid references", () => {
  it.each(VALID)("%s", (src, kind, subject, range, remaining) => {
    const { ref, diagnostics } = parseRef(traversal(src));
    expect(diagnostics).toEqual([]);
    expect(ref!.subject.kind).toBe(kind);
    expect(ref!.subject.toString()).toBe(subject);
    expect(rangeText(ref!.sourceRange)).toBe(range);
    expect(displayString(ref!)).toBe(subject + remaining);
  });

  it("writes index steps back as Terraform does (%q strings, %.10g numbers)", () => {
    const ref = parseRef(traversal('var.a[1.5]["x\\"y"][12345678901]')).ref!;
    expect(displayString(ref)).toBe('var.a[1.5]["x\\"y"][1.23456789e+10]');
  });

  it("adds output and check in a test file's scope", () => {
    expect(parseRefInTestingScope(traversal("output.id")).ref!.subject.toString()).toBe("output.id");
    expect(parseRefInTestingScope(traversal("check.ok")).ref!.subject.kind).toBe("Check");
    expect(parseRefInTestingScope(traversal("var.a")).ref!.subject.kind).toBe("InputVariable");
  });

  it("parses many traversals, keeping the good ones and every error", () => {
    const { refs, diagnostics } = parseRefs(["var.a", "var", "local.b.c", "lazy"].map(traversal));
    expect(refs.map((r) => r.subject.toString())).toEqual(["var.a", "local.b"]);
    expect(diagnostics.map((d) => d.summary)).toEqual([INVALID, "Reserved symbol name"]);
  });
});

// Reported by Terraform when it evaluates the reference, in any context (`terraform validate -json`).
const ATTRS: ErrorRow[] = [
  [
    "count.foo",
    'Invalid "count" attribute',
    'The "count" object does not have an attribute named "foo". The only supported attribute is count.index, which is the index of each instance of a resource block that has the "count" argument set.',
    "1:1-1:10",
  ],
  [
    "each.bogus",
    'Invalid "each" attribute',
    'The "each" object does not have an attribute named "bogus". The supported attributes are each.key and each.value, the current key and value pair of the "for_each" attribute set.',
    "1:1-1:11",
  ],
  ["path.foo", 'Invalid "path" attribute', 'The "path" object does not have an attribute named "foo". Did you mean "root"?', "1:1-1:9"],
  ["path.modul", 'Invalid "path" attribute', 'The "path" object does not have an attribute named "modul". Did you mean "module"?', "1:1-1:11"],
  ["path.cwdx", 'Invalid "path" attribute', 'The "path" object does not have an attribute named "cwdx". Did you mean "cwd"?', "1:1-1:10"],
  ["path.xyzzy", 'Invalid "path" attribute', 'The "path" object does not have an attribute named "xyzzy".', "1:1-1:11"],
  [
    "terraform.foo",
    'Invalid "terraform" attribute',
    'The "terraform" object does not have an attribute named "foo". The only supported attributes are terraform.workspace, the name of the currently-selected workspace, and terraform.applying, a boolean which is true only during apply.',
    "1:1-1:14",
  ],
  [
    "terraform.env",
    'Invalid "terraform" attribute',
    'The terraform.env attribute was deprecated in v0.10 and removed in v0.12. The "state environment" concept was renamed to "workspace" in v0.12, and so the workspace name can now be accessed using the terraform.workspace attribute.',
    "1:1-1:14",
  ],
];

describe("attributes of the built-in objects", () => {
  it.each(ATTRS)("%s", (src, summary, detail, range) => {
    const ref = parseRef(traversal(src)).ref!;
    expect(builtinAttrDiagnostics(ref).map(diagRow)).toEqual([[summary, detail, range]]);
  });

  it.each(["count.index", "each.key", "each.value.x", "path.root", "path.cwd", "terraform.applying", "var.foo", "self.x"])("%s is fine", (src) => {
    expect(builtinAttrDiagnostics(parseRef(traversal(src)).ref!)).toEqual([]);
  });
});
