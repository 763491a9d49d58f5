import { compareAbsResourceInstances } from "../../../core/addrs/abs-resource.js";
import type { ResourceInstanceChange } from "../../../core/plans/changes.js";
import { unmarkDeep } from "../../../lang/values/deep-marks.js";
import type { Value } from "../../../lang/values/value.js";
import type { BlockSchema } from "../../../providers/schema.js";
import { compareText, indexJson } from "./address-json.js";
import { actionReasonJson, changeJson } from "./change-json.js";
import { jsonArray, jsonStr, jsonStruct, optStr, type JsonText } from "./go-json.js";
import { resourceSchema, type SchemaLookup } from "./json-inputs.js";
import { markSchemaSensitive } from "./schema-sensitive.js";
import { ctyJson, knownJson, pathJson, sensitiveAsBoolJson, unknownAsBoolJson } from "./value-json.js";

// jsonplan's `resource_changes` and `resource_drift`: one entry per resource instance object, sorted
// by address (module, mode, type, name, key) and deposed key, with the values before and after, what
// is not known yet, what is sensitive (by the value's marks and by the provider's schema), and what
// forced a replacement. Deleting a data source only cleans up state, so it is not shown.

/** The entries for a list of changes, in Terraform's order. */
export function resourceChangesJson(changes: readonly ResourceInstanceChange[], schemas: SchemaLookup): JsonText[] {
  const sorted = [...changes].sort((a, b) => compareAbsResourceInstances(a.addr, b.addr) || compareText(a.deposedKey ?? "", b.deposedKey ?? ""));
  return sorted
    .filter((rc) => !(rc.addr.resource.resource.mode === "data" && rc.change.action === "delete"))
    .map((rc) => resourceChangeJson(rc, schemas));
}

function resourceChangeJson(rc: ResourceInstanceChange, schemas: SchemaLookup): JsonText {
  const addr = rc.addr.toString();
  const prev = rc.prevRunAddr.toString();
  const res = rc.addr.resource.resource;
  const schema = resourceSchema(schemas, rc.provider.provider, res.mode, res.type, addr);
  return jsonStruct([
    ["address", jsonStr(addr)],
    ["previous_address", prev === addr ? undefined : jsonStr(prev)],
    ["module_address", optStr(rc.addr.module.toString())],
    ["mode", jsonStr(res.mode)],
    ["type", jsonStr(res.type)],
    ["name", jsonStr(res.name)],
    ["index", indexJson(rc.addr.resource.key)],
    ["provider_name", jsonStr(rc.provider.provider.toString())],
    ["deposed", optStr(rc.deposedKey)],
    ["change", objectChangeJson(rc, schema.block)],
    ["action_reason", actionReasonJson(rc.actionReason)],
  ]);
}

function objectChangeJson(rc: ResourceInstanceChange, block: BlockSchema): JsonText {
  const { before, after } = rc.change;
  const known = unmarkDeep(after).value.isWhollyKnown;
  return changeJson({
    action: rc.change.action,
    before: ctyJson(unmarkDeep(before).value),
    after: known ? ctyJson(unmarkDeep(after).value) : knownJson(after),
    afterUnknown: known ? "{}" : unknownAsBoolJson(after),
    beforeSensitive: sensitiveJson(before, block),
    afterSensitive: sensitiveJson(after, block),
    replacePaths: rc.requiredReplace.length > 0 ? jsonArray(rc.requiredReplace.map(pathJson)) : undefined,
    importing: rc.importing ? jsonStruct([["id", optStr(rc.importing.id)]]) : undefined,
  });
}

function sensitiveJson(v: Value, block: BlockSchema): JsonText {
  return sensitiveAsBoolJson(markSchemaSensitive(v, block));
}
