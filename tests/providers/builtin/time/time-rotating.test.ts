import { describe, expect, it } from "vitest";
import { Value } from "../../../../lang/values/value.js";
import { TIME_ROTATING_SCHEMA, timeProvider } from "../../../../providers/builtin/time/index.js";
import { impliedType } from "../../../../providers/schema.js";
import { UNKNOWN } from "../../../helpers/values.js";
import { objectFor, plain, planAndApply } from "../harness.js";

const T = "time_rotating";
const obj = (attrs: Record<string, unknown>) => objectFor(TIME_ROTATING_SCHEMA, attrs);
const NONE = Value.null(impliedType(TIME_ROTATING_SCHEMA.block));
const unix = (iso: string) => Date.parse(iso) / 1000;

/** A provider whose clock reads `iso`. */
const at = (iso: string) => timeProvider({ now: () => new Date(iso) });

/** The state of a rotation from `base` to `rotation` with the given arguments. */
function stateOf(base: string, args: Record<string, unknown>, rotation: string, extra: Record<string, unknown> = {}) {
  const d = new Date(rotation);
  return {
    rfc3339: base, id: base, rotation_rfc3339: rotation, ...args, ...extra,
    year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(),
    hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds(), unix: unix(rotation),
  };
}

describe("time_rotating apply", () => {
  it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    ["days from the clock", { rotation_days: 30 }, stateOf("2024-01-15T08:00:00Z", { rotation_days: 30 }, "2024-02-14T08:00:00Z")],
    ["months", { rotation_months: 1, rfc3339: "2023-01-31T00:00:00Z" }, stateOf("2023-01-31T00:00:00Z", { rotation_months: 1 }, "2023-03-03T00:00:00Z")],
    ["a rotation time given", { rotation_rfc3339: "2025-01-01T00:00:00Z" }, stateOf("2024-01-15T08:00:00Z", {}, "2025-01-01T00:00:00Z")],
    ["only the last argument counts (years after days)", { rotation_days: 1, rotation_years: 1 }, stateOf("2024-01-15T08:00:00Z", { rotation_days: 1, rotation_years: 1 }, "2025-01-15T08:00:00Z")],
    ["hours", { rotation_hours: 20 }, stateOf("2024-01-15T08:00:00Z", { rotation_hours: 20 }, "2024-01-16T04:00:00Z")],
  ])("%s", async (_name, config, state) => {
    const r = await planAndApply(at("2024-01-15T08:00:00Z"), T, NONE, obj(config));
    expect(r.diagnostics).toEqual([]);
    expect(plain(r.state)).toMatchObject(state);
  });

  it("plans a create as known after apply", async () => {
    const r = await planAndApply(at("2024-01-15T08:00:00Z"), T, NONE, obj({ rotation_days: 1 }), true);
    expect(r.planned).toMatchObject({ rfc3339: UNKNOWN, rotation_rfc3339: UNKNOWN, id: UNKNOWN, unix: UNKNOWN, rotation_days: 1 });
  });
});

describe("time_rotating refresh and plan", () => {
  const prior = obj(stateOf("2024-01-15T08:00:00Z", { rotation_days: 30 }, "2024-02-14T08:00:00Z", { triggers: { k: "a" } }));

  it.each<[string, string, boolean]>([
    ["before the rotation time it stays", "2024-02-14T07:59:59Z", true],
    ["at the rotation time it stays", "2024-02-14T08:00:00Z", true],
    ["after the rotation time it is gone, so the plan creates it again", "2024-02-14T08:00:01Z", false],
  ])("%s", async (_name, now, stays) => {
    const r = await at(now).readResource({ typeName: T, currentState: prior });
    expect(r.diagnostics).toEqual([]);
    expect(r.newState.isNull).toBe(!stays);
  });

  it.each<[string, string, Record<string, unknown>, Record<string, unknown>, string[]]>([
    ["no change", "2024-01-20T00:00:00Z", { rotation_days: 30, triggers: { k: "a" } }, plain(prior) as Record<string, unknown>, []],
    ["a new rotation period is planned from the base", "2024-01-20T00:00:00Z", { rotation_days: 10, triggers: { k: "a" } },
      stateOf("2024-01-15T08:00:00Z", { rotation_days: 10 }, "2024-01-25T08:00:00Z", { triggers: { k: "a" } }), []],
    ["a change once the rotation time has passed replaces it", "2024-03-01T00:00:00Z", { rotation_days: 60, triggers: { k: "a" } },
      { rotation_rfc3339: "2024-03-15T08:00:00Z" }, ["rotation_rfc3339"]],
    ["triggers change: replace", "2024-01-20T00:00:00Z", { rotation_days: 30, triggers: { k: "b" } }, { rfc3339: "2024-01-15T08:00:00Z" }, ["triggers"]],
    ["a new base: replace", "2024-01-20T00:00:00Z", { rotation_days: 30, rfc3339: "2024-01-18T00:00:00Z", triggers: { k: "a" } },
      { rfc3339: "2024-01-18T00:00:00Z", rotation_rfc3339: "2024-02-17T00:00:00Z" }, ["rfc3339"]],
  ])("%s", async (_name, now, config, planned, replace) => {
    const r = await planAndApply(at(now), T, prior, obj(config), true);
    expect(r.diagnostics).toEqual([]);
    expect(r.planned).toMatchObject(planned);
    expect(r.plan.requiresReplace).toEqual(replace.map((a) => [{ attr: a }]));
  });

  it("applies an in-place update from the id", async () => {
    const r = await planAndApply(at("2024-01-20T00:00:00Z"), T, prior, obj({ rotation_days: 10, triggers: { k: "a" } }));
    expect(r.diagnostics).toEqual([]);
    expect(plain(r.state)).toMatchObject(stateOf("2024-01-15T08:00:00Z", { rotation_days: 10 }, "2024-01-25T08:00:00Z"));
  });
});

