import { describe, expect, it } from "vitest";
import { typeExprString } from "../../../../lang/types/type.js";
import { valueEquals } from "../../../../lang/values/equality.js";
import { unmarshalTyped } from "../../../../lang/values/json-typed.js";
import type { Value } from "../../../../lang/values/value.js";
import { nullProvider } from "../../../../providers/builtin/null/index.js";
import { attributeType, impliedType } from "../../../../providers/schema.js";
import { json, replaceNames, ResourceHarness, str, unknownAttributes } from "../random/harness.js";

// The built-in hashicorp/null provider: null_resource (id, triggers) and null_data_source, as null 3.2.

const h = new ResourceHarness(nullProvider());

describe("null provider schemas", () => {
  it("has null_resource and the deprecated null_data_source, at schema version 0", async () => {
    const s = await nullProvider().getProviderSchema();
    const shape = (attrs: Record<string, { computed?: boolean; optional?: boolean; deprecated?: boolean }>) =>
      Object.fromEntries(
        Object.entries(attrs).map(([n, a]) => [
          n,
          `${typeExprString(attributeType(a as never))} ${[a.optional && "O", a.computed && "C", a.deprecated && "D"].filter(Boolean).join("")}`,
        ]),
      );
    expect(Object.keys(s.resourceTypes)).toEqual(["null_resource"]);
    expect(s.resourceTypes["null_resource"]!.version).toBe(0);
    expect(shape(s.resourceTypes["null_resource"]!.block.attributes)).toEqual({ triggers: "map(string) O", id: "string C" });
    const ds = s.dataSources["null_data_source"]!;
    expect(ds.block.deprecated).toBe(true);
    expect(shape(ds.block.attributes)).toEqual({
      inputs: "map(string) O",
      outputs: "map(string) C",
      random: "string C",
      has_computed_default: "string OC",
      id: "string CD",
    });
  });
});

describe("null_resource", () => {
  it("plans an unknown id and creates a decimal one", async () => {
    const { planned, state } = await h.create("null_resource", { triggers: { a: "1" } });
    expect(unknownAttributes(planned)).toEqual(["id"]);
    expect(str(state, "id")).toMatch(/^(0|[1-9]\d{0,18})$/);
    expect(BigInt(str(state, "id"))).toBeLessThan(2n ** 63n);
    expect(json(state)).toMatchObject({ triggers: { a: "1" } });
  });

  const changes: [string, Record<string, unknown>, Record<string, unknown>, string[]][] = [
    ["nothing", { triggers: { a: "1" } }, { triggers: { a: "1" } }, []],
    ["a trigger's value", { triggers: { a: "1" } }, { triggers: { a: "2" } }, ["triggers"]],
    ["a trigger added", { triggers: { a: "1" } }, { triggers: { a: "1", b: "2" } }, ["triggers"]],
    ["a trigger removed", { triggers: { a: "1", b: "2" } }, { triggers: { a: "1" } }, ["triggers"]],
    ["a null trigger added", { triggers: { a: "1" } }, { triggers: { a: "1", b: null } }, []],
    ["triggers from null to null values", {}, { triggers: { a: null } }, []],
    ["triggers from null to a value", {}, { triggers: { a: "x" } }, ["triggers"]],
    ["triggers from a value to null", { triggers: { a: "x" } }, {}, ["triggers"]],
  ];

  it.each(changes)("changing %s replaces %j", async (_, before, after, replaced) => {
    const { state } = await h.create("null_resource", before);
    const plan = await h.update("null_resource", state, after);
    expect(plan.diagnostics).toEqual([]);
    expect(replaceNames(plan)).toEqual(replaced);
    expect(str(plan.plannedState, "id")).toBe(str(state, "id"));
  });

  it("keeps the object on refresh and refuses import", async () => {
    const { state } = await h.create("null_resource", {});
    const read = await h.provider.readResource({ typeName: "null_resource", currentState: state });
    expect(valueEquals(read.newState, state)).toBe(true);
    const imported = await h.provider.importResourceState({ typeName: "null_resource", id: "123" });
    expect(imported.diagnostics.map((d) => d.summary)).toEqual(["Resource Import Not Implemented"]);
  });

  it("reads state stored by the SDK versions (3.1) as it is", async () => {
    const r = await h.provider.upgradeResourceState({
      typeName: "null_resource",
      version: 0,
      rawStateJson: '{"id":"5577006791947779410","triggers":{"a":"1"}}',
    });
    expect(r.diagnostics).toEqual([]);
    expect(json(r.upgradedState)).toEqual({ id: "5577006791947779410", triggers: { a: "1" } });
  });
});

describe("null_data_source", () => {
  async function read(config: string): Promise<Value> {
    const schema = (await nullProvider().getProviderSchema()).dataSources["null_data_source"]!;
    const r = await h.provider.readDataSource({ typeName: "null_data_source", config: unmarshalTyped(config, impliedType(schema.block)) as Value });
    expect(r.diagnostics).toEqual([]);
    return r.state;
  }

  it("copies inputs to outputs and fills the computed attributes", async () => {
    const state = await read('{"inputs":{"a":"1"}}');
    expect(json(state)).toMatchObject({ inputs: { a: "1" }, outputs: { a: "1" }, has_computed_default: "default", id: "static" });
    expect(str(state, "random")).toMatch(/^\d+$/);
  });

  it("keeps a configured has_computed_default, and null inputs", async () => {
    const state = await read('{"has_computed_default":"mine"}');
    expect(json(state)).toMatchObject({ inputs: null, outputs: null, has_computed_default: "mine" });
  });
});
