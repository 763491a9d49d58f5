import { describe, expect, it } from "vitest";
import { DynamicPseudoType, StringType } from "../../../../lang/types/type.js";
import { Value } from "../../../../lang/values/value.js";
import { terraformProvider, TERRAFORM_DATA_SCHEMA } from "../../../../providers/builtin/terraform/index.js";
import { impliedType } from "../../../../providers/schema.js";
import { UNKNOWN } from "../../../helpers/values.js";
import { objectFor, plain, planAndApply } from "../harness.js";

const T = "terraform_data";
const obj = (attrs: Record<string, unknown>) => objectFor(TERRAFORM_DATA_SCHEMA, attrs);
const NONE = Value.null(impliedType(TERRAFORM_DATA_SCHEMA.block));
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const prior = obj({ id: "id-1", input: "a", output: "a", triggers_replace: "x" });

describe("terraform_data schema", () => {
  it("has Terraform 1.11's attributes", async () => {
    const s = await terraformProvider().getProviderSchema();
    expect(Object.keys(s.resourceTypes)).toEqual([T]);
    expect(s.resourceTypes[T]).toEqual({
      version: 0,
      block: {
        attributes: {
          input: { type: DynamicPseudoType, optional: true },
          output: { type: DynamicPseudoType, computed: true },
          triggers_replace: { type: DynamicPseudoType, optional: true },
          id: { type: StringType, computed: true },
        },
      },
    });
  });
});

describe("terraform_data plan", () => {
  it.each<[string, Value, Value, Record<string, unknown>, string[]]>([
    ["create with an input", NONE, obj({ input: "a" }), { id: UNKNOWN, input: "a", output: UNKNOWN, triggers_replace: null }, []],
    ["create without an input", NONE, obj({}), { id: UNKNOWN, input: null, output: null, triggers_replace: null }, []],
    ["create with a tuple input", NONE, obj({ input: [1, "b"] }), { id: UNKNOWN, input: [1, "b"], output: UNKNOWN, triggers_replace: null }, []],
    ["no change", prior, obj({ input: "a", triggers_replace: "x" }), { id: "id-1", input: "a", output: "a", triggers_replace: "x" }, []],
    ["input changes: update, output unknown", prior, obj({ input: "b", triggers_replace: "x" }), { id: "id-1", input: "b", output: UNKNOWN, triggers_replace: "x" }, []],
    ["input changes type", prior, obj({ input: 1, triggers_replace: "x" }), { id: "id-1", input: 1, output: UNKNOWN, triggers_replace: "x" }, []],
    ["triggers change: replace", prior, obj({ input: "a", triggers_replace: "y" }), { id: UNKNOWN, input: "a", output: UNKNOWN, triggers_replace: "y" }, ["triggers_replace"]],
    ["triggers change with no input", prior, obj({ triggers_replace: "y" }), { id: UNKNOWN, input: null, output: null, triggers_replace: "y" }, ["triggers_replace"]],
    ["after import: output follows the configured input", obj({ id: "abc" }), obj({ input: "q" }), { id: "abc", input: "q", output: UNKNOWN, triggers_replace: null }, []],
    ["triggers removed", prior, obj({ input: "a" }), { id: UNKNOWN, input: "a", output: UNKNOWN, triggers_replace: null }, ["triggers_replace"]],
  ])("%s", async (_name, before, config, planned, replace) => {
    const r = await planAndApply(terraformProvider(), T, before, config, true);
    expect(r.diagnostics).toEqual([]);
    expect(r.planned).toEqual(planned);
    expect(r.plan.requiresReplace).toEqual(replace.map((a) => [{ attr: a }]));
  });

  it("plans a destroy as null", async () => {
    const r = await terraformProvider().planResourceChange({ typeName: T, priorState: prior, proposedNewState: NONE, config: NONE });
    expect(r.plannedState.isNull).toBe(true);
  });

  it("keeps an unknown input unknown in output", async () => {
    const r = await planAndApply(terraformProvider(), T, prior, obj({ input: Value.unknown(StringType), triggers_replace: "x" }), true);
    expect(r.planned).toMatchObject({ id: "id-1", input: UNKNOWN, output: UNKNOWN });
  });
});

describe("terraform_data apply", () => {
  it("creates with a fresh UUID and output copied from input", async () => {
    const r = await planAndApply(terraformProvider(), T, NONE, obj({ input: { a: [1, 2] } }));
    const state = plain(r.state) as Record<string, unknown>;
    expect(state).toMatchObject({ input: { a: [1, 2] }, output: { a: [1, 2] }, triggers_replace: null });
    expect(state["id"]).toMatch(UUID);
  });

  it("makes a new id on each create", async () => {
    const a = plain((await planAndApply(terraformProvider(), T, NONE, obj({}))).state) as Record<string, unknown>;
    const b = plain((await planAndApply(terraformProvider(), T, NONE, obj({}))).state) as Record<string, unknown>;
    expect(a["id"]).not.toEqual(b["id"]);
  });

  it("updates output and keeps the id", async () => {
    const r = await planAndApply(terraformProvider(), T, prior, obj({ input: "b", triggers_replace: "x" }));
    expect(plain(r.state)).toEqual({ id: "id-1", input: "b", output: "b", triggers_replace: "x" });
  });

  it("destroys to null", async () => {
    const r = await terraformProvider().applyResourceChange({ typeName: T, priorState: prior, plannedState: NONE, config: NONE });
    expect(r.newState.isNull).toBe(true);
  });
});

describe("terraform_data validate, read, import, upgrade", () => {
  it.each<[string, Record<string, unknown>, string[]]>([
    ["input and triggers are fine", { input: "a", triggers_replace: [1] }, []],
    ["output is read-only", { output: "x" }, ['"output" attribute is read-only']],
    ["id and output are read-only", { id: "y", output: "x" }, ['"id" attribute is read-only', '"output" attribute is read-only']],
  ])("%s", async (_name, attrs, summaries) => {
    const r = await terraformProvider().validateResourceConfig({ typeName: T, config: obj(attrs) });
    expect(r.diagnostics.map((d) => [d.severity, d.summary])).toEqual(summaries.map((s) => ["error", s]));
  });

  it("reads the object back unchanged", async () => {
    const r = await terraformProvider().readResource({ typeName: T, currentState: prior });
    expect(r.newState).toBe(prior);
  });

  it("imports with only the id", async () => {
    const r = await terraformProvider().importResourceState({ typeName: T, id: "abc" });
    expect(r.diagnostics).toEqual([]);
    expect(r.importedResources.map((i) => [i.typeName, plain(i.state)])).toEqual([
      [T, { id: "abc", input: null, output: null, triggers_replace: null }],
    ]);
  });

  it("upgrades stored state at the current version", async () => {
    const raw = '{"id":"i","input":{"value":["a",1],"type":["tuple",["string","number"]]},"output":{"value":["a",1],"type":["tuple",["string","number"]]},"triggers_replace":null}';
    const r = await terraformProvider().upgradeResourceState({ typeName: T, version: 0, rawStateJson: raw });
    expect(r.diagnostics).toEqual([]);
    expect(plain(r.upgradedState)).toEqual({ id: "i", input: ["a", 1], output: ["a", 1], triggers_replace: null });
  });

  it("reports unreadable state", async () => {
    const r = await terraformProvider().upgradeResourceState({ typeName: T, version: 0, rawStateJson: "{" });
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]!.severity).toBe("error");
  });
});
