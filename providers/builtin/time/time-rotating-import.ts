import { Value } from "../../../lang/values/value.js";
import type { ImportResourceStateResponse } from "../../provider.js";
import { providerError } from "../kit/index.js";
import { addDate, addSeconds, formatRFC3339, ZERO_TIME, type GoTime } from "./go-time.js";
import { parseRFC3339 } from "./go-time-parse.js";
import { parseInt64 } from "./import-id.js";
import { componentValues, EMPTY_TRIGGERS } from "./time-attributes.js";
import { ROTATIONS, TIME_ROTATING_SCHEMA } from "./time-rotating-schema.js";

// Importing time_rotating: "BASE,ROTATION" (two RFC 3339 timestamps) or
// "BASE,YEARS,MONTHS,DAYS,HOURS,MINUTES" with at least one rotation count.

/** time_rotating's ImportState. */
export function importRotating(id: string): ImportResourceStateResponse {
  const parts = id.split(",");
  const quoted = JSON.stringify(id);
  if (parts.length !== 2 && parts.length !== 6) {
    return failed("Unexpected Format of ID", `Unexpected format of ID (${quoted}), expected BASETIMESTAMP,YEARS,MONTHS,DAYS,HOURS,MINUTES or BASETIMESTAMP,ROTATIONTIMESTAMP`);
  }
  if (parts.length === 2) {
    if (parts[0] === "" || parts[1] === "") return failed("Unexpected Format of ID", `Unexpected format of ID (${quoted}), expected BASETIMESTAMP,ROTATIONTIMESTAMP`);
    const base = parseRFC3339(parts[0]!);
    const rotation = "error" in base ? base : parseRFC3339(parts[1]!);
    if ("error" in base || "error" in rotation) {
      const err = "error" in base ? base.error : (rotation as { error: string }).error;
      return failed("Import time rotating error", `The timestamp that was supplied could not be parsed as RFC3339.\n\n+Original Error: ${err}`);
    }
    return imported(base, rotation, {});
  }
  if (parts[0] === "" || parts.slice(1).every((p) => p === "")) {
    return failed("Unexpected Format of ID", `Unexpected format of ID (${quoted}), expected BASETIMESTAMP,YEARS,MONTHS,DAYS,HOURS,MINUTES where at least one rotation value is non-empty`);
  }
  const counts: Record<string, Value> = {};
  for (const [i, name] of ROTATIONS.entries()) {
    const v = parseInt64(parts[i + 1]!);
    if ("error" in v) {
      const err = `could not parse rotation (${JSON.stringify(parts[i + 1])}) as int: ${v.error}`;
      return failed("Import time rotating error", `The parameter that was supplied could not be parsed.\n\n+Original Error: ${err}`);
    }
    counts[name] = v;
  }
  const base = parseRFC3339(parts[0]!);
  if ("error" in base) return failed("Import time rotating error", `The parameter that was supplied could not be parsed.\n\n+Original Error: ${base.error}`);
  return imported(base, rotationOf(base, counts), counts);
}

/** The rotation of an imported id: the last positive count of days, hours, minutes, months, years wins. */
function rotationOf(base: GoTime, counts: Record<string, Value>): GoTime {
  const n = (name: string) => (counts[name]!.isNull ? 0 : counts[name]!.asNumber().toNumber());
  let rotation = ZERO_TIME;
  if (n("rotation_days") > 0) rotation = addDate(base, 0, 0, n("rotation_days"));
  if (n("rotation_hours") > 0) rotation = addSeconds(base, n("rotation_hours") * 3600);
  if (n("rotation_minutes") > 0) rotation = addSeconds(base, n("rotation_minutes") * 60);
  if (n("rotation_months") > 0) rotation = addDate(base, 0, n("rotation_months"), 0);
  if (n("rotation_years") > 0) rotation = addDate(base, n("rotation_years"), 0, 0);
  return rotation;
}

function imported(base: GoTime, rotation: GoTime, counts: Record<string, Value>): ImportResourceStateResponse {
  const attrs: Record<string, Value> = {};
  for (const [name, a] of Object.entries(TIME_ROTATING_SCHEMA.block.attributes)) attrs[name] = Value.null(a.type!);
  const formattedBase = Value.string(formatRFC3339(base));
  Object.assign(attrs, counts, componentValues(rotation), {
    rotation_rfc3339: Value.string(formatRFC3339(rotation)),
    rfc3339: formattedBase,
    id: formattedBase,
    triggers: EMPTY_TRIGGERS,
  });
  return { importedResources: [{ typeName: "time_rotating", state: Value.object(attrs) }], diagnostics: [] };
}

function failed(summary: string, detail: string): ImportResourceStateResponse {
  return { importedResources: [], diagnostics: [providerError(summary, detail)] };
}
