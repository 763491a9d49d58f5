import { StringType } from "../../../lang/types/type.js";
import { Value } from "../../../lang/values/value.js";
import type {
  ApplyResourceChangeRequest,
  ApplyResourceChangeResponse,
  ImportResourceStateResponse,
  PlanResourceChangeRequest,
  PlanResourceChangeResponse,
} from "../../provider.js";
import type { Schema } from "../../schema.js";
import { planComputed, providerError, replacePaths, type ManagedResourceType } from "../kit/index.js";
import { attr, configAtLeastOneOf, stringOf, validateConfig, withAttrs } from "../local/plugin-framework.js";
import { addDate, addSeconds, formatRFC3339, type GoTime } from "./go-time.js";
import { parseRFC3339 } from "./go-time-parse.js";
import { parseInt64 } from "./import-id.js";
import { componentAttributes, componentValues, EMPTY_TRIGGERS, int64Of, optionalNumber, sameValue, triggersAttribute } from "./time-attributes.js";
import type { TimeContext } from "./time-context.js";

// time_offset: a base timestamp (the time of creation unless base_rfc3339 is given) and that time
// moved by the offset_ arguments, with the moved time's calendar fields. A create is known only after
// apply; an update of the offsets is planned in full from the stored base. Triggers replace it.

const OFFSETS = ["offset_years", "offset_months", "offset_days", "offset_hours", "offset_minutes", "offset_seconds"];

/** The time_offset schema. */
export const TIME_OFFSET_SCHEMA: Schema = {
  version: 0,
  block: {
    description:
      "Manages an offset time resource, which keeps an UTC timestamp stored in the Terraform state that is offset from a locally sourced base timestamp. This prevents perpetual differences caused by using the [`timestamp()` function](https://www.terraform.io/docs/configuration/functions/timestamp.html).",
    attributes: {
      base_rfc3339: {
        type: StringType,
        optional: true,
        computed: true,
        description:
          "Base timestamp in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.8) format (see [RFC3339 time string](https://tools.ietf.org/html/rfc3339#section-5.8) e.g., `YYYY-MM-DDTHH:MM:SSZ`). Defaults to the current time.",
      },
      ...componentAttributes("offset timestamp"),
      triggers: triggersAttribute(
        "Arbitrary map of values that, when changed, will trigger a new base timestamp value to be saved. See [the main provider documentation](../index.md) for more information.",
      ),
      offset_days: optionalNumber("Number of days to offset the base timestamp. At least one of the 'offset_' arguments must be configured."),
      offset_hours: optionalNumber(" Number of hours to offset the base timestamp. At least one of the 'offset_' arguments must be configured."),
      offset_minutes: optionalNumber("Number of minutes to offset the base timestamp. At least one of the 'offset_' arguments must be configured."),
      offset_months: optionalNumber("Number of months to offset the base timestamp. At least one of the 'offset_' arguments must be configured."),
      offset_seconds: optionalNumber("Number of seconds to offset the base timestamp. At least one of the 'offset_' arguments must be configured."),
      offset_years: optionalNumber("Number of years to offset the base timestamp. At least one of the 'offset_' arguments must be configured."),
      rfc3339: { type: StringType, computed: true, description: "RFC3339 format of the offset timestamp, e.g. `2020-02-12T06:36:13Z`." },
      id: { type: StringType, computed: true, description: "RFC3339 format of the timestamp, e.g. `2020-02-12T06:36:13Z`." },
    },
  },
};

const atLeastOneOffset = configAtLeastOneOf("offset_seconds", "offset_minutes", "offset_hours", "offset_days", "offset_months", "offset_years");

/** The time_offset resource type. */
export function timeOffset(ctx: TimeContext): ManagedResourceType {
  return {
    schema: TIME_OFFSET_SCHEMA,
    validate: (config) => validateConfig(TIME_OFFSET_SCHEMA, config, { config: [atLeastOneOffset] }),
    plan: planOffset,
    apply: (req) => applyOffset(req, ctx),
    import: importOffset,
  };
}

