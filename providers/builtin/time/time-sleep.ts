import { StringType } from "../../../lang/types/type.js";
import { Value } from "../../../lang/values/value.js";
import type {
  ApplyResourceChangeRequest,
  ApplyResourceChangeResponse,
  ImportResourceStateResponse,
  ProviderDiagnostic,
} from "../../provider.js";
import type { Schema } from "../../schema.js";
import { planComputed, providerError, storePlanned, type ManagedResourceType } from "../kit/index.js";
import { atLeastOneOf, stringOf, validateConfig, withAttrs } from "../local/plugin-framework.js";
import { parseDuration } from "./go-duration.js";
import { formatRFC3339 } from "./go-time.js";
import { EMPTY_TRIGGERS, regexMatches, triggersAttribute } from "./time-attributes.js";
import type { TimeContext } from "./time-context.js";

// time_sleep: waits create_duration when created and destroy_duration (as stored in state) when
// destroyed, so that what depends on it starts later or is destroyed later. Updating a duration
// does not wait; a change of triggers replaces it and waits again. Stopping the provider ends a wait
// with an error, as a cancelled request context does.

const DURATION = /^[0-9]+(\.[0-9]+)?(ms|s|m|h)$/;
const DURATION_MESSAGE =
  'must be a number immediately followed by ms (milliseconds), s (seconds), m (minutes), or h (hours). For example, "30s" for 30 seconds.';

/** The time_sleep schema. */
export const TIME_SLEEP_SCHEMA: Schema = {
  version: 0,
  block: {
    description:
      "Manages a resource that delays creation and/or destruction, typically for further resources. This prevents cross-platform compatibility and destroy-time issues with using the [`local-exec` provisioner](https://www.terraform.io/docs/provisioners/local-exec.html).",
    attributes: {
      create_duration: {
        type: StringType,
        optional: true,
        description:
          "[Time duration](https://golang.org/pkg/time/#ParseDuration) to delay resource creation. For example, `30s` for 30 seconds or `5m` for 5 minutes. Updating this value by itself will not trigger a delay.",
      },
      destroy_duration: {
        type: StringType,
        optional: true,
        description:
          "[Time duration](https://golang.org/pkg/time/#ParseDuration) to delay resource destroy. For example, `30s` for 30 seconds or `5m` for 5 minutes. Updating this value by itself will not trigger a delay. This value or any updates to it must be successfully applied into the Terraform state before destroying this resource to take effect.",
      },
      triggers: triggersAttribute(
        "(Optional) Arbitrary map of values that, when changed, will run any creation or destroy delays again. See [the main provider documentation](../index.md) for more information.",
      ),
      id: { type: StringType, computed: true, description: "RFC3339 format of the offset timestamp, e.g. `2020-02-12T06:36:13Z`." },
    },
  },
};

/** The time_sleep resource type. */
export function timeSleep(ctx: TimeContext): ManagedResourceType {
  const durationChecks = (other: string) => [atLeastOneOf(other), regexMatches(DURATION, DURATION_MESSAGE)];
  return {
    schema: TIME_SLEEP_SCHEMA,
    validate: (config) =>
      validateConfig(TIME_SLEEP_SCHEMA, config, {
        attributes: { create_duration: durationChecks("destroy_duration"), destroy_duration: durationChecks("create_duration") },
      }),
    plan: (req) => planComputed(TIME_SLEEP_SCHEMA, req, { requiresReplace: ["triggers"], useStateForUnknown: ["id"] }),
    apply: (req) => applySleep(req, ctx),
    import: (id) => importSleep(id, ctx),
  };
}

async function applySleep(req: ApplyResourceChangeRequest, ctx: TimeContext): Promise<ApplyResourceChangeResponse> {
  const planned = req.plannedState;
  if (planned.isNull) {
    const failure = await wait(ctx, stringOf(req.priorState, "destroy_duration"), "Delete time sleep error");
    return failure ? { newState: req.priorState, diagnostics: [failure] } : { newState: planned, diagnostics: [] };
  }
  if (!req.priorState.isNull) return storePlanned(req);
  const failure = await wait(ctx, stringOf(planned, "create_duration"), "Create time sleep error");
  if (failure) return { newState: Value.null(planned.type), diagnostics: [failure] };
  return { newState: withAttrs(planned, { id: Value.string(formatRFC3339(ctx.now())) }), diagnostics: [] };
}

/** Sleeps for a duration ("" for none); the error diagnostic when it cannot be parsed or is cancelled. */
async function wait(ctx: TimeContext, duration: string, summary: string): Promise<ProviderDiagnostic | undefined> {
  if (duration === "") return undefined;
  const ns = parseDuration(duration);
  // The provider's message names create_duration for both durations.
  if (typeof ns !== "bigint") return providerError(summary, `The create_duration cannot be parsed\n\n+Original Error: ${ns.error}`);
  const outcome = await ctx.sleep(ns);
  return outcome === "canceled" ? providerError(summary, "Original Error: context canceled") : undefined;
}

function importSleep(id: string, ctx: TimeContext): ImportResourceStateResponse {
  const parts = id.split(",");
  if (parts.length !== 2 || (parts[0] === "" && parts[1] === "")) {
    const detail = `Unexpected format of ID (${JSON.stringify(id)}), expected CREATEDURATION,DESTROYDURATION where at least one value is non-empty`;
    return { importedResources: [], diagnostics: [providerError("Unexpected Format of ID", detail)] };
  }
  const durations: Record<string, Value> = {};
  for (const [i, name] of ["create_duration", "destroy_duration"].entries()) {
    const text = parts[i]!;
    if (text === "") {
      durations[name] = Value.null(StringType);
      continue;
    }
    const ns = parseDuration(text);
    if (typeof ns !== "bigint") {
      const detail = `The create_duration cannot be parsed\n\n+Original Error: ${ns.error}`;
      return { importedResources: [], diagnostics: [providerError("Import time sleep error", detail)] };
    }
    durations[name] = Value.string(text);
  }
  const state = Value.object({ ...durations, triggers: EMPTY_TRIGGERS, id: Value.string(formatRFC3339(ctx.now())) });
  return { importedResources: [{ typeName: "time_sleep", state }], diagnostics: [] };
}

