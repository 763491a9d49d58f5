import { DynamicPseudoType, StringType } from "../../../lang/types/type.js";
import { Value } from "../../../lang/values/value.js";
import type { ProviderDiagnostic, ReadDataSourceResponse } from "../../provider.js";
import type { Schema } from "../../schema.js";
import { providerError, type DataSourceType } from "../kit/index.js";
import { backendType, localBackendConfig, localStatePath, unsupportedBackend } from "./local-backend.js";

// terraform_remote_state (internal/builtin/providers/terraform/data_source_state.go): the root module
// outputs of another configuration's latest state snapshot, read through a backend, with `defaults`
// for outputs the state lacks. Reading a state file is the caller's job (providers must not depend on
// core/): it is given as a function that answers with a snapshot's root output values.

/** What reading a state file found: its root outputs, no state at all, or an error. */
export type StateOutputsRead =
  | { readonly outputs: ReadonlyMap<string, Value> }
  | { readonly missing: true }
  | { readonly error: { readonly summary: string; readonly detail?: string } };

/** Reads the root module outputs of the state file at an absolute path. */
export type ReadStateOutputs = (path: string) => Promise<StateOutputsRead> | StateOutputsRead;

/** The terraform_remote_state schema: backend, config, defaults, workspace; outputs computed. */
export const REMOTE_STATE_SCHEMA: Schema = {
  version: 0,
  block: {
    attributes: {
      backend: { type: StringType, required: true, description: "The remote backend to use, e.g. `remote` or `http`.", descriptionKind: "markdown" },
      config: {
        type: DynamicPseudoType,
        optional: true,
        description:
          "The configuration of the remote backend. Although this is optional, most backends require some configuration.\n\n" +
          'The object can use any arguments that would be valid in the equivalent `terraform { backend "<TYPE>" { ... } }` block.',
        descriptionKind: "markdown",
      },
      defaults: {
        type: DynamicPseudoType,
        optional: true,
        description: "Default values for outputs, in case the state file is empty or lacks a required output.",
        descriptionKind: "markdown",
      },
      outputs: { type: DynamicPseudoType, computed: true, description: "An object containing every root-level output in the remote state.", descriptionKind: "markdown" },
      workspace: { type: StringType, optional: true, description: "The Terraform workspace to use, if the backend supports workspaces.", descriptionKind: "markdown" },
    },
  },
};

/** The terraform_remote_state data source, reading state files relative to `cwd`. */
export function remoteStateDataSource(cwd: string, readStateOutputs: ReadStateOutputs): DataSourceType {
  return { schema: REMOTE_STATE_SCHEMA, validate: validateRemoteState, read: (config) => readRemoteState(config, cwd, readStateOutputs) };
}

/** dataSourceRemoteStateValidate: the backend and its configuration when known, else the types only. */
function validateRemoteState(config: Value): ProviderDiagnostic[] {
  const diagnostics: ProviderDiagnostic[] = [];
  const cfg = attr(config, "config");
  const backend = attr(config, "backend");
  if (cfg.isWhollyKnown && backend.isKnown && !backend.isNull) diagnostics.push(...backendSettings(backend.asString(), cfg).diagnostics);
  else if (!isObjectLike(cfg.type.kind)) diagnostics.push(providerError("Invalid backend configuration", "The configuration must be an object value.", "config"));
  if (!isObjectLike(attr(config, "defaults").type.kind)) {
    diagnostics.push(providerError("Invalid default values", "Defaults must be given in an object value.", "defaults"));
  }
  return diagnostics;
}

/** The backend's settings (getBackend): its type checked, and for "local" its configuration. */
function backendSettings(name: string, config: Value): { local?: ReturnType<typeof localBackendConfig>["config"]; type?: string; diagnostics: ProviderDiagnostic[] } {
  const t = backendType(name);
  if (!t.type) return t;
  if (t.type !== "local") return { type: t.type, diagnostics: [] };
  const local = localBackendConfig(config);
  return { type: "local", diagnostics: local.diagnostics, ...(local.config ? { local: local.config } : {}) };
}

/** dataSourceRemoteStateRead: the outputs of the workspace's state over the defaults. */
async function readRemoteState(config: Value, cwd: string, readStateOutputs: ReadStateOutputs): Promise<ReadDataSourceResponse> {
  const settings = backendSettings(attr(config, "backend").asString(), attr(config, "config"));
  if (settings.diagnostics.length > 0 || !settings.type) return { state: config, diagnostics: settings.diagnostics };
  if (!settings.local) return { state: config, diagnostics: [unsupportedBackend(settings.type)] };
  const workspace = attr(config, "workspace");
  const read = await readStateOutputs(localStatePath(cwd, settings.local, workspace.isNull ? "default" : workspace.asString()));
  if ("error" in read) return { state: config, diagnostics: [providerError(read.error.summary, read.error.detail)] };
  const defaults = attr(config, "defaults");
  const outputs = new Map<string, Value>(defaults.isNull ? [] : defaults.entries());
  const state = (outs: ReadonlyMap<string, Value>) =>
    Value.object({ backend: attr(config, "backend"), config: attr(config, "config"), defaults, outputs: Value.object(outs), workspace });
  if ("missing" in read) {
    const detail = "No stored state was found for the given workspace in the given backend.";
    return { state: state(new Map()), diagnostics: [providerError("Unable to find remote state", detail, "workspace")] };
  }
  for (const [name, v] of read.outputs) outputs.set(name, v);
  return { state: state(outputs), diagnostics: [] };
}

function isObjectLike(kind: string): boolean {
  return kind === "dynamic" || kind === "object" || kind === "map";
}

function attr(v: Value, name: string): Value {
  return v.entries().get(name) ?? Value.null(DynamicPseudoType);
}
