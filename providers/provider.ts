import type { Type } from "../lang/types/type.js";
import type { ValuePath } from "../lang/values/path.js";
import type { Value } from "../lang/values/value.js";
import type { Schema } from "./schema.js";

// The provider interface: one request and one response per operation of Terraform's plugin protocol 6
// (tfplugin6.proto), so that a built-in provider and the gRPC plugin client are interchangeable. Values
// cross it as typed values of the schema's implied type, with unknowns and without marks; a missing
// object is a null of that type. Problems come back as diagnostics, never as exceptions.

/** A problem a provider reports; `attribute` points into the configuration value it is about. */
export interface ProviderDiagnostic {
  readonly severity: "error" | "warning";
  readonly summary: string;
  readonly detail?: string;
  readonly attribute?: ValuePath;
}

/** A provider-defined function's signature (tfplugin6 Function). */
export interface FunctionDecl {
  readonly parameters: readonly FunctionParam[];
  readonly variadicParameter?: FunctionParam;
  readonly returnType: Type;
  readonly summary?: string;
  readonly description?: string;
}

/** One parameter of a provider-defined function. */
export interface FunctionParam {
  readonly name: string;
  readonly type: Type;
  readonly allowNullValue?: boolean;
  readonly allowUnknownValues?: boolean;
  readonly description?: string;
}

/** What the provider can do beyond the basics (tfplugin6 ServerCapabilities). */
export interface ServerCapabilities {
  readonly planDestroy?: boolean;
  readonly getProviderSchemaOptional?: boolean;
  readonly moveResourceState?: boolean;
}

/** GetProviderSchema's response. */
export interface GetProviderSchemaResponse {
  readonly provider: Schema;
  readonly providerMeta?: Schema;
  readonly resourceTypes: Readonly<Record<string, Schema>>;
  readonly dataSources: Readonly<Record<string, Schema>>;
  readonly functions?: Readonly<Record<string, FunctionDecl>>;
  readonly serverCapabilities?: ServerCapabilities;
  readonly diagnostics: readonly ProviderDiagnostic[];
}

/** A response that carries only diagnostics. */
export interface DiagnosticsResponse {
  readonly diagnostics: readonly ProviderDiagnostic[];
}

/** ValidateResourceConfig / ValidateDataResourceConfig request. */
export interface ValidateResourceConfigRequest {
  readonly typeName: string;
  readonly config: Value;
}

/** UpgradeResourceState: the stored JSON of an object written with schema `version`. */
export interface UpgradeResourceStateRequest {
  readonly typeName: string;
  readonly version: number;
  readonly rawStateJson: string;
}

/** UpgradeResourceState's response: the object at the current schema version. */
export interface UpgradeResourceStateResponse extends DiagnosticsResponse {
  readonly upgradedState: Value;
}

/** ConfigureProvider request. */
export interface ConfigureProviderRequest {
  readonly terraformVersion: string;
  readonly config: Value;
}

/** ReadResource request: refresh one object. */
export interface ReadResourceRequest {
  readonly typeName: string;
  readonly currentState: Value;
  readonly private?: Uint8Array;
  readonly providerMeta?: Value;
}

/** ReadResource's response; a null newState means the object is gone. */
export interface ReadResourceResponse extends DiagnosticsResponse {
  readonly newState: Value;
  readonly private?: Uint8Array;
}

/** PlanResourceChange request. A null proposedNewState plans a destroy (only with planDestroy). */
export interface PlanResourceChangeRequest {
  readonly typeName: string;
  readonly priorState: Value;
  readonly proposedNewState: Value;
  readonly config: Value;
  readonly priorPrivate?: Uint8Array;
  readonly providerMeta?: Value;
}

/** PlanResourceChange's response. */
export interface PlanResourceChangeResponse extends DiagnosticsResponse {
  readonly plannedState: Value;
  /** Attributes whose change forces the object to be replaced. */
  readonly requiresReplace: readonly ValuePath[];
  readonly plannedPrivate?: Uint8Array;
  /** The provider is written with the legacy SDK: some of its inconsistencies are only warnings. */
  readonly legacyTypeSystem?: boolean;
}

/** ApplyResourceChange request; a null plannedState destroys the object. */
export interface ApplyResourceChangeRequest {
  readonly typeName: string;
  readonly priorState: Value;
  readonly plannedState: Value;
  readonly config: Value;
  readonly plannedPrivate?: Uint8Array;
  readonly providerMeta?: Value;
}

/** ApplyResourceChange's response; newState is null after a destroy. */
export interface ApplyResourceChangeResponse extends DiagnosticsResponse {
  readonly newState: Value;
  readonly private?: Uint8Array;
  readonly legacyTypeSystem?: boolean;
}

/** ImportResourceState request. */
export interface ImportResourceStateRequest {
  readonly typeName: string;
  readonly id: string;
}

/** One object an import found. */
export interface ImportedResource {
  readonly typeName: string;
  readonly state: Value;
  readonly private?: Uint8Array;
}

/** ImportResourceState's response. */
export interface ImportResourceStateResponse extends DiagnosticsResponse {
  readonly importedResources: readonly ImportedResource[];
}

/** ReadDataSource request. */
export interface ReadDataSourceRequest {
  readonly typeName: string;
  readonly config: Value;
  readonly providerMeta?: Value;
}

/** ReadDataSource's response. */
export interface ReadDataSourceResponse extends DiagnosticsResponse {
  readonly state: Value;
}

/** CallFunction request. */
export interface CallFunctionRequest {
  readonly name: string;
  readonly arguments: readonly Value[];
}

/** CallFunction's response: a result, or an error (with the argument it blames, if any). */
export interface CallFunctionResponse {
  readonly result?: Value;
  readonly error?: { readonly text: string; readonly functionArgument?: number };
}

/** A provider: built in, or a plugin process behind the gRPC client. */
export interface Provider {
  getProviderSchema(): Promise<GetProviderSchemaResponse>;
  validateProviderConfig(req: { readonly config: Value }): Promise<DiagnosticsResponse>;
  validateResourceConfig(req: ValidateResourceConfigRequest): Promise<DiagnosticsResponse>;
  validateDataResourceConfig(req: ValidateResourceConfigRequest): Promise<DiagnosticsResponse>;
  upgradeResourceState(req: UpgradeResourceStateRequest): Promise<UpgradeResourceStateResponse>;
  configureProvider(req: ConfigureProviderRequest): Promise<DiagnosticsResponse>;
  readResource(req: ReadResourceRequest): Promise<ReadResourceResponse>;
  planResourceChange(req: PlanResourceChangeRequest): Promise<PlanResourceChangeResponse>;
  applyResourceChange(req: ApplyResourceChangeRequest): Promise<ApplyResourceChangeResponse>;
  importResourceState(req: ImportResourceStateRequest): Promise<ImportResourceStateResponse>;
  readDataSource(req: ReadDataSourceRequest): Promise<ReadDataSourceResponse>;
  callFunction(req: CallFunctionRequest): Promise<CallFunctionResponse>;
  /** Asks in-flight operations to stop (Ctrl-C). */
  stopProvider(): Promise<{ readonly error?: string }>;
  /** Releases the provider (ends a plugin process); the provider is not used afterwards. */
  close(): Promise<void>;
}

/** Starts a fresh provider instance (a plugin process, or a built-in object). */
export type ProviderFactory = () => Promise<Provider>;
