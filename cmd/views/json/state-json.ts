import type { State } from "../../../core/states/state.js";
import { checksJson } from "./checks-json.js";
import { jsonStr, jsonStruct, optStr, type JsonText } from "./go-json.js";
import type { JsonMeta, SchemaLookup } from "./json-inputs.js";
import { stateValuesJson } from "./state-values.js";

// `terraform show -json` of a state (jsonstate.Marshal), also embedded in a plan as `prior_state`:
// the format version, the Terraform version that wrote the state, and its values; a state file's
// check results as `checks` (a plan's prior state leaves them out). An empty state is written as the
// format version alone.

/** The version of the state JSON format that Terraform 1.11 writes. */
export const STATE_FORMAT_VERSION = "1.0";

/** A state in Terraform's JSON format, compact on one line as Terraform prints it. */
export function stateJson(state: State, schemas: SchemaLookup, meta: JsonMeta): string {
  if (state.isEmpty) return jsonStruct([["format_version", jsonStr(STATE_FORMAT_VERSION)]]);
  const checks = state.checkResults && state.checkResults.length > 0 ? checksJson(state.checkResults) : undefined;
  return stateDocumentJson(state, schemas, meta.terraformVersion, checks);
}

/** The document of a non-empty state, with the version of the program that wrote it and any check results. */
export function stateDocumentJson(state: State, schemas: SchemaLookup, terraformVersion: string, checks?: JsonText): JsonText {
  return jsonStruct([
    ["format_version", jsonStr(STATE_FORMAT_VERSION)],
    ["terraform_version", optStr(terraformVersion)],
    ["values", stateValuesJson(state, schemas)],
    ["checks", checks],
  ]);
}
