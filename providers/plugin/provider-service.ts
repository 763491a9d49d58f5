import { DynamicPseudoType, type Type } from "../../lang/types/type.js";
import type { Value } from "../../lang/values/value.js";
import type { GetProviderSchemaResponse, Provider, ProviderDiagnostic } from "../provider.js";
import { impliedType, type Schema } from "../schema.js";
import { diagnosticsToProto, pathToProto } from "./diagnostics-message.js";
import type { ProtocolVersion } from "./protocol-versions.js";
import { v5Handlers } from "./provider-service-v5.js";
import { functionToProto, schemaToProto } from "./schema-message.js";
import type { PbDynamicValue } from "./tfplugin6-messages.js";
import { ValueCodec } from "./value-codec.js";

// The tfplugin6.Provider service over a Provider (and through provider-service-v5.ts tfplugin5's): each RPC decodes its request's values with the
// types of the provider's schema, calls the provider and encodes the answer. Requests for types the
// provider does not have, and values that do not decode, are answered with error diagnostics. The
// ephemeral resource RPCs and MoveResourceState are not offered (the provider interface has no such
// operations), so gRPC answers them Unimplemented, as a Go server without them does.

/** A tfplugin6 (or tfplugin5) request or response as a plain object. */
type Msg = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The unary RPCs of tfplugin6.Provider (or tfplugin5.Provider) that Terrane serves, by method name. */
export type ProviderHandlers = Readonly<Record<string, (req: Msg) => Promise<Msg>>>;

/** Builds the RPC handlers of one protocol version for one provider instance. */
export function providerHandlers(provider: Provider, version: ProtocolVersion = 6): ProviderHandlers {
  const service = new ProviderService(provider);
  return version === 6 ? service.handlers() : v5Handlers(service.handlers(), () => service.schema());
}

class ProviderService {
  #schema: Promise<GetProviderSchemaResponse> | undefined;

  constructor(private readonly provider: Provider) {}

  handlers(): ProviderHandlers {
    const names = [
      "GetMetadata", "GetProviderSchema", "ValidateProviderConfig", "ValidateResourceConfig", "ValidateDataResourceConfig",
      "UpgradeResourceState", "ConfigureProvider", "ReadResource", "PlanResourceChange", "ApplyResourceChange",
      "ImportResourceState", "ReadDataSource", "GetFunctions", "CallFunction", "StopProvider",
    ] as const;
    return Object.fromEntries(names.map((n) => [n, (req: Msg) => this[n](req)]));
  }

  schema(): Promise<GetProviderSchemaResponse> {
    this.#schema ??= this.provider.getProviderSchema();
    return this.#schema;
  }

  async GetMetadata(): Promise<Msg> {
    const s = await this.schema();
    return {
      server_capabilities: capabilities(s),
      diagnostics: diagnosticsToProto(s.diagnostics),
      resources: Object.keys(s.resourceTypes).map((type_name) => ({ type_name })),
      data_sources: Object.keys(s.dataSources).map((type_name) => ({ type_name })),
      functions: Object.keys(s.functions ?? {}).map((name) => ({ name })),
      ephemeral_resources: [],
    };
  }

  async GetProviderSchema(): Promise<Msg> {
    const s = await this.schema();
    return {
      provider: schemaToProto(s.provider),
      resource_schemas: mapValues(s.resourceTypes, schemaToProto),
      data_source_schemas: mapValues(s.dataSources, schemaToProto),
      functions: mapValues(s.functions ?? {}, functionToProto),
      ephemeral_resource_schemas: {},
      diagnostics: diagnosticsToProto(s.diagnostics),
      provider_meta: s.providerMeta ? schemaToProto(s.providerMeta) : null,
      server_capabilities: capabilities(s),
    };
  }

  async GetFunctions(): Promise<Msg> {
    const s = await this.schema();
    return { functions: mapValues(s.functions ?? {}, functionToProto), diagnostics: [] };
  }

  async ValidateProviderConfig(req: Msg): Promise<Msg> {
    const c = new ValueCodec();
    const config = c.read("config", req.config, await this.providerType());
    return { diagnostics: await this.diagnose(c, () => this.provider.validateProviderConfig({ config })) };
  }

  async ValidateResourceConfig(req: Msg): Promise<Msg> {
    return this.validate(req, "resource", (config) => this.provider.validateResourceConfig({ typeName: req.type_name, config }));
  }

  async ValidateDataResourceConfig(req: Msg): Promise<Msg> {
    return this.validate(req, "data source", (config) => this.provider.validateDataResourceConfig({ typeName: req.type_name, config }));
  }

