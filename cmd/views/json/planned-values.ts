import type { ModuleInstance } from "../../../core/addrs/module-instance.js";
import type { Plan, ResourceInstanceChange } from "../../../core/plans/changes.js";
import { unmarkDeep } from "../../../lang/values/deep-marks.js";
import type { Value } from "../../../lang/values/value.js";
import { compareText, indexJson } from "./address-json.js";
import { jsonStr, jsonStruct, optArray, optMap, optStr, type JsonText } from "./go-json.js";
import { resourceSchema, type SchemaLookup } from "./json-inputs.js";
import { plannedOutputsJson } from "./output-changes.js";
import { knownJson, sensitiveAsBoolJson } from "./value-json.js";

// jsonplan's `planned_values`: the state the plan would leave, as far as it is known. Every resource
// instance the plan keeps (all but deletions and deposed objects) with its known attributes, in a
// module tree like the state's; unknown attributes are left out, unknown elements are null.

/** The `planned_values` object. */
export function plannedValuesJson(plan: Plan, schemas: SchemaLookup): JsonText {
  const kept = plan.changes.filter((rc) => rc.change.action !== "delete" && rc.deposedKey === undefined);
  const byModule = new Map<string, ResourceInstanceChange[]>();
  const children = new Map<string, Set<string>>();
  for (const rc of kept) {
    const mod = rc.addr.module.toString();
    const list = byModule.get(mod) ?? [];
    if (list.length === 0) byModule.set(mod, list);
    list.push(rc);
    for (let m: ModuleInstance = rc.addr.module; !m.isRoot; m = m.parent()) {
      const parent = m.parent().toString();
      children.set(parent, (children.get(parent) ?? new Set()).add(m.toString()));
    }
  }
  const moduleJson = (address: string): JsonText =>
    jsonStruct([
      ["resources", optArray(resourcesJson(byModule.get(address) ?? [], schemas))],
      ["address", optStr(address)],
      // Terraform sorts only the root's children (deeper ones follow the plan's order); all are sorted here.
      ["child_modules", optArray([...(children.get(address) ?? [])].sort(compareText).map(moduleJson))],
    ]);
  return jsonStruct([
    ["outputs", plannedOutputsJson(plan.outputChanges)],
    ["root_module", moduleJson("")],
  ]);
}

function resourcesJson(changes: readonly ResourceInstanceChange[], schemas: SchemaLookup): JsonText[] {
  return changes
    .map((rc) => ({ address: rc.addr.toString(), rc }))
    .sort((a, b) => compareText(a.address, b.address))
    .map(({ address, rc }) => plannedResourceJson(rc, address, schemas));
}

function plannedResourceJson(rc: ResourceInstanceChange, address: string, schemas: SchemaLookup): JsonText {
  const res = rc.addr.resource.resource;
  const schema = resourceSchema(schemas, rc.provider.provider, res.mode, res.type, address);
  return jsonStruct([
    ["address", jsonStr(address)],
    ["mode", jsonStr(res.mode)],
    ["type", jsonStr(res.type)],
    ["name", jsonStr(res.name)],
    ["index", indexJson(rc.addr.resource.key)],
    ["provider_name", optStr(rc.provider.provider.toString())],
    ["schema_version", String(schema.version)],
    ["values", knownAttributesJson(rc.change.after)],
    // Only the value's own marks count here; the schema's sensitive attributes are not added.
    ["sensitive_values", sensitiveAsBoolJson(rc.change.after)],
  ]);
}

// The known attributes of a planned object, each with its unknown parts left out.
function knownAttributesJson(after: Value): JsonText | undefined {
  const v = unmarkDeep(after).value;
  if (v.isNull || !v.isKnown) return undefined;
  const entries: [string, JsonText][] = [];
  for (const [k, e] of v.entries()) {
    const j = knownJson(e);
    if (j !== undefined) entries.push([k, j]);
  }
  return optMap(entries);
}
