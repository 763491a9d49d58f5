import { describe, expect, it } from "vitest";
import { NumberType, StringType, mapOf } from "../../../../lang/types/type.js";
import { Value } from "../../../../lang/values/value.js";
import { TIME_STATIC_SCHEMA, timeProvider } from "../../../../providers/builtin/time/index.js";
import { impliedType } from "../../../../providers/schema.js";
import { UNKNOWN } from "../../../helpers/values.js";
import { objectFor, plain, planAndApply } from "../harness.js";

const T = "time_static";
const NOW = new Date("2024-01-02T03:04:05.678Z");
const provider = () => timeProvider({ now: () => NOW });
const obj = (attrs: Record<string, unknown>) => objectFor(TIME_STATIC_SCHEMA, attrs);
const NONE = Value.null(impliedType(TIME_STATIC_SCHEMA.block));
const unix = (iso: string) => Date.parse(iso) / 1000;
const NOW_FIELDS = { year: 2024, month: 1, day: 2, hour: 3, minute: 4, second: 5, unix: unix("2024-01-02T03:04:05Z") };
const stored = obj({ ...NOW_FIELDS, rfc3339: "2024-01-02T03:04:05Z", id: "2024-01-02T03:04:05Z", triggers: { k: "a" } });

describe("time_static schema", () => {
  it("has the provider's attributes", async () => {
    const s = (await provider().getProviderSchema()).resourceTypes[T]!;
    const shape = Object.fromEntries(Object.entries(s.block.attributes).map(([n, a]) => [n, [a.type, a.optional ?? false, a.computed ?? false]]));
    expect(shape).toEqual({
      day: [NumberType, false, true], hour: [NumberType, false, true], minute: [NumberType, false, true],
      month: [NumberType, false, true], second: [NumberType, false, true], unix: [NumberType, false, true],
      year: [NumberType, false, true], triggers: [mapOf(StringType), true, false], rfc3339: [StringType, true, true],
      id: [StringType, false, true],
    });
  });
});

describe("time_static plan and apply", () => {
  const allUnknown = { day: UNKNOWN, hour: UNKNOWN, minute: UNKNOWN, month: UNKNOWN, second: UNKNOWN, unix: UNKNOWN, year: UNKNOWN, rfc3339: UNKNOWN, id: UNKNOWN };
  it.each<[string, Value, Value, Record<string, unknown>, string[]]>([
    ["create: known after apply", NONE, obj({}), { ...allUnknown, triggers: null }, []],
    ["create with rfc3339: known at plan", NONE, obj({ rfc3339: "2024-02-29T10:20:30+02:00" }), {
      year: 2024, month: 2, day: 29, hour: 10, minute: 20, second: 30, unix: unix("2024-02-29T08:20:30Z"),
      rfc3339: "2024-02-29T10:20:30+02:00", id: "2024-02-29T10:20:30+02:00",
    }, []],
    ["no change", stored, obj({ triggers: { k: "a" } }), plain(stored) as Record<string, unknown>, []],
    ["triggers change: replace", stored, obj({ triggers: { k: "b" } }), { ...allUnknown, id: "2024-01-02T03:04:05Z", triggers: { k: "b" } }, ["rfc3339", "triggers"]],
    ["rfc3339 given: replace", stored, obj({ rfc3339: "2020-01-01T00:00:00Z", triggers: { k: "a" } }), { rfc3339: "2020-01-01T00:00:00Z", year: UNKNOWN }, ["rfc3339"]],
  ])("%s", async (_name, prior, config, planned, replace) => {
    const r = await planAndApply(provider(), T, prior, config, true);
    expect(r.diagnostics).toEqual([]);
    expect(r.planned).toMatchObject(planned);
    expect(r.plan.requiresReplace).toEqual(replace.map((a) => [{ attr: a }]));
  });

  it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    ["from the clock, in UTC", {}, { ...NOW_FIELDS, rfc3339: "2024-01-02T03:04:05Z", id: "2024-01-02T03:04:05Z" }],
    ["from rfc3339, keeping its form", { rfc3339: "2024-01-02T03:04:05+00:00" }, { ...NOW_FIELDS, rfc3339: "2024-01-02T03:04:05+00:00", id: "2024-01-02T03:04:05+00:00" }],
    ["from rfc3339 with an offset", { rfc3339: "2000-12-31T23:30:00-05:30" }, {
      year: 2000, month: 12, day: 31, hour: 23, minute: 30, second: 0, unix: unix("2001-01-01T05:00:00Z"), rfc3339: "2000-12-31T23:30:00-05:30",
    }],
  ])("creates %s", async (_name, attrs, state) => {
    const r = await planAndApply(provider(), T, NONE, obj(attrs));
    expect(r.diagnostics).toEqual([]);
    expect(plain(r.state)).toMatchObject(state);
  });

  it("reads the object back unchanged", async () => {
    const r = await provider().readResource({ typeName: T, currentState: stored });
    expect(r.newState).toBe(stored);
  });
});

