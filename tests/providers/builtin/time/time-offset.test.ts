import { describe, expect, it } from "vitest";
import { NumberType } from "../../../../lang/types/type.js";
import { Value } from "../../../../lang/values/value.js";
import { TIME_OFFSET_SCHEMA, timeProvider } from "../../../../providers/builtin/time/index.js";
import { impliedType } from "../../../../providers/schema.js";
import { UNKNOWN } from "../../../helpers/values.js";
import { objectFor, plain, planAndApply } from "../harness.js";

const T = "time_offset";
const NOW = new Date("2024-01-31T12:00:00Z");
const provider = () => timeProvider({ now: () => NOW });
const obj = (attrs: Record<string, unknown>) => objectFor(TIME_OFFSET_SCHEMA, attrs);
const NONE = Value.null(impliedType(TIME_OFFSET_SCHEMA.block));
const unix = (iso: string) => Date.parse(iso) / 1000;

/** The state of a time_offset made from `base` and `offsets` whose result is `result`. */
function stateOf(base: string, offsets: Record<string, number>, result: string, extra: Record<string, unknown> = {}) {
  const d = new Date(result);
  return {
    base_rfc3339: base, id: base, rfc3339: result, ...offsets, ...extra,
    year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(),
    hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds(), unix: unix(result),
  };
}

describe("time_offset apply", () => {
  it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    ["days from the clock", { offset_days: 7 }, stateOf("2024-01-31T12:00:00Z", { offset_days: 7 }, "2024-02-07T12:00:00Z")],
    ["a month past the end of February (Go's AddDate)", { offset_months: 1 }, stateOf("2024-01-31T12:00:00Z", { offset_months: 1 }, "2024-03-02T12:00:00Z")],
    ["negative hours", { offset_hours: -13 }, stateOf("2024-01-31T12:00:00Z", { offset_hours: -13 }, "2024-01-30T23:00:00Z")],
    ["several offsets add up", { base_rfc3339: "2023-01-31T00:00:00Z", offset_years: 1, offset_months: 1, offset_seconds: 90 },
      stateOf("2023-01-31T00:00:00Z", { offset_years: 1, offset_months: 1, offset_seconds: 90 }, "2024-03-03T00:01:30Z")],
    ["a base with an offset keeps it", { base_rfc3339: "2024-06-01T10:00:00+02:00", offset_minutes: 30 }, {
      base_rfc3339: "2024-06-01T10:00:00+02:00", rfc3339: "2024-06-01T10:30:00+02:00", hour: 10, minute: 30, unix: unix("2024-06-01T08:30:00Z"),
    }],
  ])("%s", async (_name, config, state) => {
    const r = await planAndApply(provider(), T, NONE, obj(config));
    expect(r.diagnostics).toEqual([]);
    expect(plain(r.state)).toMatchObject(state);
  });

  it("reports a base that is not RFC 3339", async () => {
    const r = await planAndApply(provider(), T, NONE, obj({ base_rfc3339: "soon", offset_days: 1 }));
    expect(r.diagnostics.map((d) => [d.summary, d.detail])).toEqual([[
      "Create time offset error",
      'The base_rfc3339 timestamp that was supplied could not be parsed as RFC3339.\n\n+Original Error: parsing time "soon" as "2006-01-02T15:04:05Z07:00": cannot parse "soon" as "2006"',
    ]]);
  });
});