function planOffset(req: PlanResourceChangeRequest): PlanResourceChangeResponse {
  const base = planComputed(TIME_OFFSET_SCHEMA, req);
  const prior = req.priorState;
  let planned = base.plannedState;
  if (planned.isNull || prior.isNull) return base;
  const changed = OFFSETS.some((o) => !sameValue(attr(prior, o), attr(planned, o)));
  // Unknown offsets cannot be applied yet; the real provider would plan them as zero here.
  const known = OFFSETS.every((o) => attr(planned, o).isKnown);
  if (changed && known) {
    const baseRFC3339 = attr(planned, "base_rfc3339").isKnown ? attr(planned, "base_rfc3339") : attr(prior, "base_rfc3339");
    const t = parseRFC3339(baseRFC3339.isNull ? "" : baseRFC3339.asString());
    if ("error" in t) {
      const detail = `The base_rfc3339 timestamp could not be parsed as RFC3339.\n\n+Original Error: ${t.error}`;
      return { ...base, diagnostics: [providerError("Create time offset error", detail)] };
    }
    planned = withOffsetValues(planned, t);
  }
  return { plannedState: planned, requiresReplace: replacePaths(prior, planned, ["triggers"]), diagnostics: [] };
}

function applyOffset(req: ApplyResourceChangeRequest, ctx: TimeContext): ApplyResourceChangeResponse {
  const planned = req.plannedState;
  if (planned.isNull) return { newState: planned, diagnostics: [] };
  const creating = req.priorState.isNull;
  const baseText = stringOf(planned, "base_rfc3339");
  let t: GoTime | { error: string } = ctx.now();
  if (!creating || baseText !== "") t = parseRFC3339(baseText);
  if ("error" in t) {
    const summary = creating ? "Create time offset error" : "Update time offset error";
    const detail = `The base_rfc3339 timestamp that was supplied could not be parsed as RFC3339.\n\n+Original Error: ${t.error}`;
    return { newState: creating ? Value.null(planned.type) : req.priorState, diagnostics: [providerError(summary, detail)] };
  }
  return { newState: withOffsetValues(planned, t), diagnostics: [] };
}

/** setOffsetValues: the base, and the base moved by every offset in turn, with its fields. */
function withOffsetValues(plan: Value, base: GoTime): Value {
  let t = base;
  const days = int64Of(plan, "offset_days");
  if (days !== 0) t = addDate(t, 0, 0, days);
  for (const [name, seconds] of [["offset_hours", 3600], ["offset_minutes", 60]] as const) {
    const n = int64Of(plan, name);
    if (n !== 0) t = addSeconds(t, n * seconds);
  }
  const months = int64Of(plan, "offset_months");
  if (months !== 0) t = addDate(t, 0, months, 0);
  const seconds = int64Of(plan, "offset_seconds");
  if (seconds !== 0) t = addSeconds(t, seconds);
  const years = int64Of(plan, "offset_years");
  if (years !== 0) t = addDate(t, years, 0, 0);
  const formattedBase = Value.string(formatRFC3339(base));
  return withAttrs(plan, { ...componentValues(t), base_rfc3339: formattedBase, rfc3339: Value.string(formatRFC3339(t)), id: formattedBase });
}

function importOffset(id: string): ImportResourceStateResponse {
  const parts = id.split(",");
  const fail = (summary: string, detail: string): ImportResourceStateResponse => ({ importedResources: [], diagnostics: [providerError(summary, detail)] });
  const expected = "BASETIMESTAMP,YEARS,MONTHS,DAYS,HOURS,MINUTES,SECONDS";
  if (parts.length !== 7) return fail("Unexpected Format of ID", `Unexpected format of ID (${JSON.stringify(id)}), expected ${expected}`);
  if (parts[0] === "" || parts.slice(1).every((p) => p === "")) {
    return fail("Unexpected Format of ID", `Unexpected format of ID (${JSON.stringify(id)}), expected ${expected} where at least one offset value is non-empty`);
  }
  const offsets: Record<string, Value> = {};
  for (const [i, name] of OFFSETS.entries()) {
    const v = parseInt64(parts[i + 1]!);
    if (typeof v === "object" && "error" in v) {
      const detail = `The ${name} parameter that was supplied could not be parsed as Int64.\n\n+Original Error: could not parse offset (${JSON.stringify(parts[i + 1])}) as int: ${v.error}`;
      return fail("Import time offset error", detail);
    }
    offsets[name] = v;
  }
  const t = parseRFC3339(parts[0]!);
  if ("error" in t) {
    return fail("Create time offset error", `The base_rfc3339 timestamp that was supplied could not be parsed as RFC3339.\n\n+Original Error: ${t.error}`);
  }
  const state = withOffsetValues(Value.object({ ...nulls(), ...offsets, triggers: EMPTY_TRIGGERS }), t);
  return { importedResources: [{ typeName: "time_offset", state }], diagnostics: [] };
}

/** Every attribute of the schema, null. */
function nulls(): Record<string, Value> {
  const out: Record<string, Value> = {};
  for (const [name, a] of Object.entries(TIME_OFFSET_SCHEMA.block.attributes)) out[name] = Value.null(a.type!);
  return out;
}
