import type { Config } from "../../../core/configs/model.js";
import type { Plan } from "../../../core/plans/changes.js";
import { unmarkDeep } from "../../../lang/values/deep-marks.js";
import { checksJson } from "./checks-json.js";
import { configJson } from "./config-json.js";
import { variableDefaultJson } from "./config-module.js";
import { jsonBool, jsonStr, jsonStruct, optArray, optMap, optStr, type JsonText } from "./go-json.js";
import type { JsonMeta, SchemaLookup } from "./json-inputs.js";
import { outputChangesJson } from "./output-changes.js";
import { plannedValuesJson } from "./planned-values.js";
import { relevantAttributesJson, type RelevantAttribute } from "./relevant-attributes.js";
import { resourceChangesJson } from "./resource-changes.js";
import { stateDocumentJson } from "./state-json.js";
import { knownJson } from "./value-json.js";

// `terraform show -json` of a saved plan (jsonplan.Marshal): the root variables, the values the plan
// would leave, drift found by refresh, every resource and output change, the state the plan starts
// from, the configuration, and whether the plan can be applied. Written compact on one line with
// Terraform's field order and omissions.

/** The version of the plan JSON format that Terraform 1.11 writes. */
export const PLAN_FORMAT_VERSION = "1.2";

/** Inputs of the plan format that the Plan model does not carry (yet). */
export interface PlanJsonMeta extends JsonMeta {
  /** The attributes the plan's changes depend on (plans.Plan.RelevantAttributes). */
  readonly relevantAttributes?: readonly RelevantAttribute[];
  /** The check results already in jsonchecks' JSON form, when there are checkable objects. */
  readonly checks?: JsonText;
}

/** A plan in Terraform's JSON format. */
export function planJson(plan: Plan, config: Config, schemas: SchemaLookup, meta: PlanJsonMeta): string {
  return jsonStruct([
    ["format_version", jsonStr(PLAN_FORMAT_VERSION)],
    ["terraform_version", optStr(meta.terraformVersion)],
    ["variables", variablesJson(plan, config)],
    ["planned_values", plannedValuesJson(plan, schemas)],
    ["resource_drift", optArray(resourceChangesJson(driftShown(plan), schemas))],
    ["resource_changes", optArray(resourceChangesJson(plan.changes, schemas))],
    ["output_changes", outputChangesJson(plan.outputChanges)],
    ["prior_state", plan.priorState.isEmpty ? undefined : stateDocumentJson(plan.priorState, schemas, meta.terraformVersion)],
    ["configuration", configJson(config, schemas, meta)],
    ["relevant_attributes", relevantAttributesJson(meta.relevantAttributes ?? plan.relevantAttributes ?? [])],
    ["checks", meta.checks ?? (plan.checks ? checksJson(plan.checks) : undefined)],
    ["timestamp", optStr(plan.timestamp)],
    ["applyable", jsonBool(plan.applyable)],
    ["complete", jsonBool(plan.complete)],
    ["errored", jsonBool(plan.errored)],
  ]);
}

// Outside refresh-only mode, objects that only moved are shown among the changes, not as drift.
function driftShown(plan: Plan): Plan["driftedResources"] {
  return plan.mode === "refresh-only" ? plan.driftedResources : plan.driftedResources.filter((d) => d.change.action !== "no-op");
}

// The values the plan was made with, plus the default of every root variable not among them: Terraform
// adds those for readers that relied on its behaviour before v1.2.
function variablesJson(plan: Plan, config: Config): JsonText | undefined {
  const entries = new Map<string, JsonText>();
  for (const [name, v] of plan.variables) entries.set(name, jsonStruct([["value", knownJson(unmarkDeep(v).value)]]));
  for (const v of config.module.variables.values()) {
    const def = entries.has(v.name) ? undefined : variableDefaultJson(v);
    if (def !== undefined) entries.set(v.name, jsonStruct([["value", def]]));
  }
  return optMap([...entries]);
}
