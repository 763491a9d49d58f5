import { Value } from "../../../lang/values/value.js";
import type { ValuePath } from "../../../lang/values/path.js";
import type {
  ApplyResourceChangeRequest,
  ApplyResourceChangeResponse,
  PlanResourceChangeRequest,
  PlanResourceChangeResponse,
  ProviderDiagnostic,
  ReadResourceRequest,
  ReadResourceResponse,
} from "../../provider.js";
import type { Schema } from "../../schema.js";
import { planComputed, providerError, replacePaths, storePlanned, type ManagedResourceType } from "../kit/index.js";
import { parseRFC3339 } from "./go-time-parse.js";
import { attr, configAtLeastOneOf, stringOf, validateConfig, withAttrs } from "../local/plugin-framework.js";
import { addDate, addSeconds, isAfter, ZERO_TIME, type GoTime } from "./go-time.js";
import { importRotating } from "./time-rotating-import.js";
import { ROTATIONS, TIME_ROTATING_SCHEMA } from "./time-rotating-schema.js";
import { componentValues, int64AtLeast, int64Of, rfc3339Time, rfc3339Type, rfc3339Value, sameValue } from "./time-attributes.js";
import type { TimeContext } from "./time-context.js";

// time_rotating: a base timestamp and a rotation timestamp after it. Refresh removes the object once
// the clock has passed the rotation time, so that the next plan creates it again with a new base;
// replacement also follows a change of rfc3339 or triggers. The calendar fields are those of the
// rotation time. As in the provider, only one rotation_ argument takes effect (the last of days,
// hours, minutes, months, rfc3339, years that is set).

const atLeastOneRotation = configAtLeastOneOf(
  "rotation_minutes",
  "rotation_hours",
  "rotation_days",
  "rotation_months",
  "rotation_years",
  "rotation_rfc3339",
);

const positive = [int64AtLeast(1)];

/** The time_rotating resource type. */
export function timeRotating(ctx: TimeContext): ManagedResourceType {
  const schema: Schema = TIME_ROTATING_SCHEMA;
  return {
    schema,
    validate: (config) =>
      validateConfig(schema, config, {
        config: [atLeastOneRotation],
        attributes: {
          rotation_days: positive,
          rotation_hours: positive,
          rotation_minutes: positive,
          rotation_months: positive,
          rotation_years: positive,
          rotation_rfc3339: [rfc3339Type],
          rfc3339: [rfc3339Type],
        },
      }),
    plan: (req) => planRotating(req, ctx),
    apply: (req) => applyRotating(req, ctx),
    read: (req) => readRotating(req, ctx),
    import: (id) => importRotating(id),
  };
}

function planRotating(req: PlanResourceChangeRequest, ctx: TimeContext): PlanResourceChangeResponse {
  const base = planComputed(TIME_ROTATING_SCHEMA, req);
  const prior = req.priorState;
  let planned = base.plannedState;
  if (planned.isNull || prior.isNull) return base;
  const outdated = rotationOutdated(prior, planned, ctx);
  if (typeof outdated === "object") return { ...base, diagnostics: [outdated] };
  if (rotationChanged(prior, planned)) {
    const rfc3339 = attr(planned, "rfc3339").isKnown ? attr(planned, "rfc3339") : attr(prior, "rfc3339");
    const t = rfc3339Time(rfc3339);
    if ("severity" in t) return { ...base, diagnostics: [t] };
    const set = withRotationValues(planned, t);
    if ("severity" in set) return { ...base, diagnostics: [set] };
    planned = set;
  }
  // As Terraform core does with a provider's answer, keep only the paths whose value really changes
  // (sorted, as the framework sorts them).
  const paths: ValuePath[] = replacePaths(prior, planned, outdated ? ["rfc3339", "rotation_rfc3339", "triggers"] : ["rfc3339", "triggers"]);
  return { plannedState: planned, requiresReplace: paths, diagnostics: [] };
}

/** The rotation_rfc3339 plan modifier: replace when the value changes and the stored rotation has passed. */
function rotationOutdated(prior: Value, planned: Value, ctx: TimeContext): boolean | ProviderDiagnostic {
  const stored = attr(prior, "rotation_rfc3339");
  if (sameValue(stored, attr(planned, "rotation_rfc3339"))) return false;
  const t = parseRFC3339(stored.isNull ? "" : stored.asString());
  if (!("error" in t)) return isAfter(ctx.now(), t);
  const detail = `The rotation rfc3339 timestamp that was supplied could not be parsed as RFC3339.\n\n+Original Error: ${t.error}`;
  return providerError("replaceIfOutdated plan modifier error", detail);
}

function rotationChanged(prior: Value, planned: Value): boolean {
  return [...ROTATIONS, "rotation_rfc3339"].some((name) => !sameValue(attr(prior, name), attr(planned, name)));
}

/** setRotationValues: the rotation time from the rotation_ arguments (the last one set wins). */
function withRotationValues(plan: Value, base: GoTime): Value | ProviderDiagnostic {
  let rotation = ZERO_TIME;
  const by = (name: string) => int64Of(plan, name);
  if (by("rotation_days") !== 0) rotation = addDate(base, 0, 0, by("rotation_days"));
  if (by("rotation_hours") !== 0) rotation = addSeconds(base, by("rotation_hours") * 3600);
  if (by("rotation_minutes") !== 0) rotation = addSeconds(base, by("rotation_minutes") * 60);
  if (by("rotation_months") !== 0) rotation = addDate(base, 0, by("rotation_months"), 0);
  const given = attr(plan, "rotation_rfc3339");
  if (stringOf(plan, "rotation_rfc3339") !== "") {
    const t = rfc3339Time(given);
    if ("severity" in t) return t;
    rotation = t;
  }
  if (by("rotation_years") !== 0) rotation = addDate(base, by("rotation_years"), 0, 0);
  return withAttrs(plan, {
    ...componentValues(rotation),
    rotation_rfc3339: rfc3339Value(rotation, given),
    rfc3339: rfc3339Value(base, attr(plan, "rfc3339")),
    id: rfc3339Value(base, attr(plan, "id")),
  });
}

function applyRotating(req: ApplyResourceChangeRequest, ctx: TimeContext): ApplyResourceChangeResponse {
  const planned = req.plannedState;
  if (planned.isNull) return { newState: planned, diagnostics: [] };
  const creating = req.priorState.isNull;
  if (!creating && !rotationChanged(req.priorState, planned)) return storePlanned(req);
  let t: GoTime | ProviderDiagnostic = ctx.now();
  if (!creating) t = rfc3339Time(attr(planned, "id"));
  else if (stringOf(planned, "rfc3339") !== "") t = rfc3339Time(attr(planned, "rfc3339"));
  const state = "severity" in t ? t : withRotationValues(planned, t);
  if ("severity" in state) return { newState: creating ? Value.null(planned.type) : req.priorState, diagnostics: [state] };
  return { newState: state, diagnostics: [] };
}

function readRotating(req: ReadResourceRequest, ctx: TimeContext): ReadResourceResponse {
  const state = req.currentState;
  const rotation = attr(state, "rotation_rfc3339");
  if (rotation.isNull || stringOf(state, "rotation_rfc3339") === "") return { newState: state, diagnostics: [] };
  const t = rfc3339Time(rotation);
  if ("severity" in t) return { newState: state, diagnostics: [t] };
  if (isAfter(ctx.now(), t)) return { newState: Value.null(state.type), diagnostics: [] };
  return { newState: state, diagnostics: [] };
}
