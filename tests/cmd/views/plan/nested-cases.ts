import { Value } from "../../../../lang/values/value.js";
import { computeResourceDiff, renderResourceDiff } from "../../../../cmd/views/plan/index.js";
import type { BlockSchema } from "../../../../providers/schema.js";
import { obj, resourceChange, s, strObj, type ChangeSpec } from "./build.js";

// The values of Terraform's own renderer tests (jsonformat/plan_test.go, TestResourceChange_nestedList,
// _nestedSet and _nestedMap) for its testSchema: an instance with `disks` as a nested attribute and
// `root_block_device` as a nested block.

/** One case: the change, its schema, and Terraform's text for it. */
export interface Row {
  readonly name: string;
  readonly spec: ChangeSpec;
  readonly schema: BlockSchema;
  readonly expected: string;
}

/** The instance id every case uses. */
export const ID = s("i-02ae66f368e8518a9");
/** A `disks` element. */
export const disk = (mount: Value, size: Value): Value => obj({ mount_point: mount, size });
/** A `root_block_device` block, with `new_field` for testSchemaPlus. */
export const rbd = (volumeType: Value, newField?: Value): Value =>
  obj(newField ? { volume_type: volumeType, new_field: newField } : { volume_type: volumeType });
/** The type of a `disks` element. */
export const DISKS = strObj("mount_point", "size");
/** The type of a `root_block_device` block. */
export const RBD = strObj("volume_type");
/** The type of a `root_block_device` block under testSchemaPlus. */
export const RBD_PLUS = strObj("new_field", "volume_type");
/** The whole instance. */
export const instance = (ami: string, disks: Value, root: Value): Value => obj({ id: ID, ami: s(ami), disks, root_block_device: root });
/** A list, of disks unless told. */
export const list = (els: Value[], t = DISKS): Value => Value.list(els, t);
/** A set, of disks unless told. */
export const set = (els: Value[], t = DISKS): Value => Value.set(els, t);
/** An instance with one disk and two `root_block_device` blocks "a" and "b" (map nesting). */
export const mapInstance = (ami: string, a: string, b: string): Value =>
  obj({ id: ID, ami: s(ami), disks: Value.map({ disk_a: disk(s("/var/diska"), s("50GB")) }), root_block_device: Value.map({ a: rbd(s(a)), b: rbd(s(b)) }) });

/** Renders a case's change as the plan would, with Terraform's name. */
export function renderRow(row: Row): string | undefined {
  const rd = computeResourceDiff(resourceChange(row.spec), () => ({ version: 0, block: row.schema }));
  return renderResourceDiff(rd, "change", { color: false, productName: "Terraform" });
}
