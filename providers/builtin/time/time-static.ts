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
import { planComputed, providerError, replacePaths, storePlanned, type ManagedResourceType } from "../kit/index.js";
import { attr, validateConfig, withAttrs } from "../local/plugin-framework.js";
import { formatRFC3339, type GoTime } from "./go-time.js";
import { parseRFC3339 } from "./go-time-parse.js";
import { componentAttributes, componentValues, EMPTY_TRIGGERS, rfc3339Time, rfc3339Type, rfc3339Value, triggersAttribute } from "./time-attributes.js";
import type { TimeContext } from "./time-context.js";

// time_static: a timestamp taken once, on create (or given as rfc3339), kept in state with its
// calendar fields. When rfc3339 is configured, every value is known at plan time; otherwise they are
// known after apply. Changing rfc3339 or triggers replaces it.

/** The time_static schema. */
export const TIME_STATIC_SCHEMA: Schema = {
  version: 0,
  block: {
    description:
      "Manages a static time resource, which keeps a locally sourced UTC timestamp stored in the Terraform state. This prevents perpetual differences caused by using the [`timestamp()` function](https://www.terraform.io/docs/configuration/functions/timestamp.html).",
    attributes: {
      ...componentAttributes("timestamp"),
      triggers: triggersAttribute(
        "Arbitrary map of values that, when changed, will trigger a new base timestamp value to be saved. See [the main provider documentation](../index.md) for more information.",
      ),
      rfc3339: {
        type: StringType,
        optional: true,
        computed: true,
        description:
          "Base timestamp in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.8) format (see [RFC3339 time string](https://tools.ietf.org/html/rfc3339#section-5.8) e.g., `YYYY-MM-DDTHH:MM:SSZ`). Defaults to the current time.",
      },
      id: { type: StringType, computed: true, description: "RFC3339 format of the offset timestamp, e.g. `2020-02-12T06:36:13Z`." },
    },
  },
};

/** The time_static resource type. */
export function timeStatic(ctx: TimeContext): ManagedResourceType {
  return {
    schema: TIME_STATIC_SCHEMA,
    validate: (config) => validateConfig(TIME_STATIC_SCHEMA, config, { attributes: { rfc3339: [rfc3339Type] } }),
    plan: planStatic,
    apply: (req) => applyStatic(req, ctx),
    import: importStatic,
  };
}

function planStatic(req: PlanResourceChangeRequest): PlanResourceChangeResponse {
  const base = planComputed(TIME_STATIC_SCHEMA, req, { useStateForUnknown: ["id"] });
  if (base.plannedState.isNull) return base;
  let planned = base.plannedState;
  const rfc3339 = attr(planned, "rfc3339");
  // Only a create with a known rfc3339 is planned in full: the clock may not be read at plan time.
  if (req.priorState.isNull && rfc3339.isKnown && !rfc3339.isNull) {
    const t = rfc3339Time(rfc3339);
    if ("severity" in t) return { ...base, diagnostics: [t] };
    planned = withAttrs(planned, { ...componentValues(t), id: rfc3339 });
  }
  const requiresReplace = req.priorState.isNull ? [] : replacePaths(req.priorState, planned, ["rfc3339", "triggers"]);
  return { plannedState: planned, requiresReplace, diagnostics: [] };
}

function applyStatic(req: ApplyResourceChangeRequest, ctx: TimeContext): ApplyResourceChangeResponse {
  const planned = req.plannedState;
  if (planned.isNull || !req.priorState.isNull) return storePlanned(req);
  const rfc3339 = attr(planned, "rfc3339");
  let t: GoTime = ctx.now();
  if (rfc3339.isKnown && !rfc3339.isNull) {
    const parsed = rfc3339Time(rfc3339);
    if ("severity" in parsed) return { newState: Value.null(planned.type), diagnostics: [parsed] };
    t = parsed;
  }
  const state = withAttrs(planned, {
    ...componentValues(t),
    rfc3339: rfc3339Value(t, rfc3339),
    id: rfc3339Value(t, attr(planned, "id")),
  });
  return { newState: state, diagnostics: [] };
}

function importStatic(id: string): ImportResourceStateResponse {
  const t = parseRFC3339(id);
  if ("error" in t) {
    const detail = `The id that was supplied could not be parsed as RFC3339.\n\n+Original Error: ${t.error}`;
    return { importedResources: [], diagnostics: [providerError("Import time static error", detail)] };
  }
  const formatted = Value.string(formatRFC3339(t));
  const state = Value.object({ ...componentValues(t), triggers: EMPTY_TRIGGERS, rfc3339: formatted, id: formatted });
  return { importedResources: [{ typeName: "time_static", state }], diagnostics: [] };
}
