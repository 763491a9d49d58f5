import { describe, expect, it } from "vitest";
import {
  AbsCheck,
  AbsInputVariableInstance,
  AbsLocalValue,
  AbsModuleCall,
  AbsOutputValue,
  AbsProviderConfig,
  AbsResource,
  AbsResourceInstance,
  Check,
  compareAbsResourceInstances,
  compareInstanceKeys,
  ConfigResource,
  CountAttr,
  ForEachAttr,
  InputVariable,
  IntKey,
  LocalProviderConfig,
  LocalValue,
  Module,
  ModuleCall,
  ModuleCallOutput,
  ModuleInstance,
  OutputValue,
  parseTarget,
  PathAttr,
  Provider,
  Resource,
  Self,
  StringKey,
  TerraformAttr,
  type Address,
  type InstanceKey,
} from "../../../core/addrs/index.js";
import { traversal } from "./traversal-fixtures.js";

// Canonical strings as Terraform v1.11.4 prints them (`terraform plan -json` resource addresses for
// keys with special characters; the formats of addrs' String methods otherwise).

const net = ModuleInstance.ROOT.child("net", new StringKey("eu"));
const netX = net.child("x", new IntKey(0));
const web = new Resource("managed", "aws_instance", "web");
const ami = new Resource("data", "aws_ami", "ubuntu");
const pw = new Resource("ephemeral", "random_password", "p");
const aws = Provider.official("aws");

const f = (key: string) => new AbsResourceInstance(ModuleInstance.ROOT, new Resource("managed", "terraform_data", "f").instance(new StringKey(key)));

