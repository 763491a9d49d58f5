import { Value } from "../../lang/values/value.js";
import { DynamicPseudoType } from "../../lang/types/type.js";
import type { Provider, ProviderDiagnostic, ProviderFactory } from "../provider.js";
import { GrpcProvider } from "./grpc-provider.js";
import type { PluginLogSink } from "./plugin-log.js";
import { PluginStartError, startPlugin } from "./plugin-process.js";

// Providers from plugin executables: a ProviderFactory that starts a fresh plugin process per
// instance (as Terraform starts one per provider configuration) and speaks tfplugin5 or tfplugin6 to
// it, whichever the plugin chose of the two offered; its log goes to an optional sink. A plugin
// that cannot be started gives a provider whose every operation answers with that error as a
// diagnostic, so the planner reports it where it first needs the provider, as Terraform does.

/** How to start a provider plugin. */
export interface PluginProviderOptions {
  /** Arguments after the executable (real plugins take none). */
  readonly args?: readonly string[];
  /** The plugin's working directory (Terraform runs plugins in its own working directory). */
  readonly cwd?: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** How long to wait for the handshake (default 60 s). */
  readonly timeoutMs?: number;
  /** The provider's source address, for messages and the schema cache (default: the executable). */
  readonly address?: string;
  /** The plugin protocol versions offered (default 5 and 6). */
  readonly protocolVersions?: readonly (5 | 6)[];
  /** Where the plugin's log goes (Terraform shows it with TF_LOG); dropped without one. */
  readonly log?: PluginLogSink;
}

/** Starts one instance of a plugin, or says why it could not start. */
export async function startPluginProvider(executable: string, opts: PluginProviderOptions = {}): Promise<GrpcProvider | PluginStartError> {
  const p = await startPlugin({ command: executable, ...opts });
  if (p instanceof PluginStartError) return p;
  return new GrpcProvider(p, opts.address ?? [executable, ...(opts.args ?? [])].join(" "));
}

/** A factory of providers served by a plugin executable. */
export function pluginProvider(executable: string, opts: PluginProviderOptions = {}): ProviderFactory {
  return async () => {
    const p = await startPluginProvider(executable, opts);
    return p instanceof PluginStartError ? failedProvider(startFailure(opts.address ?? executable, p)) : p;
  };
}

/** Terraform's diagnostic for a provider plugin that could not be started. */
export function startFailure(address: string, e: PluginStartError): ProviderDiagnostic {
  return { severity: "error", summary: "Failed to load plugin schemas", detail: `Could not load the schema for provider ${address}: failed to instantiate provider "${address}" to obtain schema: ${e.message}` };
}

/** A provider that answers every operation with one error (a plugin that did not start). */
export function failedProvider(d: ProviderDiagnostic): Provider {
  const diagnostics = [d];
  const none = Value.null(DynamicPseudoType);
  return {
    getProviderSchema: async () => ({ provider: { version: 0, block: { attributes: {} } }, resourceTypes: {}, dataSources: {}, diagnostics }),
    validateProviderConfig: async () => ({ diagnostics }),
    validateResourceConfig: async () => ({ diagnostics }),
    validateDataResourceConfig: async () => ({ diagnostics }),
    upgradeResourceState: async () => ({ upgradedState: none, diagnostics }),
    configureProvider: async () => ({ diagnostics }),
    readResource: async (r) => ({ newState: r.currentState, diagnostics }),
    planResourceChange: async (r) => ({ plannedState: r.proposedNewState, requiresReplace: [], diagnostics }),
    applyResourceChange: async (r) => ({ newState: r.priorState, diagnostics }),
    importResourceState: async () => ({ importedResources: [], diagnostics }),
    readDataSource: async () => ({ state: none, diagnostics }),
    callFunction: async () => ({ error: { text: d.detail ?? d.summary } }),
    stopProvider: async () => ({}),
    close: async () => {},
  };
}
