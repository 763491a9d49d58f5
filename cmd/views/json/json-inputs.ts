import type { Provider } from "../../../core/addrs/provider.js";
import type { Schema } from "../../../providers/schema.js";

// What the JSON views need besides the plan, state and configuration themselves: the provider
// schemas (values are decoded, and sensitive attributes found, with them) and the facts about the
// running program that the formats record.

/** Finds a resource type's or data source's schema: provider type as its full string (`terraform.io/builtin/terraform`). */
export type SchemaLookup = (providerType: string, mode: "managed" | "data", typeName: string) => Schema | undefined;

/** Facts about the running program and optional extra inputs for the JSON formats. */
export interface JsonMeta {
  /** The version this program reports as Terraform's (`terraform_version`). */
  readonly terraformVersion: string;
  /** Provider configuration schemas by provider type, for the expressions of `provider` blocks. */
  readonly providerSchema?: (providerType: string) => Schema | undefined;
  /** Provisioner schemas by type (`local-exec`), for the expressions of `provisioner` blocks. */
  readonly provisionerSchema?: (type: string) => Schema | undefined;
}

/** The schema of a resource type; a missing schema means the caller did not load its provider, a bug. */
export function resourceSchema(lookup: SchemaLookup, provider: Provider, mode: string, type: string, addr: string): Schema {
  if (mode !== "managed" && mode !== "data") throw new Error(`resource ${addr} has an unsupported mode ${mode}`);
  const schema = lookup(provider.toString(), mode, type);
  if (!schema) throw new Error(`no schema found for ${addr} (in provider ${provider.toString()})`);
  return schema;
}
