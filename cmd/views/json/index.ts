// Terraform's machine-readable JSON formats for `show -json`: a saved plan (jsonplan, with the prior
// state and the configuration inside it), a state (jsonstate) and a configuration (jsonconfig). They
// are written as text, field by field, in the order and with the omissions of Terraform's Go structs,
// so that the output matches Terraform's byte for byte.

export { planJson, PLAN_FORMAT_VERSION, type PlanJsonMeta } from "./plan-json.js";
export { stateJson, STATE_FORMAT_VERSION } from "./state-json.js";
export { configJson } from "./config-json.js";
export type { RelevantAttribute } from "./relevant-attributes.js";
export type { JsonMeta, SchemaLookup } from "./json-inputs.js";
