import type { Config } from "../../../core/configs/model.js";
import { configModuleJson } from "./config-module.js";
import { collectProviderEntries, providerConfigJson } from "./config-providers.js";
import { jsonStruct, type JsonText } from "./go-json.js";
import type { JsonMeta, SchemaLookup } from "./json-inputs.js";

// jsonconfig.Marshal, the `configuration` of a JSON plan: the provider configurations of the whole
// tree in one map, and the root module with every module it calls nested inside.

/** The configuration tree in Terraform's JSON form. */
export function configJson(config: Config, schemas: SchemaLookup, meta: JsonMeta): JsonText {
  const providers = collectProviderEntries(config, meta);
  return jsonStruct([
    ["provider_config", providerConfigJson(providers)],
    ["root_module", configModuleJson(config, { schemas, providers, meta })],
  ]);
}
