import { describe, expect, it } from "vitest";
import { Value } from "../../../../lang/values/value.js";
import { TIME_SLEEP_SCHEMA, timeProvider, type SleepFn } from "../../../../providers/builtin/time/index.js";
import { impliedType } from "../../../../providers/schema.js";
import { UNKNOWN } from "../../../helpers/values.js";
import { objectFor, plain, planAndApply } from "../harness.js";

const T = "time_sleep";
const NOW = new Date("2024-05-06T07:08:09Z");
const obj = (attrs: Record<string, unknown>) => objectFor(TIME_SLEEP_SCHEMA, attrs);
const NONE = Value.null(impliedType(TIME_SLEEP_SCHEMA.block));

/** A provider with a fake clock whose sleeps are recorded instead of waited. */
function recording() {
  const slept: number[] = [];
  const sleep: SleepFn = async (ms) => void slept.push(ms);
  return { provider: timeProvider({ now: () => NOW, sleep }), slept };
}

describe("time_sleep apply", () => {
  it.each<[string, Record<string, unknown>, number[]]>([
    ["waits create_duration on create", { create_duration: "1.5s" }, [1500]],
    ["waits minutes", { create_duration: "2m", destroy_duration: "1h" }, [120000]],
    ["does not wait with only a destroy_duration", { destroy_duration: "30s" }, []],
  ])("%s", async (_name, config, waits) => {
    const { provider, slept } = recording();
    const r = await planAndApply(provider, T, NONE, obj(config));
    expect(r.diagnostics).toEqual([]);
    expect(slept).toEqual(waits);
    expect(plain(r.state)).toMatchObject({ ...config, id: "2024-05-06T07:08:09Z", triggers: null });
  });

  it("waits destroy_duration from state on destroy", async () => {
    const { provider, slept } = recording();
    const prior = obj({ create_duration: "1s", destroy_duration: "250ms", id: "2024-05-06T07:08:09Z" });
    const r = await provider.applyResourceChange({ typeName: T, priorState: prior, plannedState: NONE, config: NONE });
    expect(r.diagnostics).toEqual([]);
    expect(r.newState.isNull).toBe(true);
    expect(slept).toEqual([250]);
  });

  it("updates a duration without waiting, keeping the id", async () => {
    const { provider, slept } = recording();
    const prior = obj({ create_duration: "1s", id: "2024-01-01T00:00:00Z" });
    const r = await planAndApply(provider, T, prior, obj({ create_duration: "5s" }));
    expect(r.plan.requiresReplace).toEqual([]);
    expect(r.planned).toMatchObject({ create_duration: "5s", id: "2024-01-01T00:00:00Z" });
    expect(plain(r.state)).toMatchObject({ create_duration: "5s", id: "2024-01-01T00:00:00Z" });
    expect(slept).toEqual([]);
  });

  it("replaces when triggers change", async () => {
    const prior = obj({ create_duration: "1s", id: "2024-01-01T00:00:00Z", triggers: { a: "1" } });
    const r = await planAndApply(recording().provider, T, prior, obj({ create_duration: "1s", triggers: { a: "2" } }), true);
    expect(r.plan.requiresReplace).toEqual([[{ attr: "triggers" }]]);
    expect(r.planned).toMatchObject({ id: "2024-01-01T00:00:00Z" });
  });

  it("plans the id of a create as unknown", async () => {
    const r = await planAndApply(recording().provider, T, NONE, obj({ create_duration: "1s" }), true);
    expect(r.planned).toMatchObject({ id: UNKNOWN });
  });

  it("sleeps for real by default", async () => {
    const started = Date.now();
    const r = await planAndApply(timeProvider(), T, NONE, obj({ create_duration: "30ms" }));
    expect(r.diagnostics).toEqual([]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
  });
});

describe("time_sleep stop", () => {
  it.each<[string, boolean]>([
    ["a sleep that rejects on abort", true],
    ["a sleep that resolves on abort", false],
  ])("stopProvider ends %s with an error", async (_name, rejects) => {
    let started!: () => void;
    const running = new Promise<void>((r) => (started = r));
    let calls = 0;
    const sleep: SleepFn = (_ms, signal) =>
      new Promise((resolve, reject) => {
        // The first sleep hangs until the provider is stopped; later ones end at once.
        if (calls++ > 0) return resolve();
        started();
        signal?.addEventListener("abort", () => (rejects ? reject(new Error("aborted")) : resolve()));
      });
    const provider = timeProvider({ now: () => NOW, sleep });
    const applying = planAndApply(provider, T, NONE, obj({ create_duration: "1h" }));
    await running;
    await provider.stopProvider();
    const r = await applying;
    expect(r.diagnostics.map((d) => [d.summary, d.detail])).toEqual([["Create time sleep error", "Original Error: context canceled"]]);
    expect(r.state?.isNull).toBe(true);
    // A stop cancels what runs at the time, not what comes after.
    expect((await planAndApply(provider, T, NONE, obj({ create_duration: "1s" }))).diagnostics).toEqual([]);
  });

  it("ends a destroy sleep with an error", async () => {
    const provider = timeProvider({ now: () => NOW, sleep: (_ms, signal) => new Promise((r) => signal?.addEventListener("abort", () => r())) });
    const prior = obj({ destroy_duration: "1h", id: "2024-01-01T00:00:00Z" });
    const applying = provider.applyResourceChange({ typeName: T, priorState: prior, plannedState: NONE, config: NONE });
    await new Promise((r) => setTimeout(r, 5));
    await provider.stopProvider();
    const r = await applying;
    expect(r.diagnostics.map((d) => [d.summary, d.detail])).toEqual([["Delete time sleep error", "Original Error: context canceled"]]);
  });
});

describe("time_sleep validation", () => {
  const MATCH = 'must be a number immediately followed by ms (milliseconds), s (seconds), m (minutes), or h (hours). For example, "30s" for 30 seconds.';
  it.each<[string, Record<string, unknown>, [string, string, string][]]>([
    ["a create duration", { create_duration: "10s" }, []],
    ["a fractional duration", { destroy_duration: "0.5h" }, []],
    ["no duration", {}, [
      ["Invalid Attribute Combination", "At least one attribute out of [destroy_duration,create_duration] must be specified", "create_duration"],
      ["Invalid Attribute Combination", "At least one attribute out of [create_duration,destroy_duration] must be specified", "destroy_duration"],
    ]],
    ["a bad unit", { create_duration: "10d" }, [["Invalid Attribute Value Match", `Attribute create_duration ${MATCH}, got: 10d`, "create_duration"]]],
    ["two units", { destroy_duration: "1h30m" }, [["Invalid Attribute Value Match", `Attribute destroy_duration ${MATCH}, got: 1h30m`, "destroy_duration"]]],
  ])("%s", async (_name, attrs, expected) => {
    const r = await recording().provider.validateResourceConfig({ typeName: T, config: obj(attrs) });
    expect(r.diagnostics.map((d) => [d.summary, d.detail, d.attribute?.map((s) => ("attr" in s ? s.attr : "")).join(".")])).toEqual(expected);
  });
});

describe("time_sleep import", () => {
  it.each<[string, string, Record<string, unknown>]>([
    ["both durations", "30s,1m", { create_duration: "30s", destroy_duration: "1m" }],
    ["only a destroy duration", ",1h30m", { create_duration: null, destroy_duration: "1h30m" }],
  ])("imports %s", async (_name, id, durations) => {
    const r = await recording().provider.importResourceState({ typeName: T, id });
    expect(r.diagnostics).toEqual([]);
    expect(plain(r.importedResources[0]!.state)).toEqual({ ...durations, triggers: {}, id: "2024-05-06T07:08:09Z" });
  });

  it.each<[string, string, string, string]>([
    ["one part", "30s", "Unexpected Format of ID", 'Unexpected format of ID ("30s"), expected CREATEDURATION,DESTROYDURATION where at least one value is non-empty'],
    ["two empty parts", ",", "Unexpected Format of ID", 'Unexpected format of ID (","), expected CREATEDURATION,DESTROYDURATION where at least one value is non-empty'],
    ["an unknown unit", "30x,", "Import time sleep error", 'The create_duration cannot be parsed\n\n+Original Error: time: unknown unit "x" in duration "30x"'],
    ["a missing unit", ",30", "Import time sleep error", 'The create_duration cannot be parsed\n\n+Original Error: time: missing unit in duration "30"'],
    ["not a duration", "soon,", "Import time sleep error", 'The create_duration cannot be parsed\n\n+Original Error: time: invalid duration "soon"'],
  ])("reports %s", async (_name, id, summary, detail) => {
    const r = await recording().provider.importResourceState({ typeName: T, id });
    expect(r.diagnostics.map((d) => [d.summary, d.detail])).toEqual([[summary, detail]]);
  });
});
