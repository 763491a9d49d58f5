import type { Provider } from "../../provider.js";
import { BuiltinProvider } from "../kit/index.js";
import { terraformData } from "./terraform-data.js";

// The provider terraform.io/builtin/terraform, which every configuration can use without declaring it.
// Terraform 1.11 also serves the terraform_remote_state data source and the encode_tfvars,
// decode_tfvars and encode_expr functions from it; those are not here yet (remote state needs the
// state backends).

/** Terraform's own built-in provider, with the terraform_data resource type. */
export function terraformProvider(): Provider {
  return new BuiltinProvider({ resources: { terraform_data: terraformData } });
}
