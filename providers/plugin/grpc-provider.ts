import { DynamicPseudoType, type Type } from "../../lang/types/type.js";
import { Value } from "../../lang/values/value.js";
import type * as P from "../provider.js";
import { impliedType, type Schema } from "../schema.js";
import { bytesField, callRpc, ClientCodec, type Msg } from "./client-rpc.js";
import { cachedSchema, diagnosticsFromProto, functionsFromProto, rememberSchema, schemaResponseFromProto } from "./client-schema.js";
import { pathFromProto } from "./diagnostics-message.js";
import type { PluginProcess } from "./plugin-process.js";
import { protocolAdapter, type ProtocolAdapter } from "./protocol-versions.js";

// The provider interface over a running plugin process (Terraform's plugin.GRPCProvider and
// plugin6.GRPCProvider): each operation is the matching RPC of the protocol version the plugin chose,
// named through its adapter (protocol-versions.ts; the messages have the same fields in tfplugin5 and
// tfplugin6, and protocol 5 schemas simply have no nested attributes), with values sent and read as
// msgpack DynamicValues of the schema's types. The schema is fetched once per instance (or taken from the process-wide cache when
// the plugin allows), a destroy is planned without a call unless the plugin plans destroys itself,
// and gRPC failures are error diagnostics.

type Kind = "resource" | "data source";

/** A Provider backed by a plugin process; `plugin` keeps its stderr and handshake available. */
export class GrpcProvider implements P.Provider {
  #schema: Promise<P.GetProviderSchemaResponse> | undefined;
  readonly #protocol: ProtocolAdapter;

  constructor(
    readonly plugin: PluginProcess,
    private readonly cacheKey: string,
  ) {
    this.#protocol = protocolAdapter(plugin.protocolVersion);
  }

  /** The plugin protocol version spoken (5 or 6). */
  get protocolVersion(): 5 | 6 {
    return this.#protocol.version;
  }

  /** What the plugin wrote to stderr (its log; Terraform shows it with TF_LOG). */
  stderr(): string {
    return this.plugin.stderr();
  }

  getProviderSchema(): Promise<P.GetProviderSchemaResponse> {
    this.#schema ??= this.#fetchSchema();
    return this.#schema;
  }

  /** GetFunctions: the plugin's functions without the rest of the schema. */
  async getFunctions(): Promise<{ functions: Record<string, P.FunctionDecl>; diagnostics: P.ProviderDiagnostic[] }> {
    const r = await this.#call("GetFunctions", {});
    if (!r.ok) return { functions: {}, diagnostics: [r.diagnostic] };
    const diagnostics = diagnosticsFromProto(r.res.diagnostics);
    return { functions: functionsFromProto(r.res.functions ?? {}, diagnostics), diagnostics };
  }

  async validateProviderConfig(req: { readonly config: Value }): Promise<P.DiagnosticsResponse> {
    return this.#diagnosticsCall("ValidateProviderConfig", async (c) => ({ config: c.write("config", req.config, await this.#providerType()) }));
  }

  async validateResourceConfig(req: P.ValidateResourceConfigRequest): Promise<P.DiagnosticsResponse> {
    return this.#validate("ValidateResourceConfig", "resource", req);
  }

  async validateDataResourceConfig(req: P.ValidateResourceConfigRequest): Promise<P.DiagnosticsResponse> {
    return this.#validate("ValidateDataResourceConfig", "data source", req);
  }

  async upgradeResourceState(req: P.UpgradeResourceStateRequest): Promise<P.UpgradeResourceStateResponse> {
    const t = await this.#typeOf("resource", req.typeName);
    if (t instanceof Failure) return { upgradedState: Value.null(DynamicPseudoType), diagnostics: t.diagnostics };
    const r = await this.#call("UpgradeResourceState", { type_name: req.typeName, version: req.version, raw_state: { json: Buffer.from(req.rawStateJson) } });
    if (!r.ok) return { upgradedState: Value.null(t), diagnostics: [r.diagnostic] };
    const c = new ClientCodec();
    const upgradedState = c.read("upgraded_state", r.res.upgraded_state, t);
    return { upgradedState, diagnostics: [...diagnosticsFromProto(r.res.diagnostics), ...c.diagnostics] };
  }