  async UpgradeResourceState(req: Msg): Promise<Msg> {
    const t = await this.typeOf("resource", req.type_name);
    if (!t) return { upgraded_state: null, diagnostics: diagnosticsToProto([unknownType("resource", req.type_name)]) };
    const json: Uint8Array | undefined = req.raw_state?.json;
    if (!json || json.length === 0) {
      const flatmap = Object.keys(req.raw_state?.flatmap ?? {}).length > 0;
      const detail = flatmap ? "The stored state is in the legacy flatmap format, which this provider cannot read." : "The stored state is empty.";
      return { upgraded_state: null, diagnostics: diagnosticsToProto([error("Unable to read resource state", detail)]) };
    }
    const r = await this.provider.upgradeResourceState({ typeName: req.type_name, version: Number(req.version), rawStateJson: new TextDecoder().decode(json) });
    const c = new ValueCodec();
    const upgraded_state = c.write("upgraded_state", r.upgradedState, t);
    return { upgraded_state, diagnostics: diagnosticsToProto([...r.diagnostics, ...c.diagnostics]) };
  }

  async ConfigureProvider(req: Msg): Promise<Msg> {
    const c = new ValueCodec();
    const config = c.read("config", req.config, await this.providerType());
    return { diagnostics: await this.diagnose(c, () => this.provider.configureProvider({ terraformVersion: req.terraform_version, config })) };
  }

  async ReadResource(req: Msg): Promise<Msg> {
    const t = await this.typeOf("resource", req.type_name);
    if (!t) return { new_state: null, diagnostics: diagnosticsToProto([unknownType("resource", req.type_name)]) };
    const c = new ValueCodec();
    const currentState = c.read("current_state", req.current_state, t);
    const providerMeta = c.readOptional("provider_meta", req.provider_meta, await this.metaType());
    if (c.failed) return { new_state: req.current_state, diagnostics: diagnosticsToProto(c.diagnostics) };
    const r = await this.provider.readResource({ typeName: req.type_name, currentState, ...bytesField("private", req.private), ...(providerMeta ? { providerMeta } : {}) });
    const out = new ValueCodec();
    const new_state = out.write("new_state", r.newState, t);
    return { new_state, private: r.private ?? new Uint8Array(), diagnostics: diagnosticsToProto([...r.diagnostics, ...out.diagnostics]) };
  }

  async PlanResourceChange(req: Msg): Promise<Msg> {
    const t = await this.typeOf("resource", req.type_name);
    if (!t) return { planned_state: null, diagnostics: diagnosticsToProto([unknownType("resource", req.type_name)]) };
    const c = new ValueCodec();
    const priorState = c.read("prior_state", req.prior_state, t);
    const proposedNewState = c.read("proposed_new_state", req.proposed_new_state, t);
    const config = c.read("config", req.config, t);
    const providerMeta = c.readOptional("provider_meta", req.provider_meta, await this.metaType());
    if (c.failed) return { planned_state: null, diagnostics: diagnosticsToProto(c.diagnostics) };
    const r = await this.provider.planResourceChange({
      typeName: req.type_name, priorState, proposedNewState, config,
      ...bytesField("priorPrivate", req.prior_private), ...(providerMeta ? { providerMeta } : {}),
    });
    const out = new ValueCodec();
    const planned_state = out.write("planned_state", r.plannedState, t);
    return {
      planned_state,
      requires_replace: r.requiresReplace.map(pathToProto),
      planned_private: r.plannedPrivate ?? new Uint8Array(),
      diagnostics: diagnosticsToProto([...r.diagnostics, ...out.diagnostics]),
      legacy_type_system: r.legacyTypeSystem ?? false,
    };
  }

  async ApplyResourceChange(req: Msg): Promise<Msg> {
    const t = await this.typeOf("resource", req.type_name);
    if (!t) return { new_state: null, diagnostics: diagnosticsToProto([unknownType("resource", req.type_name)]) };
    const c = new ValueCodec();
    const priorState = c.read("prior_state", req.prior_state, t);
    const plannedState = c.read("planned_state", req.planned_state, t);
    const config = c.read("config", req.config, t);
    const providerMeta = c.readOptional("provider_meta", req.provider_meta, await this.metaType());
    if (c.failed) return { new_state: req.prior_state, diagnostics: diagnosticsToProto(c.diagnostics) };
    const r = await this.provider.applyResourceChange({
      typeName: req.type_name, priorState, plannedState, config,
      ...bytesField("plannedPrivate", req.planned_private), ...(providerMeta ? { providerMeta } : {}),
    });
    const out = new ValueCodec();
    const new_state = out.write("new_state", r.newState, t);
    return {
      new_state,
      private: r.private ?? new Uint8Array(),
      diagnostics: diagnosticsToProto([...r.diagnostics, ...out.diagnostics]),
      legacy_type_system: r.legacyTypeSystem ?? false,
    };
  }