describe("time_offset plan", () => {
  const prior = obj(stateOf("2024-01-31T12:00:00Z", { offset_days: 7 }, "2024-02-07T12:00:00Z", { triggers: { k: "a" } }));
  it.each<[string, Value, Record<string, unknown>, Record<string, unknown>, string[]]>([
    ["create: known after apply", NONE, { offset_days: 1 }, { base_rfc3339: UNKNOWN, rfc3339: UNKNOWN, unix: UNKNOWN, id: UNKNOWN }, []],
    ["create with a base: the rest after apply", NONE, { base_rfc3339: "2024-01-01T00:00:00Z", offset_days: 1 }, { base_rfc3339: "2024-01-01T00:00:00Z", rfc3339: UNKNOWN }, []],
    ["no change", prior, { offset_days: 7, triggers: { k: "a" } }, plain(prior) as Record<string, unknown>, []],
    ["offsets change: planned from the stored base", prior, { offset_days: 8, triggers: { k: "a" } },
      stateOf("2024-01-31T12:00:00Z", { offset_days: 8 }, "2024-02-08T12:00:00Z"), []],
    ["an offset added", prior, { offset_days: 7, offset_hours: 1, triggers: { k: "a" } },
      stateOf("2024-01-31T12:00:00Z", { offset_days: 7, offset_hours: 1 }, "2024-02-07T13:00:00Z"), []],
    ["an unknown offset stays unknown", prior, { offset_days: Value.unknown(NumberType), triggers: { k: "a" } }, { rfc3339: UNKNOWN }, []],
    ["triggers change: replace", prior, { offset_days: 7, triggers: { k: "b" } }, { rfc3339: UNKNOWN }, ["triggers"]],
  ])("%s", async (_name, before, config, planned, replace) => {
    const r = await planAndApply(provider(), T, before, obj(config), true);
    expect(r.diagnostics).toEqual([]);
    expect(r.planned).toMatchObject(planned);
    expect(r.plan.requiresReplace).toEqual(replace.map((a) => [{ attr: a }]));
  });

  it("applies an update from the planned base", async () => {
    const r = await planAndApply(provider(), T, prior, obj({ offset_days: 8, triggers: { k: "a" } }));
    expect(plain(r.state)).toMatchObject(stateOf("2024-01-31T12:00:00Z", { offset_days: 8 }, "2024-02-08T12:00:00Z"));
  });
});

describe("time_offset validation", () => {
  it.each<[string, Record<string, unknown>, [string, string | undefined][]]>([
    ["one offset", { offset_seconds: 1 }, []],
    ["no offset", { base_rfc3339: "2024-01-01T00:00:00Z" }, [[
      "Missing Attribute Configuration",
      "At least one of these attributes must be configured: [offset_seconds,offset_minutes,offset_hours,offset_days,offset_months,offset_years]",
    ]]],
    ["an unknown offset", { offset_days: Value.unknown(NumberType) }, []],
  ])("%s", async (_name, attrs, expected) => {
    const r = await provider().validateResourceConfig({ typeName: T, config: obj(attrs) });
    expect(r.diagnostics.map((d) => [d.summary, d.detail])).toEqual(expected);
  });
});

describe("time_offset import", () => {
  it("imports BASE,YEARS,MONTHS,DAYS,HOURS,MINUTES,SECONDS", async () => {
    const r = await provider().importResourceState({ typeName: T, id: "2024-01-31T00:00:00Z,,1,,2,," });
    expect(r.diagnostics).toEqual([]);
    expect(plain(r.importedResources[0]!.state)).toEqual({
      ...stateOf("2024-01-31T00:00:00Z", { offset_months: 1, offset_hours: 2 }, "2024-03-02T02:00:00Z"),
      offset_years: null, offset_days: null, offset_minutes: null, offset_seconds: null, triggers: {},
    });
  });

  it.each<[string, string, string, string]>([
    ["too few parts", "2024-01-31T00:00:00Z,1", "Unexpected Format of ID",
      'Unexpected format of ID ("2024-01-31T00:00:00Z,1"), expected BASETIMESTAMP,YEARS,MONTHS,DAYS,HOURS,MINUTES,SECONDS'],
    ["no offsets", "2024-01-31T00:00:00Z,,,,,,", "Unexpected Format of ID",
      'Unexpected format of ID ("2024-01-31T00:00:00Z,,,,,,"), expected BASETIMESTAMP,YEARS,MONTHS,DAYS,HOURS,MINUTES,SECONDS where at least one offset value is non-empty'],
    ["a bad offset", "2024-01-31T00:00:00Z,,x,,,,", "Import time offset error",
      'The offset_months parameter that was supplied could not be parsed as Int64.\n\n+Original Error: could not parse offset ("x") as int: strconv.ParseInt: parsing "x": invalid syntax'],
    ["a bad base", "later,1,,,,,", "Create time offset error",
      'The base_rfc3339 timestamp that was supplied could not be parsed as RFC3339.\n\n+Original Error: parsing time "later" as "2006-01-02T15:04:05Z07:00": cannot parse "later" as "2006"'],
  ])("reports %s", async (_name, id, summary, detail) => {
    const r = await provider().importResourceState({ typeName: T, id });
    expect(r.diagnostics.map((d) => [d.summary, d.detail])).toEqual([[summary, detail]]);
  });
});
