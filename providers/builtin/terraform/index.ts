// Terraform's own built-in provider (terraform.io/builtin/terraform): the terraform_data resource
// type and the terraform_remote_state data source, implemented as Terraform 1.11 does them.

export { terraformProvider, type TerraformProviderOptions } from "./terraform-provider.js";
export { TERRAFORM_DATA_SCHEMA } from "./terraform-data.js";
export { REMOTE_STATE_SCHEMA, type ReadStateOutputs, type StateOutputsRead } from "./remote-state.js";
