import type { OutputChange } from "../../../core/plans/changes.js";
import { unmarkDeep } from "../../../lang/values/deep-marks.js";
import { changeJson } from "./change-json.js";
import { jsonBool, jsonStruct, optMap, type JsonText } from "./go-json.js";
import { ctyJson, knownJson, typeJson, unknownAsBoolJson } from "./value-json.js";

// The root module's outputs in a plan: `output_changes` (each output's change, where sensitivity is
// one flag for the whole value, before and after alike) and the `outputs` of `planned_values` (each
// output's value and type once known). Outputs of child modules are only kept for evaluation.

/** The `output_changes` map, or undefined when the root module has no outputs. */
export function outputChangesJson(changes: readonly OutputChange[]): JsonText | undefined {
  return optMap(rootOutputs(changes).map((oc) => [oc.addr.output.name, outputChangeJson(oc)] as const));
}

/** The `outputs` of `planned_values`: every root output not being removed. */
export function plannedOutputsJson(changes: readonly OutputChange[]): JsonText | undefined {
  const entries = rootOutputs(changes)
    .filter((oc) => oc.change.action !== "delete")
    .map((oc) => {
      const after = unmarkDeep(oc.change.after).value;
      const known = after.isWhollyKnown;
      const json = jsonStruct([
        ["sensitive", jsonBool(oc.sensitive)],
        ["type", known ? typeJson(after.type) : undefined],
        ["value", known ? ctyJson(after) : undefined],
      ]);
      return [oc.addr.output.name, json] as const;
    });
  return optMap(entries);
}

function rootOutputs(changes: readonly OutputChange[]): OutputChange[] {
  return changes.filter((oc) => oc.addr.module.isRoot);
}

function outputChangeJson(oc: OutputChange): JsonText {
  const before = unmarkDeep(oc.change.before).value;
  const after = unmarkDeep(oc.change.after).value;
  const known = after.isWhollyKnown;
  const sensitive = jsonBool(oc.sensitive);
  return changeJson({
    action: oc.change.action,
    before: knownJson(before),
    after: known ? ctyJson(after) : knownJson(after),
    afterUnknown: known ? "false" : unknownAsBoolJson(after),
    beforeSensitive: sensitive,
    afterSensitive: sensitive,
  });
}
