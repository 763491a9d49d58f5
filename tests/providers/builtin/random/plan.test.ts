import { describe, expect, it } from "vitest";
import { valueEquals } from "../../../../lang/values/equality.js";
import { randomProvider } from "../../../../providers/builtin/random/index.js";
import { attr, json, replaceNames, ResourceHarness, unknownAttributes } from "./harness.js";

// Planning as the plugin framework does it for the random provider: unknown computed attributes at
// create, defaults, prior values kept on update, and which changes force replacement.

const h = new ResourceHarness(randomProvider());

describe("random provider create plans", () => {
  const cases: [string, Record<string, unknown>, string[], Record<string, unknown>][] = [
    ["random_bytes", { length: 4 }, ["base64", "hex"], { length: 4 }],
    ["random_id", { byte_length: 4 }, ["b64_std", "b64_url", "dec", "hex", "id"], { prefix: null }],
    ["random_integer", { min: 1, max: 3 }, ["id", "result"], { seed: null }],
    [
      "random_password",
      { length: 8 },
      ["bcrypt_hash", "id", "result"],
      { special: true, upper: true, lower: true, number: true, numeric: true, min_upper: 0, min_special: 0, override_special: null },
    ],
    ["random_pet", {}, ["id"], { length: 2, separator: "-", prefix: null }],
    ["random_shuffle", { input: ["a"] }, ["id", "result"], { result_count: null }],
    ["random_string", { length: 8, numeric: false }, ["id", "result"], { number: false, numeric: false, min_lower: 0 }],
    ["random_string", { length: 8, number: false }, ["id", "result"], { number: false, numeric: false }],
    ["random_uuid", {}, ["id", "result"], { keepers: null }],
  ];

  it.each(cases)("%s %j: unknown %j, planned %j", async (type, config, unknown, known) => {
    const plan = await h.plan(type, await h.nullState(type), await h.config(type, config));
    expect(plan.diagnostics).toEqual([]);
    expect(plan.requiresReplace).toEqual([]);
    expect(unknownAttributes(plan.plannedState)).toEqual(unknown);
    for (const [name, v] of Object.entries(known)) expect(json(attr(plan.plannedState, name))).toEqual(v);
  });

  it("refuses number and numeric configured differently, without an attribute path", async () => {
    const plan = await h.plan("random_string", await h.nullState("random_string"), await h.config("random_string", { length: 8, number: true, numeric: false }));
    expect(plan.diagnostics).toEqual([
      { severity: "error", summary: "Number and numeric are both configured with different values", detail: "Number is deprecated, use numeric instead" },
    ]);
  });
});

