import { describe, expect, it } from "vitest";
import {
  State,
  decodeObject,
  encodeObject,
  newLineage,
  newStateFile,
  readStateFile,
  writeStateFile,
  writeStateFileChecked,
  type StateFile,
} from "../../../core/states/index.js";
import { ModuleInstance } from "../../../core/addrs/index.js";
import { DynamicPseudoType, StringType, objectOf, type Type } from "../../../lang/types/type.js";
import { Mark } from "../../../lang/values/marks.js";
import { Value } from "../../../lang/values/value.js";
import { fixture } from "./state-fixtures.js";

// The writer and the object codec together: a state rebuilt from the decoded values of a Terraform
// state file (every object re-encoded with encodeObject, every output set again) must be written as
// the very bytes Terraform wrote.

const TERRAFORM_DATA = objectOf(
  new Map<string, Type>([
    ["id", StringType],
    ["input", DynamicPseudoType],
    ["output", DynamicPseudoType],
    ["triggers_replace", DynamicPseudoType],
  ]),
);
const REMOTE_STATE = objectOf(
  new Map<string, Type>([
    ["backend", StringType],
    ["config", DynamicPseudoType],
    ["defaults", DynamicPseudoType],
    ["outputs", DynamicPseudoType],
    ["workspace", StringType],
  ]),
);

function rebuild(f: StateFile): StateFile {
  const state = new State();
  state.checkResults = f.state.checkResults;
  for (const { addr, resource, state: is } of f.state.allInstances()) {
    const obj = is.current!;
    const type = addr.resource.resource.type === "terraform_data" ? TERRAFORM_DATA : REMOTE_STATE;
    const value = decodeObject(obj, type).value!;
    const stored = encodeObject(value, type, {
      schemaVersion: obj.schemaVersion,
      status: obj.status,
      dependencies: [...obj.dependencies].reverse(),
      createBeforeDestroy: obj.createBeforeDestroy,
    });
    if ("error" in stored) throw new Error(stored.error);
    state.setCurrent(addr, stored, resource.provider);
  }
  const outputs = state.ensureModule(ModuleInstance.ROOT).outputs;
  for (const [name, o] of f.state.modules.get("")!.outputs) outputs.set(name, { value: o.value, sensitive: o.sensitive });
  return { terraformVersion: f.terraformVersion, serial: f.serial, lineage: f.lineage, state };
}

describe("a state rebuilt from values is written as Terraform wrote it", () => {
  it.each(["count", "for-each", "modules", "outputs", "tainted", "lifecycle", "checks", "data"])("%s", (name) => {
    const text = fixture(`${name}/terraform.tfstate`);
    const f = readStateFile(text).file!;
    expect(writeStateFile(rebuild(f))).toBe(text);
  });
});

describe("writing", () => {
  it("writes an empty state as Terraform does", () => {
    const f = newStateFile("1.11.4");
    expect(writeStateFile(f)).toBe(
      `{\n  "version": 4,\n  "terraform_version": "1.11.4",\n  "serial": 0,\n  "lineage": "${f.lineage}",\n  "outputs": {},\n  "resources": [],\n  "check_results": null\n}\n`,
    );
  });

  it("leaves out an output it cannot write, with Terraform's diagnostic", () => {
    const f = newStateFile("1.11.4");
    const outputs = f.state.ensureModule(ModuleInstance.ROOT).outputs;
    outputs.set("later", { value: Value.unknown(StringType), sensitive: false });
    outputs.set("now", { value: Value.string("x").mark(Mark.Sensitive), sensitive: true });
    const r = writeStateFileChecked(f);
    expect(r.text).toContain('"outputs": {\n    "now": {\n      "value": "x",\n      "type": "string",\n      "sensitive": true\n    }\n  },');
    expect(r.diagnostics.map((d) => [d.summary, d.detail])).toEqual([
      ["Failed to serialize output value in state", 'An error occured while serializing output value "later": value is not known.'],
    ]);
  });

  it("makes lineages in Terraform's UUID layout, different each time", () => {
    const a = newLineage();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(newLineage()).not.toBe(a);
  });
});
