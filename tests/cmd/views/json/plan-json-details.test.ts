import { describe, expect, it } from "vitest";
import { AbsProviderConfig, Module, Provider } from "../../../../core/addrs/index.js";
import type { ResourceInstanceChange } from "../../../../core/plans/changes.js";
import { State } from "../../../../core/states/state.js";
import { planJson, stateJson, type SchemaLookup } from "../../../../cmd/views/json/index.js";
import { listOf, setOf, StringType } from "../../../../lang/types/type.js";
import { Value } from "../../../../lang/values/value.js";
import type { Schema } from "../../../../providers/schema.js";
import { js } from "../../../helpers/values.js";
import { caseConfig, change, NULL, planOf, ri, SCHEMAS, secret, stateOf, tdObject } from "./builders.js";

// What the golden cases cannot show, checked part by part on small hand-built plans and states: a
// provider schema's sensitive attributes (nested blocks and nested attributes too), deposed objects,
// data sources being removed, drift, and the version of deposed objects' entries. Expectations follow
// jsonplan and jsonstate in Terraform v1.11.

const TEST = Provider.official("test");
const TEST_CONFIG = new AbsProviderConfig(Module.ROOT, TEST);

/** test_secret: a sensitive attribute, a nested block with one, a nested attribute with one; version 2. */
const SECRET_SCHEMA: Schema = {
  version: 2,
  block: {
    attributes: {
      name: { type: StringType, optional: true },
      password: { type: StringType, optional: true, sensitive: true },
      creds: { nested: { nesting: "single", attributes: { token: { type: StringType, sensitive: true }, user: { type: StringType } } }, optional: true },
    },
    blocks: { rule: { nesting: "list", block: { attributes: { key: { type: StringType, sensitive: true }, tags: { type: setOf(StringType) } } } } },
  },
};

const lookup: SchemaLookup = (p, mode, type) => (p === TEST.toString() && type === "test_secret" ? SECRET_SCHEMA : SCHEMAS(p, mode, type));
const META = { terraformVersion: "1.11.4" };

const secretObject = (name: string) =>
  Value.object({
    name: Value.string(name),
    password: Value.string("p"),
    creds: js({ token: "t", user: "u" }),
    rule: Value.list([js({ key: "k", tags: Value.set([Value.string("x")]) })]),
  });

function testChange(address: string, action: ResourceInstanceChange["change"]["action"], before: Value, after: Value): ResourceInstanceChange {
  return { ...change(address, action, before, after), provider: TEST_CONFIG, schemaVersion: 2 };
}

function planned(changes: ResourceInstanceChange[], extra: Partial<Parameters<typeof planOf>[0]> = {}) {
  const text = planJson(planOf({ priorState: new State(), changes, ...extra }), caseConfig("no-changes"), lookup, META);
  return JSON.parse(text) as Record<string, any>;
}

describe("planJson details", () => {
  it("adds the schema's sensitive attributes to before_sensitive and after_sensitive, not to planned values", () => {
    const p = planned([testChange("test_secret.a", "update", secretObject("old"), secretObject("new"))]);
    const want = { password: true, creds: { token: true }, rule: [{ key: true, tags: [false] }] };
    expect(p.resource_changes[0].change.before_sensitive).toEqual(want);
    expect(p.resource_changes[0].change.after_sensitive).toEqual(want);
    expect(p.planned_values.root_module.resources[0].sensitive_values).toEqual({ creds: {}, rule: [{ tags: [false] }] });
    expect(p.planned_values.root_module.resources[0].schema_version).toBe(2);
  });

  it("leaves out removed data sources, shows deposed objects and sorts data before managed", () => {
    const obj = tdObject({ id: "i", input: js("x") });
    const p = planned([
      change("terraform_data.b", "delete", obj, Value.null(obj.type), { deposed: "00000001" }),
      change("data.terraform_remote_state.gone", "delete", js({}), NULL),
      change("terraform_data.a", "no-op", obj, obj),
      change("data.terraform_remote_state.r", "read", NULL, Value.unknown(listOf(StringType))),
    ]);
    expect(p.resource_changes.map((r: any) => [r.address, r.deposed ?? null, r.change.actions])).toEqual([
      ["data.terraform_remote_state.r", null, ["read"]],
      ["terraform_data.a", null, ["no-op"]],
      ["terraform_data.b", "00000001", ["delete"]],
    ]);
    expect(p.planned_values.root_module.resources.map((r: any) => r.address)).toEqual(["data.terraform_remote_state.r", "terraform_data.a"]);
    expect(p).not.toHaveProperty("prior_state");
    expect(p).not.toHaveProperty("output_changes");
  });

  it("shows drift only when something changed, except in refresh-only mode", () => {
    const obj = tdObject({ id: "i", input: js("x") });
    const drift = [change("terraform_data.a", "update", obj, obj), change("terraform_data.m", "no-op", obj, obj, { prev: "terraform_data.old" })];
    expect(planned([], { driftedResources: drift }).resource_drift.map((r: any) => r.address)).toEqual(["terraform_data.a"]);
    const refreshOnly = planned([], { driftedResources: drift, mode: "refresh-only" }).resource_drift;
    expect(refreshOnly.map((r: any) => [r.address, r.previous_address ?? null])).toEqual([
      ["terraform_data.a", null],
      ["terraform_data.m", "terraform_data.old"],
    ]);
  });

  it("writes errored, checks and sensitive variables as given", () => {
    const text = planJson(
      planOf({ priorState: new State(), changes: [], errored: true, variables: new Map([["word", secret("shh")]]) }),
      caseConfig("no-changes"),
      lookup,
      { ...META, checks: "[]" },
    );
    expect(text).toContain('"variables":{"word":{"value":"shh"}}');
    expect(text.endsWith('"checks":[],"timestamp":"2026-01-01T00:00:00Z","applyable":true,"complete":true,"errored":true}')).toBe(true);
  });
});

