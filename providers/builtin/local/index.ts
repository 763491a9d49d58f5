// The local provider (hashicorp/local v2.5) built in: files on the machine running Terraform, as
// local_file and local_sensitive_file resources and data sources.

export { localProvider, type LocalProviderOptions } from "./local-provider.js";
export {
  LOCAL_FILE_DATA_SCHEMA,
  LOCAL_FILE_SCHEMA,
  LOCAL_SENSITIVE_FILE_DATA_SCHEMA,
  LOCAL_SENSITIVE_FILE_SCHEMA,
} from "./local-file-schema.js";