const STRINGS: [Address, string][] = [
  [ModuleInstance.ROOT, ""],
  [ModuleInstance.ROOT.child("net"), "module.net"],
  [net, 'module.net["eu"]'],
  [netX, 'module.net["eu"].module.x[0]'],
  [netX.parent(), 'module.net["eu"]'],
  [netX.module(), "module.net.module.x"],
  [Module.ROOT, ""],
  [Module.ROOT.child("a").child("b"), "module.a.module.b"],
  [web, "aws_instance.web"],
  [ami, "data.aws_ami.ubuntu"],
  [pw, "ephemeral.random_password.p"],
  [web.instance(null), "aws_instance.web"],
  [web.instance(new IntKey(3)), "aws_instance.web[3]"],
  [ami.instance(new StringKey("a")), 'data.aws_ami.ubuntu["a"]'],
  [new AbsResource(ModuleInstance.ROOT, web), "aws_instance.web"],
  [new AbsResource(net, web), 'module.net["eu"].aws_instance.web'],
  [new AbsResource(net, web).config(), "module.net.aws_instance.web"],
  [new ConfigResource(Module.ROOT, ami), "data.aws_ami.ubuntu"],
  [new AbsResource(net, new Resource("managed", "aws_subnet", "this")).instance(new IntKey(2)), 'module.net["eu"].aws_subnet.this[2]'],
  [new AbsResourceInstance(netX, pw.instance(new StringKey("k"))), 'module.net["eu"].module.x[0].ephemeral.random_password.p["k"]'],
  [new ModuleCall("net"), "module.net"],
  [new ModuleCall("net").instance(new StringKey("eu")), 'module.net["eu"]'],
  [new ModuleCall("net").instance(null).output("vpc_id"), "module.net.vpc_id"],
  [new ModuleCall("net").instance(new IntKey(1)).output("vpc_id"), "module.net[1].vpc_id"],
  [new ModuleCallOutput(new ModuleCall("net"), "vpc_id"), "module.net.vpc_id"],
  [new AbsModuleCall(net, new ModuleCall("x")), 'module.net["eu"].module.x'],
  [new InputVariable("region"), "var.region"],
  [new AbsInputVariableInstance(net, new InputVariable("region")), 'module.net["eu"].var.region'],
  [new LocalValue("tags"), "local.tags"],
  [new AbsLocalValue(ModuleInstance.ROOT, new LocalValue("tags")), "local.tags"],
  [new OutputValue("id"), "output.id"],
  [new AbsOutputValue(netX, new OutputValue("id")), 'module.net["eu"].module.x[0].output.id'],
  [new Check("health"), "check.health"],
  [new AbsCheck(net, new Check("health")), 'module.net["eu"].check.health'],
  [new PathAttr("module"), "path.module"],
  [new TerraformAttr("workspace"), "terraform.workspace"],
  [new CountAttr("index"), "count.index"],
  [new ForEachAttr("value"), "each.value"],
  [Self, "self"],
  [aws, "registry.terraform.io/hashicorp/aws"],
  [Provider.builtin("terraform"), "terraform.io/builtin/terraform"],
  [new AbsProviderConfig(Module.ROOT, aws), 'provider["registry.terraform.io/hashicorp/aws"]'],
  [new AbsProviderConfig(Module.ROOT, aws, "west"), 'provider["registry.terraform.io/hashicorp/aws"].west'],
  [new AbsProviderConfig(Module.ROOT.child("a"), new Provider("example.com", "acme", "thing"), "x"), 'module.a.provider["example.com/acme/thing"].x'],
  [new LocalProviderConfig("aws", "west"), "provider.aws.west"],
  [new LocalProviderConfig("aws"), "provider.aws"],
  // String keys are written as HCL string literals: template introducers doubled, unprintables as \u.
  [f('a"b'), 'terraform_data.f["a\\"b"]'],
  [f("line\nbreak"), 'terraform_data.f["line\\nbreak"]'],
  [f("tab\there"), 'terraform_data.f["tab\\there"]'],
  [f("${x}"), 'terraform_data.f["$${x}"]'],
  [f("%{y}"), 'terraform_data.f["%%{y}"]'],
  [f("${"), 'terraform_data.f["$${"]'],
  [f("$x"), 'terraform_data.f["$x"]'],
  [f("$"), 'terraform_data.f["$"]'],
  [f("back\\slash"), 'terraform_data.f["back\\\\slash"]'],
  [f("é"), 'terraform_data.f["é"]'],
  [f("soft\u00adhy"), 'terraform_data.f["soft\\u00adhy"]'],
  [f("nbsp\u00a0x"), 'terraform_data.f["nbsp\\u00a0x"]'],
  [f("zw\u200bsp"), 'terraform_data.f["zw\\u200bsp"]'],
  [f("bell\u0007"), 'terraform_data.f["bell\\u0007"]'],
  [f("emoji😀"), 'terraform_data.f["emoji😀"]'],
  [f(""), 'terraform_data.f[""]'],
  [f("a b"), 'terraform_data.f["a b"]'],
];

describe("canonical strings", () => {
  it.each(STRINGS.map(([a, s]) => [s, a] as const))("%s", (want, addr) => {
    expect(addr.toString()).toBe(want);
  });
});

const ROUND_TRIPS: [string, string][] = [
  ["module.a", "ModuleInstance"],
  ['module.net["eu"].module.x[0]', "ModuleInstance"],
  ["aws_instance.web", "AbsResource"],
  ["aws_instance.web[0]", "AbsResourceInstance"],
  ['aws_instance.web["a b"]', "AbsResourceInstance"],
  ["data.aws_ami.ubuntu", "AbsResource"],
  ['data.aws_ami.ubuntu["x"]', "AbsResourceInstance"],
  ["ephemeral.random_password.p", "AbsResource"],
  ['module.net["eu"].aws_subnet.this[2]', "AbsResourceInstance"],
  ['module.a["b"].x.y["c"]', "AbsResourceInstance"],
  ["module.a[0].module.b", "ModuleInstance"],
  ['module.a.module.b["k"].data.x.y[7]', "AbsResourceInstance"],
  ['terraform_data.f["a\\"b"]', "AbsResourceInstance"],
  ['terraform_data.f["line\\nbreak"]', "AbsResourceInstance"],
  ['terraform_data.f["$${x}"]', "AbsResourceInstance"],
  ['terraform_data.f["%%{y}"]', "AbsResourceInstance"],
];