describe("random provider update plans", () => {
  const unchanged: [string, Record<string, unknown>][] = [
    ["random_bytes", { length: 4, keepers: { a: "1" } }],
    ["random_id", { byte_length: 4, prefix: "p" }],
    ["random_integer", { min: 1, max: 9, seed: "s" }],
    ["random_password", { length: 8, override_special: "!" }],
    ["random_pet", { length: 3 }],
    ["random_shuffle", { input: ["a", "b"] }],
    ["random_string", { length: 8, min_upper: 2 }],
    ["random_uuid", { keepers: { a: null } }],
  ];

  it.each(unchanged)("%s keeps the object when nothing changes", async (type, config) => {
    const { state } = await h.create(type, config);
    const plan = await h.update(type, state, config);
    expect(plan.diagnostics).toEqual([]);
    expect(plan.requiresReplace).toEqual([]);
    expect(valueEquals(plan.plannedState, state)).toBe(true);
  });

  const changes: [string, string, Record<string, unknown>, Record<string, unknown>, string[]][] = [
    ["random_id", "a keeper's value", { byte_length: 4, keepers: { a: "1" } }, { byte_length: 4, keepers: { a: "2" } }, ["keepers"]],
    ["random_id", "a keeper removed", { byte_length: 4, keepers: { a: "1" } }, { byte_length: 4, keepers: {} }, ["keepers"]],
    ["random_id", "keepers from null to a value", { byte_length: 4 }, { byte_length: 4, keepers: { a: "1" } }, ["keepers"]],
    ["random_id", "keepers from null to null values", { byte_length: 4 }, { byte_length: 4, keepers: { a: null } }, []],
    ["random_id", "a null keeper added", { byte_length: 4, keepers: { a: "1" } }, { byte_length: 4, keepers: { a: "1", b: null } }, []],
    ["random_id", "keepers from {} to null", { byte_length: 4, keepers: {} }, { byte_length: 4 }, []],
    ["random_id", "byte_length", { byte_length: 4 }, { byte_length: 5 }, ["byte_length"]],
    ["random_id", "prefix", { byte_length: 4 }, { byte_length: 4, prefix: "x" }, ["prefix"]],
    ["random_integer", "seed", { min: 1, max: 3, seed: "a" }, { min: 1, max: 3, seed: "b" }, ["seed"]],
    ["random_integer", "min and max", { min: 1, max: 3 }, { min: 0, max: 4 }, ["max", "min"]],
    ["random_string", "length", { length: 8 }, { length: 9 }, ["length"]],
    ["random_string", "special turned off", { length: 8 }, { length: 8, special: false }, ["special"]],
    ["random_string", "numeric turned off", { length: 8 }, { length: 8, numeric: false }, ["number", "numeric"]],
    ["random_string", "override_special", { length: 8, override_special: "!" }, { length: 8, override_special: "?" }, ["override_special"]],
    ["random_string", "override_special from \"\" to null", { length: 8, override_special: "" }, { length: 8 }, []],
    ["random_password", "min_special", { length: 8 }, { length: 8, min_special: 1 }, ["min_special"]],
    ["random_bytes", "keepers from null to null values", { length: 4 }, { length: 4, keepers: { a: null } }, ["keepers"]],
    ["random_pet", "separator", {}, { separator: "_" }, ["separator"]],
    ["random_pet", "length", {}, { length: 3 }, ["length"]],
    ["random_shuffle", "input", { input: ["a"] }, { input: ["b"] }, ["input"]],
    ["random_shuffle", "result_count", { input: ["a"] }, { input: ["a"], result_count: 2 }, ["result_count"]],
    ["random_uuid", "a keeper's value", { keepers: { a: "1" } }, { keepers: { a: "2" } }, ["keepers"]],
  ];

  it.each(changes)("%s: changing %s replaces %j", async (type, _, before, after, replaced) => {
    const { state } = await h.create(type, before);
    const plan = await h.update(type, state, after);
    expect(plan.diagnostics).toEqual([]);
    expect(replaceNames(plan)).toEqual(replaced);
  });

  it("keeps the computed values on an in-place update", async () => {
    const { state } = await h.create("random_id", { byte_length: 4 });
    const plan = await h.update("random_id", state, { byte_length: 4, keepers: { a: null } });
    expect(replaceNames(plan)).toEqual([]);
    expect(unknownAttributes(plan.plannedState)).toEqual([]);
    expect(json(attr(plan.plannedState, "keepers"))).toEqual({ a: null });
    expect(attr(plan.plannedState, "b64_url").asString()).toBe(attr(state, "b64_url").asString());
  });

  it("replaces when a keeper is not known yet", async () => {
    const { state } = await h.create("random_uuid", { keepers: { a: "1" } });
    const plan = await h.update("random_uuid", state, { keepers: { a: "1" } }, ["keepers"]);
    expect(replaceNames(plan)).toEqual(["keepers"]);
  });

  it("plans a destroy as null", async () => {
    const { state } = await h.create("random_pet", {});
    const plan = await h.provider.planResourceChange({
      typeName: "random_pet",
      priorState: state,
      proposedNewState: await h.nullState("random_pet"),
      config: await h.nullState("random_pet"),
    });
    expect(plan.plannedState.isNull).toBe(true);
  });
});