  async configureProvider(req: P.ConfigureProviderRequest): Promise<P.DiagnosticsResponse> {
    return this.#diagnosticsCall("ConfigureProvider", async (c) => ({
      terraform_version: req.terraformVersion,
      config: c.write("config", req.config, await this.#providerType()),
      client_capabilities: { deferral_allowed: false, write_only_attributes_allowed: true },
    }));
  }

  async readResource(req: P.ReadResourceRequest): Promise<P.ReadResourceResponse> {
    const t = await this.#typeOf("resource", req.typeName);
    if (t instanceof Failure) return { newState: req.currentState, diagnostics: t.diagnostics };
    const c = new ClientCodec();
    const msg = { type_name: req.typeName, current_state: c.write("current_state", req.currentState, t), private: req.private ?? Buffer.alloc(0), ...(await this.#meta(c, req.providerMeta)) };
    if (c.failed) return { newState: req.currentState, diagnostics: c.diagnostics };
    const r = await this.#call("ReadResource", msg);
    if (!r.ok) return { newState: req.currentState, diagnostics: [r.diagnostic] };
    const newState = c.read("new_state", r.res.new_state, t);
    return { newState, ...bytesField("private", r.res.private), diagnostics: [...diagnosticsFromProto(r.res.diagnostics), ...c.diagnostics] };
  }

  async planResourceChange(req: P.PlanResourceChangeRequest): Promise<P.PlanResourceChangeResponse> {
    const t = await this.#typeOf("resource", req.typeName);
    if (t instanceof Failure) return { plannedState: req.proposedNewState, requiresReplace: [], diagnostics: t.diagnostics };
    if (req.proposedNewState.isNull && !(await this.getProviderSchema()).serverCapabilities?.planDestroy) {
      return { plannedState: req.proposedNewState, requiresReplace: [], ...bytesField("plannedPrivate", req.priorPrivate), diagnostics: [] };
    }
    const c = new ClientCodec();
    const msg = {
      type_name: req.typeName,
      prior_state: c.write("prior_state", req.priorState, t),
      proposed_new_state: c.write("proposed_new_state", req.proposedNewState, t),
      config: c.write("config", req.config, t),
      prior_private: req.priorPrivate ?? Buffer.alloc(0),
      ...(await this.#meta(c, req.providerMeta)),
      client_capabilities: { deferral_allowed: false, write_only_attributes_allowed: true },
    };
    if (c.failed) return { plannedState: req.proposedNewState, requiresReplace: [], diagnostics: c.diagnostics };
    const r = await this.#call("PlanResourceChange", msg);
    if (!r.ok) return { plannedState: req.proposedNewState, requiresReplace: [], diagnostics: [r.diagnostic] };
    return {
      plannedState: c.read("planned_state", r.res.planned_state, t),
      requiresReplace: (r.res.requires_replace ?? []).map(pathFromProto),
      ...bytesField("plannedPrivate", r.res.planned_private),
      ...(r.res.legacy_type_system ? { legacyTypeSystem: true } : {}),
      diagnostics: [...diagnosticsFromProto(r.res.diagnostics), ...c.diagnostics],
    };
  }

  async applyResourceChange(req: P.ApplyResourceChangeRequest): Promise<P.ApplyResourceChangeResponse> {
    const t = await this.#typeOf("resource", req.typeName);
    if (t instanceof Failure) return { newState: req.priorState, diagnostics: t.diagnostics };
    const c = new ClientCodec();
    const msg = {
      type_name: req.typeName,
      prior_state: c.write("prior_state", req.priorState, t),
      planned_state: c.write("planned_state", req.plannedState, t),
      config: c.write("config", req.config, t),
      planned_private: req.plannedPrivate ?? Buffer.alloc(0),
      ...(await this.#meta(c, req.providerMeta)),
    };
    if (c.failed) return { newState: req.priorState, diagnostics: c.diagnostics };
    const r = await this.#call("ApplyResourceChange", msg);
    if (!r.ok) return { newState: req.priorState, diagnostics: [r.diagnostic] };
    return {
      newState: c.read("new_state", r.res.new_state, t),
      ...bytesField("private", r.res.private),
      ...(r.res.legacy_type_system ? { legacyTypeSystem: true } : {}),
      diagnostics: [...diagnosticsFromProto(r.res.diagnostics), ...c.diagnostics],
    };
  }

  async importResourceState(req: P.ImportResourceStateRequest): Promise<P.ImportResourceStateResponse> {
    const t = await this.#typeOf("resource", req.typeName);
    if (t instanceof Failure) return { importedResources: [], diagnostics: t.diagnostics };
    const r = await this.#call("ImportResourceState", { type_name: req.typeName, id: req.id, client_capabilities: { deferral_allowed: false } });
    if (!r.ok) return { importedResources: [], diagnostics: [r.diagnostic] };
    const c = new ClientCodec();
    const diagnostics = diagnosticsFromProto(r.res.diagnostics);
    const importedResources: P.ImportedResource[] = [];
    for (const ir of (r.res.imported_resources ?? []) as Msg[]) {
      const it = await this.#typeOf("resource", ir.type_name);
      if (it instanceof Failure) diagnostics.push(...it.diagnostics);
      else importedResources.push({ typeName: ir.type_name, state: c.read("state", ir.state, it), ...bytesField("private", ir.private) });
    }
    return { importedResources, diagnostics: [...diagnostics, ...c.diagnostics] };
  }

  async readDataSource(req: P.ReadDataSourceRequest): Promise<P.ReadDataSourceResponse> {
    const t = await this.#typeOf("data source", req.typeName);
    if (t instanceof Failure) return { state: Value.null(DynamicPseudoType), diagnostics: t.diagnostics };
    const c = new ClientCodec();
    const msg = { type_name: req.typeName, config: c.write("config", req.config, t), ...(await this.#meta(c, req.providerMeta)), client_capabilities: { deferral_allowed: false } };
    if (c.failed) return { state: Value.null(t), diagnostics: c.diagnostics };
    const r = await this.#call("ReadDataSource", msg);
    if (!r.ok) return { state: Value.null(t), diagnostics: [r.diagnostic] };
    const state = c.read("state", r.res.state, t);
    return { state, diagnostics: [...diagnosticsFromProto(r.res.diagnostics), ...c.diagnostics] };
  }

  async callFunction(req: P.CallFunctionRequest): Promise<P.CallFunctionResponse> {
    const f = (await this.getProviderSchema()).functions?.[req.name];
    if (!f) return { error: { text: `provider has no function named "${req.name}"` } };
    const c = new ClientCodec();
    const args = req.arguments.map((a, i) => c.write(`argument ${i}`, a, (f.parameters[i] ?? f.variadicParameter)?.type ?? DynamicPseudoType));
    if (c.failed) return { error: { text: c.diagnostics.map((d) => d.detail).join("\n") } };
    const r = await this.#call("CallFunction", { name: req.name, arguments: args });
    if (!r.ok) return { error: { text: `${r.diagnostic.summary}: ${r.diagnostic.detail}` } };
    const e = r.res.error;
    if (e && (e.text || e.function_argument !== undefined)) {
      return { error: { text: e.text, ...(e.function_argument === undefined || e.function_argument === null ? {} : { functionArgument: Number(e.function_argument) }) } };
    }
    const result = c.read("result", r.res.result, f.returnType);
    return c.failed ? { error: { text: c.diagnostics[0]!.detail! } } : { result };
  }

  async stopProvider(): Promise<{ readonly error?: string }> {
    const r = await this.#call("StopProvider", {});
    if (!r.ok) return { error: r.diagnostic.detail ?? r.diagnostic.summary };
    return r.res.Error ? { error: r.res.Error } : {};
  }

  async close(): Promise<void> {
    await this.plugin.kill();
  }

  async #fetchSchema(): Promise<P.GetProviderSchemaResponse> {
    const cached = cachedSchema(this.cacheKey);
    if (cached) return cached;
    const r = await this.#call("GetProviderSchema", {});
    if (!r.ok) return { provider: { version: 0, block: { attributes: {} } }, resourceTypes: {}, dataSources: {}, diagnostics: [r.diagnostic] };
    const s = schemaResponseFromProto(r.res as never);
    rememberSchema(this.cacheKey, s);
    return s;
  }

  #call(method: string, req: Msg) {
    const p = this.#protocol;
    return callRpc(this.plugin.provider, p.rpcName(method), req, `${p.clientPackage}.(*GRPCProvider).${method}`);
  }

  async #validate(method: string, kind: Kind, req: P.ValidateResourceConfigRequest): Promise<P.DiagnosticsResponse> {
    const t = await this.#typeOf(kind, req.typeName);
    if (t instanceof Failure) return { diagnostics: t.diagnostics };
    return this.#diagnosticsCall(method, async (c) => ({ type_name: req.typeName, config: c.write("config", req.config, t), client_capabilities: { write_only_attributes_allowed: true } }));
  }

  async #diagnosticsCall(method: string, build: (c: ClientCodec) => Promise<Msg>): Promise<P.DiagnosticsResponse> {
    const s = await this.getProviderSchema();
    if (hasErrors(s.diagnostics)) return { diagnostics: s.diagnostics };
    const c = new ClientCodec();
    const msg = await build(c);
    if (c.failed) return { diagnostics: c.diagnostics };
    const r = await this.#call(method, msg);
    return { diagnostics: r.ok ? diagnosticsFromProto(r.res.diagnostics) : [r.diagnostic] };
  }

  async #typeOf(kind: Kind, name: string): Promise<Type | Failure> {
    const s = await this.getProviderSchema();
    if (hasErrors(s.diagnostics)) return new Failure(s.diagnostics);
    const schema: Schema | undefined = kind === "resource" ? s.resourceTypes[name] : s.dataSources[name];
    if (schema) return impliedType(schema.block);
    return new Failure([{ severity: "error", summary: `Unknown ${kind} type`, detail: `This provider does not have a ${kind} type named ${JSON.stringify(name)}.` }]);
  }

  async #providerType(): Promise<Type> {
    return impliedType((await this.getProviderSchema()).provider.block);
  }

  async #meta(c: ClientCodec, meta: Value | undefined): Promise<{ provider_meta?: Msg }> {
    const schema = (await this.getProviderSchema()).providerMeta;
    if (!meta || !schema) return {};
    return { provider_meta: c.write("provider_meta", meta, impliedType(schema.block)) };
  }
}

/** Why an operation was answered without calling the plugin. */
class Failure {
  constructor(readonly diagnostics: readonly P.ProviderDiagnostic[]) {}
}

function hasErrors(ds: readonly P.ProviderDiagnostic[]): boolean {
  return ds.some((d) => d.severity === "error");
}
