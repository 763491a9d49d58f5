import type { Provider } from "../../provider.js";
import { BuiltinProvider, providerError } from "../kit/index.js";
import { remoteStateDataSource, type ReadStateOutputs } from "./remote-state.js";
import { terraformData } from "./terraform-data.js";

// The provider terraform.io/builtin/terraform, which every configuration can use without declaring it:
// the terraform_data resource type and the terraform_remote_state data source. Terraform 1.11 also
// serves the encode_tfvars, decode_tfvars and encode_expr functions from it; those are not here yet.

/** What the provider needs from its host: the working directory and a way to read state files. */
export interface TerraformProviderOptions {
  readonly cwd: string;
  /** Reads a state file's root outputs; without it terraform_remote_state cannot be read. */
  readonly readStateOutputs?: ReadStateOutputs;
}

/** Terraform's own built-in provider. */
export function terraformProvider(opts: TerraformProviderOptions = { cwd: process.cwd() }): Provider {
  const read = opts.readStateOutputs ?? noStateReader;
  return new BuiltinProvider({ resources: { terraform_data: terraformData }, dataSources: { terraform_remote_state: remoteStateDataSource(opts.cwd, read) } });
}

const noStateReader: ReadStateOutputs = () => ({
  error: { summary: "Unable to read remote state", detail: "This Terrane command cannot read state files for terraform_remote_state." },
});