describe("time_rotating validation", () => {
  it.each<[string, Record<string, unknown>, [string, string, string | undefined][]]>([
    ["a rotation", { rotation_minutes: 5 }, []],
    ["no rotation", {}, [["Missing Attribute Configuration",
      "At least one of these attributes must be configured: [rotation_minutes,rotation_hours,rotation_days,rotation_months,rotation_years,rotation_rfc3339]", undefined]]],
    ["a zero period", { rotation_days: 0 }, [["Invalid Attribute Value", "Attribute rotation_days value must be at least 1, got: 0", "rotation_days"]]],
    ["a bad rotation time", { rotation_rfc3339: "2024-01-01" }, [["Invalid RFC3339 String Value",
      'A string value was provided that is not valid RFC3339 string format.\n\nGiven Value: 2024-01-01\nError: parsing time "2024-01-01" as "2006-01-02T15:04:05Z07:00": cannot parse "" as "T"', "rotation_rfc3339"]]],
  ])("%s", async (_name, attrs, expected) => {
    const r = await at("2024-01-01T00:00:00Z").validateResourceConfig({ typeName: T, config: obj(attrs) });
    expect(r.diagnostics.map((d) => [d.summary, d.detail, d.attribute?.map((s) => ("attr" in s ? s.attr : "")).join(".")])).toEqual(expected);
  });
});

describe("time_rotating import", () => {
  it.each<[string, string, Record<string, unknown>]>([
    ["BASE,ROTATION", "2024-01-15T08:00:00Z,2024-06-01T00:00:00Z", stateOf("2024-01-15T08:00:00Z", {}, "2024-06-01T00:00:00Z", { triggers: {}, rotation_days: null })],
    ["BASE,YEARS,MONTHS,DAYS,HOURS,MINUTES", "2024-01-15T08:00:00Z,,,7,,", stateOf("2024-01-15T08:00:00Z", { rotation_days: 7 }, "2024-01-22T08:00:00Z", { rotation_years: null, triggers: {} })],
  ])("imports %s", async (_name, id, state) => {
    const r = await at("2024-01-01T00:00:00Z").importResourceState({ typeName: T, id });
    expect(r.diagnostics).toEqual([]);
    expect(plain(r.importedResources[0]!.state)).toMatchObject(state);
  });

  it.each<[string, string, string]>([
    ["a three-part id", "a,b,c", 'Unexpected format of ID ("a,b,c"), expected BASETIMESTAMP,YEARS,MONTHS,DAYS,HOURS,MINUTES or BASETIMESTAMP,ROTATIONTIMESTAMP'],
    ["an empty rotation", "2024-01-15T08:00:00Z,", 'Unexpected format of ID ("2024-01-15T08:00:00Z,"), expected BASETIMESTAMP,ROTATIONTIMESTAMP'],
    ["a bad count", "2024-01-15T08:00:00Z,1.5,,,,",
      'The parameter that was supplied could not be parsed.\n\n+Original Error: could not parse rotation ("1.5") as int: strconv.ParseInt: parsing "1.5": invalid syntax'],
  ])("reports %s", async (_name, id, detail) => {
    const r = await at("2024-01-01T00:00:00Z").importResourceState({ typeName: T, id });
    expect(r.diagnostics.map((d) => d.detail)).toEqual([detail]);
  });
});
