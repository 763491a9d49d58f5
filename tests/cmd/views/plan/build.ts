import { AbsResourceInstance } from "../../../../core/addrs/abs-resource.js";
import type { InstanceKey } from "../../../../core/addrs/instance-key.js";
import { ModuleInstance } from "../../../../core/addrs/module-instance.js";
import { Module } from "../../../../core/addrs/module.js";
import { AbsProviderConfig, Provider } from "../../../../core/addrs/provider.js";
import { Resource, type ResourceMode } from "../../../../core/addrs/resource.js";
import type { Action, ActionReason, ResourceInstanceChange } from "../../../../core/plans/changes.js";
import { objectOf, StringType, type Type } from "../../../../lang/types/type.js";
import { markPaths, type ValuePath } from "../../../../lang/values/path.js";
import { Value } from "../../../../lang/values/value.js";
import type { BlockSchema, NestingMode } from "../../../../providers/schema.js";

// Small builders for hand-made resource changes: the values, schemas and addresses of Terraform's own
// renderer tests (jsonformat/plan_test.go), written the way those tests write them.

/** A known string. */
export const s = (x: string): Value => Value.string(x);

/** A null string. */
export const nullS = Value.null(StringType);

/** An object from its attributes. */
export const obj = (attrs: Record<string, Value>): Value => Value.object(attrs);

/** An object type with string attributes. */
export const strObj = (...names: string[]): Type => objectOf(Object.fromEntries(names.map((n) => [n, StringType])));

/** Terraform's testSchema(nesting): `disks` as a nested attribute, `root_block_device` as a nested block. */
export function testSchema(nesting: NestingMode, plus = false): BlockSchema {
  const rootAttrs: BlockSchema["attributes"] = { volume_type: { type: StringType, optional: true, computed: true } };
  return {
    attributes: {
      id: { type: StringType, optional: true, computed: true },
      ami: { type: StringType, optional: true },
      [nesting === "single" ? "disk" : "disks"]: {
        nested: {
          nesting,
          attributes: { mount_point: { type: StringType, optional: true }, size: { type: StringType, optional: true } },
        },
      },
    },
    blocks: {
      root_block_device: {
        nesting,
        block: { attributes: plus ? { ...rootAttrs, new_field: { type: StringType, optional: true, computed: true } } : rootAttrs },
      },
    },
  };
}

/** What a hand-made change needs besides its values. */
export interface ChangeSpec {
  readonly action: Action;
  readonly before: Value;
  readonly after: Value;
  readonly reason?: ActionReason;
  readonly mode?: ResourceMode;
  readonly key?: InstanceKey | null;
  readonly module?: ModuleInstance;
  readonly prev?: AbsResourceInstance;
  readonly deposed?: string;
  readonly requiredReplace?: readonly ValuePath[];
  readonly beforeSensitive?: readonly ValuePath[];
  readonly afterSensitive?: readonly ValuePath[];
  readonly importing?: { readonly id: string };
}

/** `test_instance.example` (or a data resource) with the given change. */
export function resourceChange(spec: ChangeSpec): ResourceInstanceChange {
  const addr = new AbsResourceInstance(spec.module ?? ModuleInstance.ROOT, new Resource(spec.mode ?? "managed", "test_instance", "example").instance(spec.key ?? null));
  return {
    addr,
    prevRunAddr: spec.prev ?? addr,
    deposedKey: spec.deposed,
    provider: new AbsProviderConfig(Module.ROOT, Provider.official("test")),
    change: {
      action: spec.action,
      before: markPaths(spec.before, spec.beforeSensitive ?? []),
      after: markPaths(spec.after, spec.afterSensitive ?? []),
    },
    actionReason: spec.reason ?? "none",
    requiredReplace: spec.requiredReplace ?? [],
    schemaVersion: 0,
    importing: spec.importing,
  };
}