describe("time_static validation", () => {
  const layout = '"2006-01-02T15:04:05Z07:00"';
  it.each<[string, string, string | undefined]>([
    ["a valid timestamp", "2024-01-02T03:04:05Z", undefined],
    ["a one-digit hour (Go accepts it)", "2024-01-02T3:04:05Z", undefined],
    ["a fraction", "2024-01-02T03:04:05.123456789Z", undefined],
    ["a bad month", "2024-13-01T00:00:00Z", 'parsing time "2024-13-01T00:00:00Z": month out of range'],
    ["February 30", "2024-02-30T00:00:00Z", 'parsing time "2024-02-30T00:00:00Z": day out of range'],
    ["a space for T", "2024-01-02 03:04:05Z", `parsing time "2024-01-02 03:04:05Z" as ${layout}: cannot parse " 03:04:05Z" as "T"`],
    ["no offset", "2024-01-02T03:04:05", `parsing time "2024-01-02T03:04:05" as ${layout}: cannot parse "" as "Z07:00"`],
    ["extra text", "2024-01-02T03:04:05Zjunk", 'parsing time "2024-01-02T03:04:05Zjunk": extra text: "junk"'],
    ["not a date", "x", `parsing time "x" as ${layout}: cannot parse "x" as "2006"`],
    ["an hour of 24", "2024-01-02T24:00:00Z", 'parsing time "2024-01-02T24:00:00Z": hour out of range'],
    ["a bad offset hour", "2024-01-02T03:04:05+25:00", 'parsing time "2024-01-02T03:04:05+25:00": time zone offset hour out of range'],
  ])("%s", async (_name, rfc3339, error) => {
    const r = await provider().validateResourceConfig({ typeName: T, config: obj({ rfc3339 }) });
    const expected = error === undefined ? [] : [[
      "Invalid RFC3339 String Value",
      `A string value was provided that is not valid RFC3339 string format.\n\nGiven Value: ${rfc3339}\nError: ${error}`,
      [{ attr: "rfc3339" }],
    ]];
    expect(r.diagnostics.map((d) => [d.summary, d.detail, d.attribute])).toEqual(expected);
  });

  it("rejects a read-only attribute", async () => {
    const r = await provider().validateResourceConfig({ typeName: T, config: obj({ unix: 5 }) });
    expect(r.diagnostics.map((d) => [d.summary, d.attribute])).toEqual([["Invalid Configuration for Read-Only Attribute", [{ attr: "unix" }]]]);
  });
});

describe("time_static import and upgrade", () => {
  it("imports an RFC 3339 id", async () => {
    const r = await provider().importResourceState({ typeName: T, id: "2024-01-02T03:04:05+00:00" });
    expect(r.diagnostics).toEqual([]);
    expect(plain(r.importedResources[0]!.state)).toEqual({ ...NOW_FIELDS, triggers: {}, rfc3339: "2024-01-02T03:04:05Z", id: "2024-01-02T03:04:05Z" });
  });

  it("reports an id that is not a timestamp", async () => {
    const r = await provider().importResourceState({ typeName: T, id: "yesterday" });
    expect(r.diagnostics.map((d) => [d.summary, d.detail])).toEqual([[
      "Import time static error",
      'The id that was supplied could not be parsed as RFC3339.\n\n+Original Error: parsing time "yesterday" as "2006-01-02T15:04:05Z07:00": cannot parse "yesterday" as "2006"',
    ]]);
  });

  it("reads stored state at version 0", async () => {
    const raw = JSON.stringify({ ...NOW_FIELDS, triggers: null, rfc3339: "2024-01-02T03:04:05Z", id: "2024-01-02T03:04:05Z" });
    const r = await provider().upgradeResourceState({ typeName: T, version: 0, rawStateJson: raw });
    expect(r.diagnostics).toEqual([]);
    expect(plain(r.upgradedState)).toMatchObject({ unix: NOW_FIELDS.unix, triggers: null });
  });
});