describe("-target addresses read back to the same string", () => {
  it.each(ROUND_TRIPS)("%s", (src, kind) => {
    const { target, diagnostics } = parseTarget(traversal(src));
    expect(diagnostics).toEqual([]);
    expect(target!.subject.kind).toBe(kind);
    expect(target!.subject.toString()).toBe(src);
  });

  it("normalises what Terraform normalises", () => {
    const cases: [string, string][] = [
      ["resource.x.y", "x.y"],
      ["x.y[1e3]", "x.y[1000]"],
      ["x.y[1.0]", "x.y[1]"],
      ["x.y.0", "x.y[0]"],
    ];
    for (const [src, want] of cases) expect(parseTarget(traversal(src)).target!.subject.toString()).toBe(want);
  });
});

describe("identity", () => {
  it("tells apart kinds and keys that print alike", () => {
    expect(web.uniqueKey()).not.toBe(web.instance(null).uniqueKey());
    expect(web.instance(new IntKey(0)).equals(web.instance(new StringKey("0")))).toBe(false);
    expect(web.instance(new IntKey(0)).equals(new Resource("managed", "aws_instance", "web").instance(new IntKey(0)))).toBe(true);
    expect(new ModuleCall("net").equals(ModuleInstance.ROOT.child("net"))).toBe(false);
    const m = new Map([[net.uniqueKey(), 1]]);
    expect(m.get(ModuleInstance.ROOT.child("net", new StringKey("eu")).uniqueKey())).toBe(1);
  });

  it("orders instance keys as InstanceKeyLess: no key, integers, then strings by code point", () => {
    const keys: (InstanceKey | null)[] = [new StringKey("b"), new IntKey(10), null, new StringKey("B"), new IntKey(2), new StringKey("é")];
    expect(keys.sort(compareInstanceKeys).map((k) => k?.toString() ?? "")).toEqual(["", "[2]", "[10]", '["B"]', '["b"]', '["é"]']);
  });

  it("orders resource instances by module, mode (data first), type, name, key", () => {
    const inst = (m: ModuleInstance, r: Resource, k: InstanceKey | null) => new AbsResourceInstance(m, r.instance(k));
    const list = [
      inst(net, web, null),
      inst(ModuleInstance.ROOT, web, new IntKey(1)),
      inst(ModuleInstance.ROOT, ami, null),
      inst(ModuleInstance.ROOT, web, new IntKey(0)),
      inst(ModuleInstance.ROOT.child("a"), web, null),
    ];
    expect(list.sort(compareAbsResourceInstances).map(String)).toEqual([
      "data.aws_ami.ubuntu",
      "aws_instance.web[0]",
      "aws_instance.web[1]",
      "module.a.aws_instance.web",
      'module.net["eu"].aws_instance.web',
    ]);
  });

  it("knows module ancestry and provider inheritance", () => {
    expect(ModuleInstance.ROOT.child("net").isAncestorOf(netX)).toBe(true);
    expect(ModuleInstance.ROOT.child("net", new StringKey("us")).isAncestorOf(netX)).toBe(false);
    expect(netX.isAncestorOf(netX)).toBe(false);
    const child = new AbsProviderConfig(Module.ROOT.child("a"), aws);
    expect(child.inherited()?.toString()).toBe('provider["registry.terraform.io/hashicorp/aws"]');
    expect(new AbsProviderConfig(Module.ROOT.child("a"), aws, "w").inherited()).toBeUndefined();
    expect(aws.forDisplay()).toBe("hashicorp/aws");
    expect(new Provider("example.com", "acme", "thing").forDisplay()).toBe("example.com/acme/thing");
  });
});