  async ImportResourceState(req: Msg): Promise<Msg> {
    if (!(await this.typeOf("resource", req.type_name))) return { imported_resources: [], diagnostics: diagnosticsToProto([unknownType("resource", req.type_name)]) };
    const r = await this.provider.importResourceState({ typeName: req.type_name, id: req.id });
    const out = new ValueCodec();
    const imported_resources = [];
    for (const ir of r.importedResources) {
      const t = (await this.typeOf("resource", ir.typeName)) ?? DynamicPseudoType;
      imported_resources.push({ type_name: ir.typeName, state: out.write("state", ir.state, t), private: ir.private ?? new Uint8Array() });
    }
    return { imported_resources, diagnostics: diagnosticsToProto([...r.diagnostics, ...out.diagnostics]) };
  }

  async ReadDataSource(req: Msg): Promise<Msg> {
    const t = await this.typeOf("data source", req.type_name);
    if (!t) return { state: null, diagnostics: diagnosticsToProto([unknownType("data source", req.type_name)]) };
    const c = new ValueCodec();
    const config = c.read("config", req.config, t);
    const providerMeta = c.readOptional("provider_meta", req.provider_meta, await this.metaType());
    if (c.failed) return { state: null, diagnostics: diagnosticsToProto(c.diagnostics) };
    const r = await this.provider.readDataSource({ typeName: req.type_name, config, ...(providerMeta ? { providerMeta } : {}) });
    const out = new ValueCodec();
    const state = out.write("state", r.state, t);
    return { state, diagnostics: diagnosticsToProto([...r.diagnostics, ...out.diagnostics]) };
  }

  async CallFunction(req: Msg): Promise<Msg> {
    const f = (await this.schema()).functions?.[req.name];
    if (!f) return { result: null, error: { text: `The provider has no function named ${JSON.stringify(req.name)}.` } };
    const c = new ValueCodec();
    const args = (req.arguments as PbDynamicValue[]).map((a, i) => c.read(`argument ${i}`, a, (f.parameters[i] ?? f.variadicParameter)?.type ?? DynamicPseudoType));
    if (c.failed) return { result: null, error: { text: c.diagnostics.map((d) => d.detail).join("\n") } };
    const r = await this.provider.callFunction({ name: req.name, arguments: args });
    if (r.error) return { result: null, error: { text: r.error.text, ...(r.error.functionArgument === undefined ? {} : { function_argument: r.error.functionArgument }) } };
    const out = new ValueCodec();
    const result = out.write("result", r.result!, f.returnType);
    return out.failed ? { result: null, error: { text: out.diagnostics[0]!.detail } } : { result, error: null };
  }

  async StopProvider(): Promise<Msg> {
    const r = await this.provider.stopProvider();
    return { Error: r.error ?? "" };
  }

  private async validate(req: Msg, what: "resource" | "data source", call: (config: Value) => Promise<{ readonly diagnostics: readonly ProviderDiagnostic[] }>): Promise<Msg> {
    const t = await this.typeOf(what, req.type_name);
    if (!t) return { diagnostics: diagnosticsToProto([unknownType(what, req.type_name)]) };
    const c = new ValueCodec();
    const config = c.read("config", req.config, t);
    return { diagnostics: await this.diagnose(c, () => call(config)) };
  }

  private async diagnose(c: ValueCodec, call: () => Promise<{ readonly diagnostics: readonly ProviderDiagnostic[] }>): Promise<unknown[]> {
    if (c.failed) return diagnosticsToProto(c.diagnostics);
    return diagnosticsToProto((await call()).diagnostics);
  }

  private async typeOf(what: "resource" | "data source", name: string): Promise<Type | undefined> {
    const s = await this.schema();
    const schema: Schema | undefined = what === "resource" ? s.resourceTypes[name] : s.dataSources[name];
    return schema && impliedType(schema.block);
  }

  private async providerType(): Promise<Type> {
    return impliedType((await this.schema()).provider.block);
  }

  private async metaType(): Promise<Type> {
    const meta = (await this.schema()).providerMeta;
    return meta ? impliedType(meta.block) : DynamicPseudoType;
  }
}

function capabilities(s: GetProviderSchemaResponse): Msg {
  const c = s.serverCapabilities ?? {};
  return { plan_destroy: c.planDestroy ?? false, get_provider_schema_optional: c.getProviderSchemaOptional ?? false, move_resource_state: false };
}

function mapValues<T, U>(r: Readonly<Record<string, T>>, f: (t: T) => U): Record<string, U> {
  return Object.fromEntries(Object.entries(r).map(([k, v]) => [k, f(v)]));
}

function bytesField<K extends string>(key: K, b: Uint8Array | null | undefined): { [P in K]?: Uint8Array } {
  return (b && b.length > 0 ? { [key]: new Uint8Array(b) } : {}) as { [P in K]?: Uint8Array };
}

function unknownType(what: string, name: string): ProviderDiagnostic {
  return error(`Unknown ${what} type`, `This provider does not have a ${what} type named ${JSON.stringify(name)}.`);
}

function error(summary: string, detail: string): ProviderDiagnostic {
  return { severity: "error", summary, detail };
}
