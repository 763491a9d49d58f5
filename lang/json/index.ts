// HCL's JSON syntax (`.tf.json`, `.tfvars.json`): a JSON parser with exact source ranges and the
// Body/Expression implementations that read JSON objects as attributes and blocks per the HCL JSON spec.
export { parseJsonConfig, parseJsonExpression, type JsonFile } from "./parse.js";
export { JsonBody } from "./body.js";
export { JsonExpression } from "./expression.js";
export type { JsonNode, JsonProperty } from "./nodes.js";
