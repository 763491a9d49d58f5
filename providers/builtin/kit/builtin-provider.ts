import { JsonError } from "../../../lang/values/json-marshal.js";
import { unmarshalTyped } from "../../../lang/values/json-typed.js";
import { Value } from "../../../lang/values/value.js";
import type {
  ApplyResourceChangeRequest,
  ApplyResourceChangeResponse,
  CallFunctionRequest,
  CallFunctionResponse,
  ConfigureProviderRequest,
  DiagnosticsResponse,
  GetProviderSchemaResponse,
  ImportResourceStateRequest,
  ImportResourceStateResponse,
  PlanResourceChangeRequest,
  PlanResourceChangeResponse,
  Provider,
  ReadDataSourceRequest,
  ReadDataSourceResponse,
  ReadResourceRequest,
  ReadResourceResponse,
  UpgradeResourceStateRequest,
  UpgradeResourceStateResponse,
  ValidateResourceConfigRequest,
} from "../../provider.js";
import { impliedType, type Schema } from "../../schema.js";
import { planComputed } from "./plan-computed.js";
import { NO_DIAGNOSTICS, providerError, type BuiltinProviderSpec } from "./resource-type.js";

// A provider that runs in this process, built from a spec of resource types and data sources. It
// answers every operation of the provider interface, dispatching by type name, and supplies the
// defaults: unknown types are errors, state of the current schema version is read as is, refresh keeps
// the object, import is refused unless the type supports it.

const EMPTY_SCHEMA: Schema = { version: 0, block: { attributes: {} } };

/** A built-in provider behind the provider interface. */
export class BuiltinProvider<C = unknown> implements Provider {
  #configured: C | undefined;

  constructor(private readonly spec: BuiltinProviderSpec<C>) {}

  async getProviderSchema(): Promise<GetProviderSchemaResponse> {
    const resourceTypes = Object.fromEntries(Object.entries(this.spec.resources).map(([n, r]) => [n, r.schema]));
    const dataSources = Object.fromEntries(Object.entries(this.spec.dataSources ?? {}).map(([n, d]) => [n, d.schema]));
    return {
      provider: this.spec.providerSchema ?? EMPTY_SCHEMA,
      resourceTypes,
      dataSources,
      serverCapabilities: { getProviderSchemaOptional: true },
      diagnostics: [],
    };
  }

  async validateProviderConfig(): Promise<DiagnosticsResponse> {
    return NO_DIAGNOSTICS;
  }

  async validateResourceConfig(req: ValidateResourceConfigRequest): Promise<DiagnosticsResponse> {
    const r = this.spec.resources[req.typeName];
    if (!r) return unknownType("resource", req.typeName);
    return { diagnostics: r.validate?.(req.config) ?? [] };
  }

  async validateDataResourceConfig(req: ValidateResourceConfigRequest): Promise<DiagnosticsResponse> {
    const d = this.spec.dataSources?.[req.typeName];
    if (!d) return unknownType("data source", req.typeName);
    return { diagnostics: d.validate?.(req.config) ?? [] };
  }

  async upgradeResourceState(req: UpgradeResourceStateRequest): Promise<UpgradeResourceStateResponse> {
    const r = this.spec.resources[req.typeName];
    if (!r) return { upgradedState: Value.null(impliedType(EMPTY_SCHEMA.block)), ...unknownType("resource", req.typeName) };
    const type = impliedType(r.schema.block);
    if (req.version !== r.schema.version) {
      if (r.upgrade) return r.upgrade(req.version, req.rawStateJson);
      const detail = `The stored state of ${req.typeName} has schema version ${req.version}, which this provider cannot read (it is at version ${r.schema.version}).`;
      return { upgradedState: Value.null(type), diagnostics: [providerError("Unable to upgrade resource state", detail)] };
    }
    const v = unmarshalTyped(req.rawStateJson, type);
    if (v instanceof JsonError) {
      return { upgradedState: Value.null(type), diagnostics: [providerError("Unable to read resource state", v.message)] };
    }
    return { upgradedState: v, diagnostics: [] };
  }

  async configureProvider(req: ConfigureProviderRequest): Promise<DiagnosticsResponse> {
    if (!this.spec.configure) {
      this.#configured = undefined as C;
      return NO_DIAGNOSTICS;
    }
    const r = this.spec.configure(req.config);
    this.#configured = r.configured;
    return { diagnostics: r.diagnostics };
  }

  async readResource(req: ReadResourceRequest): Promise<ReadResourceResponse> {
    const r = this.spec.resources[req.typeName];
    if (!r) return { newState: req.currentState, ...unknownType("resource", req.typeName) };
    if (!r.read) return { newState: req.currentState, ...(req.private ? { private: req.private } : {}), diagnostics: [] };
    return r.read(req, this.#configured as C);
  }

  async planResourceChange(req: PlanResourceChangeRequest): Promise<PlanResourceChangeResponse> {
    const r = this.spec.resources[req.typeName];
    if (!r) return { plannedState: req.proposedNewState, requiresReplace: [], ...unknownType("resource", req.typeName) };
    if (r.plan) return r.plan(req, this.#configured as C);
    return planComputed(r.schema, req);
  }

  async applyResourceChange(req: ApplyResourceChangeRequest): Promise<ApplyResourceChangeResponse> {
    const r = this.spec.resources[req.typeName];
    if (!r) return { newState: req.priorState, ...unknownType("resource", req.typeName) };
    return r.apply(req, this.#configured as C);
  }

  async importResourceState(req: ImportResourceStateRequest): Promise<ImportResourceStateResponse> {
    const r = this.spec.resources[req.typeName];
    if (!r) return { importedResources: [], ...unknownType("resource", req.typeName) };
    if (!r.import) {
      const detail = `The ${req.typeName} resource type does not support importing existing objects.`;
      return { importedResources: [], diagnostics: [providerError("Resource Import Not Implemented", detail)] };
    }
    return r.import(req.id, this.#configured as C);
  }

  async readDataSource(req: ReadDataSourceRequest): Promise<ReadDataSourceResponse> {
    const d = this.spec.dataSources?.[req.typeName];
    if (!d) return { state: req.config, ...unknownType("data source", req.typeName) };
    return d.read(req.config, this.#configured as C);
  }

  async callFunction(req: CallFunctionRequest): Promise<CallFunctionResponse> {
    return { error: { text: `Function ${JSON.stringify(req.name)} is not provided by this provider.` } };
  }

  async stopProvider(): Promise<{ readonly error?: string }> {
    return {};
  }

  async close(): Promise<void> {}
}

function unknownType(what: string, name: string): DiagnosticsResponse {
  return { diagnostics: [providerError(`Unknown ${what} type`, `This provider does not have a ${what} type named ${JSON.stringify(name)}.`)] };
}

/** Builds the kit's request for applying the planned state as it is (for resources whose apply just stores it). */
export function storePlanned(req: ApplyResourceChangeRequest): ApplyResourceChangeResponse {
  return { newState: req.plannedState, ...(req.plannedPrivate ? { private: req.plannedPrivate } : {}), diagnostics: [] };
}
