import type { Body } from "../../lang/hcl/body.js";
import { nativeFileBody } from "../../lang/eval/native-body.js";
import { hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import { parseConfig } from "../../lang/syntax/parse.js";
import { unmarkDeep } from "../../lang/values/deep-marks.js";
import type { Provider } from "../../providers/provider.js";
import { ModuleInstance } from "../addrs/module-instance.js";
import type { AbsProviderConfig } from "../addrs/provider.js";
import { EvalScope } from "../eval/eval-scope.js";
import type { ProviderNode } from "../graph/graph-node.js";
import { modulePathString } from "../graph/graph-node.js";
import { blockReferences, decodeBlock } from "../schemas/index.js";
import type { PlanContext } from "./plan-context.js";
import { providerDiagnostics } from "./provider-diagnostics.js";

// A provider configuration in the plan walk (NodeApplyableProvider): start its provider, evaluate its
// `provider` block (or an empty one) against the provider's schema in its module, validate and
// configure it. When that fails, the resources using it are skipped: the errors say why.

const EMPTY_BODY: Body = nativeFileBody(parseConfig("", "").file);

/** Starts and configures one provider configuration. */
export async function configureProvider(pc: PlanContext, node: ProviderNode): Promise<Diagnostic[]> {
  const schemas = await pc.providers.schema(node.addr.provider);
  const fail = (d: Diagnostic[]): Diagnostic[] => {
    pc.failedProviders.add(node.addr.toString());
    return d;
  };
  if (!schemas.schema) return fail(schemas.diagnostics);
  const started = await pc.providers.start(node.addr);
  if (!started.provider) return fail(started.diagnostics);
  const instance = pc.instances.moduleInstances(modulePathString(node.module.path))[0];
  if (!instance) return [];
  const block = schemas.schema.provider.block;
  const body = node.config?.config ?? EMPTY_BODY;
  const scope = new EvalScope(pc.walkState, node.module, { instance: instance.addr });
  const refs = scope.contextFor(blockReferences(body, block));
  if (hasErrors(refs.diagnostics)) return fail(refs.diagnostics);
  const decoded = decodeBlock(body, block, refs.ctx);
  const diagnostics = [...refs.diagnostics, ...decoded.diagnostics];
  if (hasErrors(diagnostics)) return fail(diagnostics);
  const config = unmarkDeep(decoded.value).value;
  const site = { address: node.addr.toString(), ...(node.config ? { body: node.config.config } : {}) };
  const validated = providerDiagnostics((await started.provider.validateProviderConfig({ config })).diagnostics, site);
  diagnostics.push(...validated);
  if (hasErrors(validated)) return fail(diagnostics);
  const configured = providerDiagnostics(
    (await started.provider.configureProvider({ terraformVersion: pc.options.terraformVersion, config })).diagnostics,
    site,
  );
  diagnostics.push(...configured);
  return hasErrors(configured) ? fail(diagnostics) : diagnostics;
}

/**
 * Starts a provider configuration that no resource in the configuration uses any more (orphans in
 * state), configured with an empty body as Terraform configures such providers.
 */
export async function startUnusedProvider(pc: PlanContext, addr: AbsProviderConfig): Promise<Provider | undefined> {
  const existing = pc.providers.instance(addr);
  if (existing) return existing;
  const schemas = await pc.providers.schema(addr.provider);
  if (!schemas.schema) return undefined;
  const started = await pc.providers.start(addr);
  if (!started.provider) return undefined;
  const ctx = new EvalScope(pc.walkState, pc.config, { instance: ModuleInstance.ROOT }).context(new Map());
  const config = unmarkDeep(decodeBlock(EMPTY_BODY, schemas.schema.provider.block, ctx).value).value;
  await started.provider.configureProvider({ terraformVersion: pc.options.terraformVersion, config });
  return started.provider;
}
