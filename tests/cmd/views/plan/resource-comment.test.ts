import { describe, expect, it } from "vitest";
import { computeResourceDiff, renderResourceDiff, type ChangeCause } from "../../../../cmd/views/plan/index.js";
import { AbsResourceInstance } from "../../../../core/addrs/abs-resource.js";
import { IntKey, StringKey } from "../../../../core/addrs/instance-key.js";
import { ModuleInstance } from "../../../../core/addrs/module-instance.js";
import { Resource } from "../../../../core/addrs/resource.js";
import { objectOf, StringType } from "../../../../lang/types/type.js";
import { Value } from "../../../../lang/values/value.js";
import { obj, resourceChange, s, type ChangeSpec } from "./build.js";

// The comment lines above a resource's diff, for the reasons and situations no golden scenario
// reaches (Terraform's resourceChangeComment): one row per case, the lines up to and including the
// symbol and header line.

const schema = { version: 0, block: { attributes: { id: { type: StringType, computed: true } } } };
const OBJ = obj({ id: s("i-1") });
const NULL = Value.null(objectOf({ id: StringType }));
const old = new AbsResourceInstance(ModuleInstance.ROOT, new Resource("managed", "test_instance", "old").instance(null));
const del = (extra: Partial<ChangeSpec>): ChangeSpec => ({ action: "delete", before: OBJ, after: NULL, ...extra });

const ROWS: { name: string; spec: ChangeSpec; cause?: ChangeCause; expected: string[] }[] = [
  {
    name: "wrong repetition without a key",
    spec: del({ reason: "delete-because-wrong-repetition" }),
    expected: ["  # test_instance.example will be destroyed", "  # (because resource uses count or for_each)", '  - resource "test_instance" "example" {'],
  },
  {
    name: "wrong repetition with a count key",
    spec: del({ reason: "delete-because-wrong-repetition", key: new IntKey(0) }),
    expected: ["  # test_instance.example[0] will be destroyed", "  # (because resource does not use count)", '  - resource "test_instance" "example" {'],
  },
  {
    name: "wrong repetition with a for_each key",
    spec: del({ reason: "delete-because-wrong-repetition", key: new StringKey("a") }),
    expected: ['  # test_instance.example["a"] will be destroyed', "  # (because resource does not use for_each)", '  - resource "test_instance" "example" {'],
  },
  {
    name: "for_each key with characters JSON escapes",
    spec: del({ reason: "delete-because-each-key", key: new StringKey("<a>") }),
    expected: ['  # test_instance.example["<a>"] will be destroyed', '  # (because key ["\\u003ca\\u003e"] is not in for_each map)', '  - resource "test_instance" "example" {'],
  },
  {
    name: "module not in configuration",
    spec: del({ reason: "delete-because-no-module", module: ModuleInstance.ROOT.child("child", new IntKey(1)) }),
    expected: ["  # module.child[1].test_instance.example will be destroyed", "  # (because module.child[1] is not in configuration)", '  - resource "test_instance" "example" {'],
  },
  {
    name: "moved to an address not in configuration",
    spec: del({ reason: "delete-because-no-move-target", prev: old }),
    expected: [
      "  # test_instance.example will be destroyed",
      "  # (because test_instance.old was moved to test_instance.example, which is not in configuration)",
      "  # (moved from test_instance.old)",
      '  - resource "test_instance" "example" {',
    ],
  },
  {
    name: "deposed object",
    spec: del({ deposed: "00000001" }),
    expected: [
      "  # test_instance.example (deposed object 00000001) will be destroyed",
      "  # (left over from a partially-failed replacement of this instance)",
      '  - resource "test_instance" "example" {',
    ],
  },
  {
    name: "deleted outside of Terraform",
    spec: del({}),
    cause: "drift",
    expected: ["  # test_instance.example has been deleted", '  - resource "test_instance" "example" {'],
  },
  {
    name: "read to verify a check block",
    spec: { action: "read", before: NULL, after: OBJ, mode: "data", reason: "read-because-check-nested" },
    expected: ["  # data.test_instance.example will be read during apply", "  # (config will be reloaded to verify a check block)", ' <= data "test_instance" "example" {'],
  },
  {
    name: "replaced by replace_triggered_by, create before destroy",
    spec: { action: "create-then-delete", before: OBJ, after: OBJ, reason: "replace-by-triggers" },
    expected: ["  # test_instance.example will be replaced due to changes in replace_triggered_by", '+/- resource "test_instance" "example" {'],
  },
  {
    name: "imported, then replaced",
    spec: { action: "delete-then-create", before: OBJ, after: OBJ, importing: { id: "i-1" } },
    expected: [
      "  # test_instance.example must be replaced",
      '  # (imported from "i-1")',
      "  # Warning: this will destroy the imported resource",
      '-/+ resource "test_instance" "example" {',
    ],
  },
  {
    name: "forgotten deposed object",
    spec: { action: "forget", before: OBJ, after: NULL, deposed: "00000002" },
    expected: [
      " # test_instance.example (deposed object 00000002) will be removed from Terraform state, but will not be destroyed",
      " # (left over from a partially-failed replacement of this instance)",
      " # (destroy = false is set in the configuration)",
      ' . resource "test_instance" "example" {',
    ],
  },
];

describe("resource change comments", () => {
  it.each(ROWS)("$name", ({ spec, cause, expected }) => {
    const rd = computeResourceDiff(resourceChange(spec), () => schema);
    const out = renderResourceDiff(rd, cause ?? "change", { color: false, productName: "Terraform" })!;
    expect(out.split("\n").slice(0, expected.length)).toEqual(expected);
  });

  it("says nothing about a no-op that neither moves nor imports", () => {
    const rd = computeResourceDiff(resourceChange({ action: "no-op", before: OBJ, after: OBJ }), () => schema);
    expect(renderResourceDiff(rd, "change", { color: false, productName: "Terraform" })).toBeUndefined();
  });
});
