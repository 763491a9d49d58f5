// The tfplugin6 messages as the plain objects @grpc/proto-loader reads and writes (options in
// grpc-definitions.ts: field names as in the .proto, enums as their names, int64 as numbers, bytes as
// Buffers, absent messages as null). Only the messages Terrane's server and client touch are typed.

/** tfplugin6.DynamicValue. */
export interface PbDynamicValue {
  readonly msgpack?: Uint8Array | null;
  readonly json?: Uint8Array | null;
}

/** tfplugin6.AttributePath.Step: exactly one selector is set. */
export interface PbPathStep {
  readonly attribute_name?: string;
  readonly element_key_string?: string;
  readonly element_key_int?: number;
  readonly selector?: "attribute_name" | "element_key_string" | "element_key_int";
}

/** tfplugin6.AttributePath. */
export interface PbAttributePath {
  readonly steps: readonly PbPathStep[];
}

/** tfplugin6.Diagnostic. */
export interface PbDiagnostic {
  readonly severity: "INVALID" | "ERROR" | "WARNING";
  readonly summary: string;
  readonly detail: string;
  readonly attribute?: PbAttributePath | null;
}

/** tfplugin6.StringKind. */
export type PbStringKind = "PLAIN" | "MARKDOWN";

/** tfplugin6.Schema.Attribute. */
export interface PbAttribute {
  readonly name: string;
  readonly type: Uint8Array;
  readonly nested_type?: PbObject | null;
  readonly description: string;
  readonly required: boolean;
  readonly optional: boolean;
  readonly computed: boolean;
  readonly sensitive: boolean;
  readonly description_kind: PbStringKind;
  readonly deprecated: boolean;
  readonly write_only: boolean;
}

/** tfplugin6.Schema.Object (a nested attribute's object). */
export interface PbObject {
  readonly attributes: readonly PbAttribute[];
  readonly nesting: "INVALID" | "SINGLE" | "LIST" | "SET" | "MAP";
}

/** tfplugin6.Schema.NestedBlock. */
export interface PbNestedBlock {
  readonly type_name: string;
  readonly block: PbBlock | null;
  readonly nesting: "INVALID" | "SINGLE" | "LIST" | "SET" | "MAP" | "GROUP";
  readonly min_items: number;
  readonly max_items: number;
}

/** tfplugin6.Schema.Block. */
export interface PbBlock {
  readonly version: number;
  readonly attributes: readonly PbAttribute[];
  readonly block_types: readonly PbNestedBlock[];
  readonly description: string;
  readonly description_kind: PbStringKind;
  readonly deprecated: boolean;
}

/** tfplugin6.Schema. */
export interface PbSchema {
  readonly version: number;
  readonly block: PbBlock | null;
}

/** tfplugin6.Function.Parameter. */
export interface PbFunctionParameter {
  readonly name: string;
  readonly type: Uint8Array;
  readonly allow_null_value: boolean;
  readonly allow_unknown_values: boolean;
  readonly description: string;
  readonly description_kind: PbStringKind;
}

/** tfplugin6.Function. */
export interface PbFunction {
  readonly parameters: readonly PbFunctionParameter[];
  readonly variadic_parameter?: PbFunctionParameter | null;
  readonly return: { readonly type: Uint8Array } | null;
  readonly summary: string;
  readonly description: string;
  readonly description_kind: PbStringKind;
  readonly deprecation_message: string;
}

/** tfplugin6.ServerCapabilities. */
export interface PbServerCapabilities {
  readonly plan_destroy: boolean;
  readonly get_provider_schema_optional: boolean;
  readonly move_resource_state: boolean;
}

/** tfplugin6.GetProviderSchema.Response. */
export interface PbGetProviderSchemaResponse {
  readonly provider: PbSchema | null;
  readonly resource_schemas: Readonly<Record<string, PbSchema>>;
  readonly data_source_schemas: Readonly<Record<string, PbSchema>>;
  readonly functions: Readonly<Record<string, PbFunction>>;
  readonly ephemeral_resource_schemas: Readonly<Record<string, PbSchema>>;
  readonly diagnostics: readonly PbDiagnostic[];
  readonly provider_meta: PbSchema | null;
  readonly server_capabilities: PbServerCapabilities | null;
}
