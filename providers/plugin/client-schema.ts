import type { FunctionDecl, GetProviderSchemaResponse, ProviderDiagnostic, ServerCapabilities } from "../provider.js";
import type { Schema } from "../schema.js";
import { diagnosticFromProto } from "./diagnostics-message.js";
import { functionFromProto, schemaFromProto, SchemaMessageError } from "./schema-message.js";
import type { PbDiagnostic, PbFunction, PbGetProviderSchemaResponse, PbSchema, PbServerCapabilities } from "./tfplugin6-messages.js";

// The plugin client's reading of GetProviderSchema and GetFunctions responses, and the process-wide
// schema cache Terraform keeps (providers.SchemaCache): once one instance of a provider has answered
// with get_provider_schema_optional, later instances of the same provider are not asked again.

const EMPTY: Schema = { version: 0, block: { attributes: {} } };

/** A GetProviderSchema response as the provider interface's; undecodable schemas become error diagnostics. */
export function schemaResponseFromProto(res: PbGetProviderSchemaResponse): GetProviderSchemaResponse {
  const diagnostics: ProviderDiagnostic[] = (res.diagnostics ?? []).map(diagnosticFromProto);
  const schema = (s: PbSchema | null | undefined, what: string): Schema => {
    const r = s ? schemaFromProto(s) : EMPTY;
    if (!(r instanceof SchemaMessageError)) return r;
    diagnostics.push(invalidSchema(what, r.message));
    return EMPTY;
  };
  const providerMeta = res.provider_meta ? schema(res.provider_meta, "provider_meta") : undefined;
  return {
    provider: schema(res.provider, "provider"),
    ...(providerMeta ? { providerMeta } : {}),
    resourceTypes: mapValues(res.resource_schemas ?? {}, (s, name) => schema(s, `resource ${name}`)),
    dataSources: mapValues(res.data_source_schemas ?? {}, (s, name) => schema(s, `data source ${name}`)),
    functions: functionsFromProto(res.functions ?? {}, diagnostics),
    serverCapabilities: capabilitiesFromProto(res.server_capabilities),
    diagnostics,
  };
}

/** A map of tfplugin6 Function messages as function signatures; bad ones become diagnostics. */
export function functionsFromProto(fs: Readonly<Record<string, PbFunction>>, diagnostics: ProviderDiagnostic[]): Record<string, FunctionDecl> {
  const out: Record<string, FunctionDecl> = {};
  for (const [name, f] of Object.entries(fs)) {
    const d = functionFromProto(f, name);
    if (d instanceof SchemaMessageError) diagnostics.push(invalidSchema(`function ${name}`, d.message));
    else out[name] = d;
  }
  return out;
}

/** A GetFunctions response's diagnostics. */
export function diagnosticsFromProto(ds: readonly PbDiagnostic[] | null | undefined): ProviderDiagnostic[] {
  return (ds ?? []).map(diagnosticFromProto);
}

function capabilitiesFromProto(c: PbServerCapabilities | null | undefined): ServerCapabilities {
  return {
    planDestroy: c?.plan_destroy ?? false,
    getProviderSchemaOptional: c?.get_provider_schema_optional ?? false,
    moveResourceState: c?.move_resource_state ?? false,
  };
}

function invalidSchema(what: string, message: string): ProviderDiagnostic {
  return { severity: "error", summary: "Invalid provider schema", detail: `The provider returned an invalid schema for ${what}: ${message}.` };
}

function mapValues<T, U>(r: Readonly<Record<string, T>>, f: (t: T, k: string) => U): Record<string, U> {
  return Object.fromEntries(Object.entries(r).map(([k, v]) => [k, f(v, k)]));
}

const cache = new Map<string, GetProviderSchemaResponse>();

/** The cached schema of a provider, if one instance answered without errors and allows skipping the call. */
export function cachedSchema(key: string): GetProviderSchemaResponse | undefined {
  return cache.get(key);
}

/** Remembers a schema for later instances, when the provider says they need not be asked. */
export function rememberSchema(key: string, s: GetProviderSchemaResponse): void {
  if (s.serverCapabilities?.getProviderSchemaOptional && !s.diagnostics.some((d) => d.severity === "error")) cache.set(key, s);
}
