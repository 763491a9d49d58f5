import { errorDiag, hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import { Value } from "../../lang/values/value.js";
import type { Provider } from "../../providers/provider.js";
import { impliedType, type Schema } from "../../providers/schema.js";
import { AbsResource, type AbsResourceInstance } from "../addrs/abs-resource.js";
import type { InstanceKey } from "../addrs/instance-key.js";
import type { ModuleInstance } from "../addrs/module-instance.js";
import type { AbsProviderConfig } from "../addrs/provider.js";
import { repetitionData, type RepetitionData } from "../expand/expansion.js";
import type { ResourceNode } from "../graph/graph-node.js";
import { planDataWithConditions, refreshOnlyConditions, reportResourceInstances, resourcePostconditions, resourcePreconditions } from "./check-resource.js";
import { expandResourceImports, missingImportTargets } from "./import-expand.js";
import { importObject } from "./import-state.js";
import { planManagedInstance, preventDestroyError } from "./managed-instance.js";
import type { PlanContext } from "./plan-context.js";
import { readStoredObject } from "./prior-object.js";
import { providerDiagnostics } from "./provider-diagnostics.js";
import { refreshObject } from "./refresh.js";
import { replaceTriggered } from "./replace-triggered-by.js";
import { evalResourceConfig } from "./resource-config.js";
import { expandResourceBlock } from "./resource-expansion.js";
import { mergeRefreshedDependencies, settleNoOpDependencies } from "./stored-dependencies.js";

// A resource block in the plan walk (nodeExpandPlannableResource): in each instance of its module,
// count or for_each decides its instances (they must be known), then every instance is planned
// concurrently: managed ones refreshed and planned, data sources read or deferred. In destroy mode
// each object in state is planned for deletion; in refresh-only mode objects are only refreshed.

/** Plans every instance of a resource block. */
export async function planResource(pc: PlanContext, node: ResourceNode, providerAddr: AbsProviderConfig | undefined): Promise<Diagnostic[]> {
  const r = node.resource;
  if (!providerAddr || pc.providerFailed(providerAddr)) return [];
  const schemas = await pc.providers.schema(providerAddr.provider);
  if (!schemas.schema) return schemas.diagnostics;
  const schema = (r.mode === "data" ? schemas.schema.dataSources : schemas.schema.resourceTypes)[r.type];
  if (!schema) return [unsupportedType(node, providerAddr)];
  const provider = pc.providers.instance(providerAddr);
  if (!provider) return [];
  const imported = pc.options.mode === "normal" ? expandResourceImports(pc, node) : { imports: new Map(), diagnostics: [] };
  const blocks = expandResourceBlock(pc, node);
  const diagnostics: Diagnostic[] = [...imported.diagnostics, ...blocks.diagnostics];
  const sites: InstanceSite[] = [];
  for (const { module, abs, expansion, keys } of blocks.expanded) {
    reportResourceInstances(pc, abs, keys);
    if (pc.options.mode !== "normal" && r.mode === "managed") pc.instances.useStateInstances(abs, () => stateKeys(pc, abs));
    for (const key of keys) {
      if (pc.targets && !pc.targets.includesInstance(abs.instance(key))) continue;
      const site: InstanceSite = { node, module, addr: abs.instance(key), repetition: repetitionData(expansion, key), schema, providerAddr };
      const importId = imported.imports.get(site.addr.toString())?.id;
      sites.push(importId === undefined ? site : { ...site, importId });
    }
  }
  // As in Terraform's DynamicExpand, a failed import block leaves every instance unplanned.
  const missing = missingImportTargets(pc, imported.imports);
  diagnostics.push(...missing);
  if (hasErrors(imported.diagnostics) || hasErrors(missing)) return diagnostics;
  for (const d of await Promise.all(sites.map((site) => planInstance(pc, site, provider)))) diagnostics.push(...d);
  return diagnostics;
}

/** Where one instance is and what it is planned with. */
export interface InstanceSite {
  readonly node: ResourceNode;
  readonly module: ModuleInstance;
  readonly addr: AbsResourceInstance;
  readonly repetition: RepetitionData;
  readonly schema: Schema;
  readonly providerAddr: AbsProviderConfig;
  /** The id an import block imports this instance's object with (the instance has none in state). */
  readonly importId?: string;
}

async function planInstance(pc: PlanContext, site: InstanceSite, provider: Provider): Promise<Diagnostic[]> {
  const { node, addr, schema } = site;
  pc.visited.add(addr.toString());
  const abs = addr.containingResource();
  const config = () => evalResourceConfig(pc, node.module, node.resource, site.module, site.repetition, schema.block);
  if (node.resource.mode === "data") return planDataWithConditions(pc, site, provider, config);
  let obj = pc.priorState.instance(addr)?.current;
  const diagnostics: Diagnostic[] = [];
  let prior = Value.null(impliedType(schema.block));
  const importing = site.importId !== undefined && !obj ? { id: site.importId } : undefined;
  if (importing) {
    const cbd = node.resource.lifecycle.createBeforeDestroy ?? false;
    const imported = await importObject(pc, { addr, schema, provider, providerAddr: site.providerAddr, createBeforeDestroy: cbd }, importing.id);
    diagnostics.push(...imported.diagnostics);
    if (!imported.value || hasErrors(imported.diagnostics)) return diagnostics;
    prior = imported.value;
    obj = pc.priorState.instance(addr)?.current;
  } else if (obj) {
    const read = await readStoredObject(provider, schema, addr, obj);
    diagnostics.push(...read.diagnostics);
    if (!read.value) return diagnostics;
    prior = read.value;
    if (pc.options.refresh) {
      const refreshed = await refreshObject(pc, provider, site.providerAddr, schema, addr, prior, obj, node.resource.config);
      diagnostics.push(...refreshed.diagnostics);
      if (hasErrors(refreshed.diagnostics)) return diagnostics;
      prior = refreshed.value;
      mergeRefreshedDependencies(pc, node, addr, site.providerAddr);
    }
  }
  if (pc.options.mode !== "normal") return [...diagnostics, ...planWithoutConfig(pc, site, prior), ...refreshOnlyConditions(pc, site, prior)];
  const triggered = replaceTriggered(pc, { module: node.module, instance: site.module, addr, exprs: node.resource.lifecycle.replaceTriggeredBy });
  diagnostics.push(...triggered.diagnostics);
  if (hasErrors(triggered.diagnostics)) return diagnostics;
  const pre = resourcePreconditions(pc, site);
  diagnostics.push(...pre);
  if (hasErrors(pre)) return diagnostics;
  const cfg = config();
  diagnostics.push(...cfg.diagnostics);
  if (hasErrors(cfg.diagnostics)) return diagnostics;
  const validated = await provider.validateResourceConfig({ typeName: addr.resource.resource.type, config: cfg.value });
  const vdiags = providerDiagnostics(validated.diagnostics, { address: addr.toString(), body: node.resource.config });
  diagnostics.push(...vdiags);
  if (hasErrors(vdiags)) return diagnostics;
  const live = obj && !prior.isNull ? pc.priorState.instance(addr)?.current : undefined;
  const planned = await planManagedInstance(pc, {
    addr,
    resource: node.resource,
    schema,
    provider,
    providerAddr: site.providerAddr,
    prior,
    ...(live ? { priorObject: live } : {}),
    config: cfg.value,
    ...(triggered.replace ? { replaceTriggered: true } : {}),
    ...(importing ? { importing } : {}),
  });
  diagnostics.push(...planned.diagnostics);
  if (planned.change) {
    if (planned.change.change.action === "no-op") settleNoOpDependencies(pc, node, addr, site.providerAddr);
    pc.changes.push(planned.change);
    pc.instances.setInstanceValue(abs, addr.resource.key, planned.change.change.after);
    diagnostics.push(...resourcePostconditions(pc, site, planned.change.change.after));
  }
  return diagnostics;
}

/** The keys of a resource's instances in the prior state (what it evaluates to outside normal plans). */
function stateKeys(pc: PlanContext, abs: AbsResource): (InstanceKey | null)[] {
  return [...(pc.priorState.resource(abs)?.instances.values() ?? [])].map((i) => i.key);
}

/** Destroy and refresh-only modes: no configuration; delete whatever exists, or change nothing. */
function planWithoutConfig(pc: PlanContext, site: InstanceSite, prior: Value): Diagnostic[] {
  if (prior.isNull) return [];
  pc.instances.setInstanceValue(site.addr.containingResource(), site.addr.resource.key, prior);
  if (pc.options.mode !== "destroy") return [];
  pc.changes.push({
    addr: site.addr,
    prevRunAddr: site.addr,
    provider: site.providerAddr,
    change: { action: "delete", before: prior, after: Value.null(prior.type) },
    actionReason: "none",
    requiredReplace: [],
    schemaVersion: site.schema.version,
  });
  return site.node.resource.lifecycle.preventDestroy ? [preventDestroyError(site.addr, site.node.resource)] : [];
}

function unsupportedType(node: ResourceNode, providerAddr: AbsProviderConfig): Diagnostic {
  const r = node.resource;
  const what = r.mode === "data" ? "data source" : "resource type";
  const detail = `The provider ${providerAddr.provider.forDisplay()} does not support ${what} ${JSON.stringify(r.type)}.`;
  return errorDiag(r.mode === "data" ? "Invalid data source" : "Invalid resource type", detail, r.typeRange);
}
