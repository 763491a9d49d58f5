// The state `terrane console` evaluates against, as Terraform's console gets it through the local
// backend's LocalRun: the -state file (terraform.tfstate unless given), read under the state lock
// (operation OperationTypeInvalid; the console has no -lock or -lock-timeout flag, so it always locks
// and does not wait), held until the console ends. Objects are decoded with the schemas of the
// providers that manage them.
import type { ResourceSchemaLookup } from "../../core/eval/console-resources.js";
import type { BackendConfig } from "../../core/configs/model.js";
import type { State } from "../../core/states/state.js";
import type { Diagnostic } from "../../lang/source/diagnostics.js";
import type { GetProviderSchemaResponse } from "../../providers/provider.js";
import type { CommandIO } from "../io.js";
import { DEFAULT_STATE_FILENAME } from "../../backends/index.js";
import { openOperationState } from "./operation-state.js";
import { builtinResolver } from "./provider-resolver.js";

/** The console's state, the schemas to read it, and the lock to release when the console ends. */
export interface ConsoleState {
  readonly state: State;
  readonly schemas: ResourceSchemaLookup;
  /** The selected workspace (`terraform.workspace`). */
  readonly workspace: string;
  /** Releases the state lock; Terraform's "Error releasing the state lock" when that fails. */
  release(): Promise<Diagnostic[]>;
}

/**
 * The console's -state defaults to terraform.tfstate (not to "" as plan's does), so with the local
 * backend Terraform's console reads that file in every workspace, whatever path the backend block sets.
 */
const DEFAULT_STATE_PATH = DEFAULT_STATE_FILENAME;

/** Terraform's console locks with no operation type. */
const CONSOLE_OPERATION = "OperationTypeInvalid";

/** Opens and locks the workspace's state and loads the schemas of the providers in it. */
export async function openConsoleState(
  io: Pick<CommandIO, "cwd" | "env" | "stdout">,
  backend: BackendConfig | undefined,
  statePath: string | undefined,
): Promise<{ console?: ConsoleState; diagnostics: Diagnostic[] }> {
  const paths = { state: statePath ?? DEFAULT_STATE_PATH };
  const opened = await openOperationState(io, backend, paths, CONSOLE_OPERATION, { lock: true, timeoutMs: 0 });
  if (!opened.state) return { diagnostics: opened.diagnostics };
  const { state, workspace, release } = opened.state;
  const schemas = await stateSchemas(io.cwd, state);
  return { console: { state, schemas, workspace, release }, diagnostics: opened.diagnostics };
}

/**
 * The resource schemas of the providers the state's resources use, as far as Terrane has those
 * providers; a resource whose provider is not available stays unknown.
 */
async function stateSchemas(cwd: string, state: State): Promise<ResourceSchemaLookup> {
  const resolve = builtinResolver(cwd);
  const schemas = new Map<string, GetProviderSchemaResponse>();
  for (const { resource } of state.allInstances()) {
    const addr = resource.provider.provider;
    const source = addr.toString();
    if (schemas.has(source)) continue;
    const factory = resolve(addr);
    if (!factory) continue;
    const provider = await factory();
    schemas.set(source, await provider.getProviderSchema());
    await provider.close();
  }
  return (provider, mode, type) => {
    const s = schemas.get(provider);
    return mode === "data" ? s?.dataSources[type] : s?.resourceTypes[type];
  };
}
