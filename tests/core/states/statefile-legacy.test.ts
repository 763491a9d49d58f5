import { describe, expect, it } from "vitest";
import { decodeObject, readStateFile, writeStateFile } from "../../../core/states/index.js";
import { StringType, mapOf, objectOf, setOf, type Type } from "../../../lang/types/type.js";
import { toJS } from "../../helpers/values.js";
import { fixture } from "./state-fixtures.js";

// State files from Terraform before 0.12 (formats 1 to 3, hand-written in fixtures/state/legacy/ as
// those versions wrote them) are upgraded on reading. <v>.upgraded.tfstate is what Terraform v1.11.4
// wrote for <v>.tfstate after `terraform state rm null_resource.dummy`, which also raised the serial
// and recorded its own version.

describe("legacy formats are upgraded as Terraform upgrades them", () => {
  it.each(["v1", "v2", "v3"])("%s", (v) => {
    const r = readStateFile(fixture(`legacy/${v}.tfstate`));
    expect(r.diagnostics).toEqual([]);
    const file = r.file!;
    file.state.modules.get("")!.resources.delete("null_resource.dummy");
    expect(writeStateFile({ ...file, terraformVersion: "1.11.4", serial: file.serial + 1 })).toBe(fixture(`legacy/${v}.upgraded.tfstate`));
  });

  it("decodes the flatmap attributes with the schema", () => {
    const file = readStateFile(fixture("legacy/v2.tfstate")).file!;
    const web = file.state.modules.get("")!.resources.get("aws_instance.web")!.instances.get("[0]")!.state.current!;
    const type = objectOf(new Map<string, Type>([["id", StringType], ["ami", StringType], ["tags", mapOf(StringType)], ["security_groups", setOf(StringType)], ["empty_list", setOf(StringType)]]));
    expect(toJS(decodeObject(web, type).value!)).toEqual({ id: "i-0001", ami: "ami-123", tags: { Name: "web-0" }, security_groups: ["sg-1"], empty_list: null });
  });
});

describe("legacy files that cannot be upgraded", () => {
  const v3 = (modules: unknown, extra: Record<string, unknown> = {}): string => JSON.stringify({ version: 3, serial: 1, lineage: "x", modules, ...extra });
  const res = (key: string, provider = ""): unknown => [{ path: ["root"], resources: { [key]: { type: "t", primary: { id: "1", attributes: {} }, provider } } }];
  it.each([
    ["a negative serial", v3([], { serial: -1 }), "state has serial less than zero, which is invalid"],
    ["a module path not from the root", v3([{ path: ["a", "b"] }]), 'state contains invalid module path []string{"a", "b"}'],
    ["no module path", v3([{}]), "state contains invalid module path []string(nil)"],
    [
      "a module name that is not an identifier",
      v3([{ path: ["root", "1bad"] }]),
      'state contains invalid module path []string{"root", "1bad"}: "1bad" is not a valid identifier; rename it in Terraform 0.11 before upgrading to Terraform 0.12',
    ],
    ["a malformed resource address", v3(res("aws_instance")), "invalid internal resource address format: aws_instance"],
    ["a long resource address", v3(res("a.b.c.d")), "invalid internal resource address format: a.b.c.d"],
    ["a bad index", v3(res("a.b.x")), 'error parsing resource address "a.b.x": strconv.ParseInt: parsing "x": invalid syntax'],
    [
      "an interpolated provider alias",
      v3(res("a.b", "provider.aws.${var.x}")),
      'invalid provider config reference "provider.aws.${var.x}" for a.b: this alias seems to contain a template interpolation sequence, which was not supported but also not error-checked in Terraform 0.11. To proceed, rename the associated provider alias to a valid identifier and apply the change with Terraform 0.11 before upgrading to Terraform 0.12',
    ],
    [
      "a legacy provider reference that is not a traversal",
      v3(res("a.b", "9aws")),
      'invalid legacy provider config reference "9aws" for a.b: Variable name required: Must begin with a variable name.',
    ],
    [
      "a legacy provider reference with an index",
      v3(res("a.b", "aws[0]")),
      'invalid legacy provider config reference "aws[0]" for a.b: Invalid provider configuration address: The provider type name must either stand alone or be followed by an alias name separated with a dot.',
    ],
  ])("%s", (_name, text, error) => {
    const r = readStateFile(text);
    expect(r.diagnostics.map((d) => [d.summary, d.detail])).toEqual([["State format upgrade failed", `Error upgrading state file format from version 3 to version 4: ${error}.`]]);
  });

  it.each([
    ["aws.x.y", 'provider["registry.terraform.io/-/aws"].x'],
    ["a-b", 'provider["registry.terraform.io/-/a-b"]'],
    ["", 'provider["registry.terraform.io/-/t"]'],
  ])("takes the module-local provider reference %j as Terraform does", (provider, expected) => {
    const r = readStateFile(v3(res("t_x.y", provider)));
    expect(r.diagnostics).toEqual([]);
    expect(r.file!.state.modules.get("")!.resources.get("t_x.y")!.provider.toString()).toBe(expected);
  });

  it("reports a field of the wrong type in the legacy structure", () => {
    const r = readStateFile('{"version": 3, "modules": [{"resources": {"a.b": {"primary": {"tainted": "yes"}}}}]}');
    expect(r.diagnostics.map((d) => d.detail)).toEqual(['The state file field "modules.resources.primary.tainted" has invalid value string']);
  });
});
