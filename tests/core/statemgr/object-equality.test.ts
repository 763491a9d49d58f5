import { describe, expect, it } from "vitest";
import { AbsResource } from "../../../core/addrs/abs-resource.js";
import { ModuleInstance } from "../../../core/addrs/module-instance.js";
import { Resource } from "../../../core/addrs/resource.js";
import { objectsEqual } from "../../../core/statemgr/object-equality.js";
import { State, writeStateFile, type StoredObject } from "../../../core/states/index.js";
import { stateWith } from "../../backends/state-fixtures.js";

// The object comparison of incremental state differences must say "equal" exactly when the state
// file writer writes the two objects alike: each row changes one member the writer writes (or
// changes only how the object is held), and the comparison is checked against the written text.

const first = [...stateWith(1, "v").allInstances()][0]!;
const base = first.state.current!;
const dep = new AbsResource(ModuleInstance.ROOT, new Resource("managed", "terraform_data", "other"));

function written(obj: StoredObject): string {
  const s = new State();
  s.setCurrent(first.addr, obj, first.resource.provider);
  return writeStateFile({ terraformVersion: "", serial: 0, lineage: "", state: s });
}

const rows: [string, StoredObject][] = [
  ["the same object", base],
  ["a copy with compact attributes", { ...base, attrsJson: JSON.stringify(JSON.parse(base.attrsJson)) }],
  ["other attributes", { ...base, attrsJson: base.attrsJson.replace('"v"', '"w"') }],
  ["tainted", { ...base, status: "tainted" }],
  ["another schema version", { ...base, schemaVersion: 1 }],
  ["create_before_destroy", { ...base, createBeforeDestroy: true }],
  ["a dependency", { ...base, dependencies: [dep] }],
  ["private data", { ...base, private: new Uint8Array([1, 2]) }],
  ["empty private data", { ...base, private: new Uint8Array(0) }],
  ["a sensitive path", { ...base, sensitivePaths: [[{ attr: "input" }]] }],
  ["an empty sensitive path list held apart", { ...base, sensitivePaths: [] }],
  ["a legacy flatmap", { ...base, attrsFlat: new Map([["a", "b"]]) }],
  ["an empty legacy flatmap", { ...base, attrsFlat: new Map() }],
];

describe("objectsEqual", () => {
  it.each(rows)("%s", (_name, obj) => {
    expect(objectsEqual(base, obj)).toBe(written(base) === written(obj));
    expect(objectsEqual(obj, base)).toBe(written(base) === written(obj));
  });

  it("tells an object from none", () => {
    expect(objectsEqual(base, undefined)).toBe(false);
    expect(objectsEqual(undefined, undefined)).toBe(true);
  });
});
