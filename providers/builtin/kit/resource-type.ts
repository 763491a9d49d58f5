import type { Value } from "../../../lang/values/value.js";
import type {
  ApplyResourceChangeRequest,
  ApplyResourceChangeResponse,
  DiagnosticsResponse,
  ImportResourceStateResponse,
  PlanResourceChangeRequest,
  PlanResourceChangeResponse,
  ProviderDiagnostic,
  ReadDataSourceResponse,
  ReadResourceRequest,
  ReadResourceResponse,
  UpgradeResourceStateResponse,
} from "../../provider.js";
import type { Schema } from "../../schema.js";

// What a built-in provider's resource types and data sources implement. Each operation receives the
// request of the provider interface and the provider's configured data; anything left out gets the
// kit's default (see builtin-provider.ts).

/** One managed resource type of a built-in provider. */
export interface ManagedResourceType<C = unknown> {
  readonly schema: Schema;
  /** Extra checks of a configuration beyond its schema. */
  validate?(config: Value): readonly ProviderDiagnostic[];
  /** Plans a change; by default planComputed() with no replacing attributes. */
  plan?(req: PlanResourceChangeRequest, configured: C): Promise<PlanResourceChangeResponse> | PlanResourceChangeResponse;
  /** Creates, updates or (with a null plannedState) deletes the object. */
  apply(req: ApplyResourceChangeRequest, configured: C): Promise<ApplyResourceChangeResponse> | ApplyResourceChangeResponse;
  /** Refreshes the object; by default it is returned unchanged. */
  read?(req: ReadResourceRequest, configured: C): Promise<ReadResourceResponse> | ReadResourceResponse;
  /** Imports an existing object by its id; without this, import is refused. */
  import?(id: string, configured: C): Promise<ImportResourceStateResponse> | ImportResourceStateResponse;
  /** Reads stored JSON of an older schema version; by default only the current version is read. */
  upgrade?(version: number, rawStateJson: string): UpgradeResourceStateResponse;
}

/** One data source of a built-in provider. */
export interface DataSourceType<C = unknown> {
  readonly schema: Schema;
  validate?(config: Value): readonly ProviderDiagnostic[];
  read(config: Value, configured: C): Promise<ReadDataSourceResponse> | ReadDataSourceResponse;
}

/** What a built-in provider is made of. */
export interface BuiltinProviderSpec<C = unknown> {
  /** The provider's own configuration schema (an empty block for most). */
  readonly providerSchema?: Schema;
  readonly resources: Readonly<Record<string, ManagedResourceType<C>>>;
  readonly dataSources?: Readonly<Record<string, DataSourceType<C>>>;
  /** Turns the provider configuration into the data operations receive. */
  configure?(config: Value): { readonly configured: C; readonly diagnostics: readonly ProviderDiagnostic[] };
}

/** An error diagnostic from a provider, optionally about an attribute. */
export function providerError(summary: string, detail?: string, attribute?: string): ProviderDiagnostic {
  return {
    severity: "error",
    summary,
    ...(detail === undefined ? {} : { detail }),
    ...(attribute === undefined ? {} : { attribute: [{ attr: attribute }] }),
  };
}

/** A response with no diagnostics. */
export const NO_DIAGNOSTICS: DiagnosticsResponse = { diagnostics: [] };
