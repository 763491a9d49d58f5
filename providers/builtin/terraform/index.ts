// Terraform's own built-in provider (terraform.io/builtin/terraform): the terraform_data resource
// type, implemented as Terraform 1.11 does it.

export { terraformProvider } from "./terraform-provider.js";
export { TERRAFORM_DATA_SCHEMA } from "./terraform-data.js";