describe("stateJson details", () => {
  it("writes the current object before deposed ones, deposed entries with schema version 0", () => {
    const state = stateOf([
      { addr: "terraform_data.a", value: tdObject({ id: "cur", input: js("x") }), status: "tainted", dependencies: ['module.m["k"].terraform_data.z'] },
      { addr: "terraform_data.a", value: tdObject({ id: "old", input: js("x") }), deposed: "0000beef" },
    ]);
    const s = JSON.parse(stateJson(state, lookup, META)) as Record<string, any>;
    expect(s.values.root_module.resources.map((r: any) => [r.values.id, r.tainted ?? false, r.deposed_key ?? null, r.depends_on ?? null])).toEqual([
      ["cur", true, null, ["module.m.terraform_data.z"]],
      ["old", false, "0000beef", null],
    ]);
  });

  it("nests a module under an ancestor that holds nothing itself", () => {
    const state = stateOf([
      { addr: 'module.a.module.b["k"].terraform_data.x', value: tdObject({ id: "x" }) },
      { addr: "module.c.terraform_data.y", value: tdObject({ id: "y" }) },
    ]);
    const s = JSON.parse(stateJson(state, lookup, META)) as Record<string, any>;
    const tree = (m: any): unknown => [m.address ?? "", (m.resources ?? []).map((r: any) => r.address), (m.child_modules ?? []).map(tree)];
    expect(tree(s.values.root_module)).toEqual([
      "",
      [],
      [
        ["module.a", [], [['module.a.module.b["k"]', ['module.a.module.b["k"].terraform_data.x'], []]]],
        ["module.c", ["module.c.terraform_data.y"], []],
      ],
    ]);
  });

  it("adds the schema's sensitive attributes to the recorded ones", () => {
    const state = new State();
    const attrsJson = '{"name":"n","password":"p","creds":{"token":"t","user":"u"},"rule":[{"key":"k","tags":["x"]}]}';
    const obj = { schemaVersion: 2, attrsJson, sensitivePaths: [[{ attr: "name" }]], status: "ready" as const, dependencies: [], createBeforeDestroy: false };
    state.setCurrent(ri("test_secret.s"), obj, TEST_CONFIG);
    const s = JSON.parse(stateJson(state, lookup, META)) as Record<string, any>;
    const want = { name: true, password: true, creds: { token: true }, rule: [{ key: true, tags: [false] }] };
    expect(s.values.root_module.resources[0].sensitive_values).toEqual(want);
    expect(s.values.root_module.resources[0].schema_version).toBe(2);
  });

  it("refuses an object whose schema version differs from the provider's", () => {
    const state = new State();
    const obj = { schemaVersion: 1, attrsJson: "{}", sensitivePaths: [], status: "ready" as const, dependencies: [], createBeforeDestroy: false };
    state.setCurrent(ri("test_secret.s"), obj, TEST_CONFIG);
    expect(() => stateJson(state, lookup, META)).toThrow("schema version 1 for test_secret.s in state does not match version 2 from the provider");
  });
});
