import { hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import { Value } from "../../lang/values/value.js";
import type { Provider } from "../../providers/provider.js";
import { impliedType } from "../../providers/schema.js";
import type { AbsResourceInstance } from "../addrs/abs-resource.js";
import type { AbsProviderConfig } from "../addrs/provider.js";
import { repetitionData } from "../expand/expansion.js";
import type { InstanceKey } from "../addrs/instance-key.js";
import type { ResourceNode } from "../graph/graph-node.js";
import type { InstanceSite } from "../plan/plan-resource.js";
import { expandResourceBlock } from "../plan/resource-expansion.js";
import { resourcePostconditions, resourcePreconditions } from "../plan/check-resource.js";
import { readStoredObject } from "../plan/prior-object.js";
import type { ApplyContext } from "./apply-context.js";
import { applyDataRead } from "./apply-data.js";
import { applyManaged } from "./apply-managed.js";
import { hasInstanceNode, type InstanceNode } from "./apply-graph.js";

// A resource block in the apply walk: its expand node (nodeExpandApplyableResource) evaluates count
// or for_each again in each instance of its module; the instances the plan changes (or whose
// conditions are checked again) are then the work of their own instance nodes — created, updated or
// read — and the others keep the object the state has, which is what references to them see. A
// resource with instance nodes gets its entry in the state first (left empty when nothing comes of
// it, as writeResourceState leaves it). Deletions are the destroy nodes' work (apply-destroy.ts).

/** Expands a resource block; its unchanged instances' objects become what references see. */
export async function applyResource(ac: ApplyContext, node: ResourceNode, providerAddr: AbsProviderConfig | undefined): Promise<Diagnostic[]> {
  const pc = ac.pc;
  const r = node.resource;
  if (!providerAddr || pc.providerFailed(providerAddr)) return [];
  const schemas = await pc.providers.schema(providerAddr.provider);
  const schema = (r.mode === "data" ? schemas.schema?.dataSources : schemas.schema?.resourceTypes)?.[r.type];
  const provider = pc.providers.instance(providerAddr);
  if (!schema || !provider) return schemas.diagnostics;
  const blocks = expandResourceBlock(pc, node);
  const diagnostics: Diagnostic[] = [...blocks.diagnostics];
  const jobs: Promise<Diagnostic[]>[] = [];
  const destroying = ac.plan.mode === "destroy";
  for (const { module, abs, expansion, keys } of blocks.expanded) {
    const changed = (key: InstanceKey | null) => {
      const change = ac.changeOf(abs.instance(key));
      return change !== undefined && hasInstanceNode(change, node, destroying);
    };
    if (keys.some(changed)) ac.state.ensureResource(abs, providerAddr);
    for (const key of keys) {
      const site: InstanceSite = { node, module, addr: abs.instance(key), repetition: repetitionData(expansion, key), schema, providerAddr };
      if (changed(key)) ac.sites.set(site.addr.toString(), { site, provider });
      else jobs.push(keepStored(ac, site, provider));
    }
  }
  for (const d of await Promise.all(jobs)) diagnostics.push(...d);
  return diagnostics;
}

/** Carries out the planned change of one instance, once its resource block is expanded. */
export function applyInstance(ac: ApplyContext, node: InstanceNode): Promise<Diagnostic[]> | Diagnostic[] {
  const found = ac.sites.get(node.change.addr.toString());
  if (!found) return [];
  const { site, provider } = found;
  const change = node.change;
  switch (change.change.action) {
    case "read":
      return applyDataRead(ac, site, provider, change);
    case "no-op":
      return checkUnchanged(ac, site, provider);
    default:
      return applyManaged(ac, site, provider, change);
  }
}

function hasConditions(ac: ApplyContext, addr: AbsResourceInstance): boolean {
  return ac.pc.checks.has("resource", addr.containingResource().config().toString());
}

/**
 * An instance the plan leaves as it is: its conditions are checked again (DiffTransformer keeps no-op
 * changes of instances with conditions), since what they refer to may have changed.
 */
async function checkUnchanged(ac: ApplyContext, site: InstanceSite, provider: Provider): Promise<Diagnostic[]> {
  const value = await storedValue(ac, site, provider);
  if (ac.plan.mode !== "normal" || site.node.resource.mode !== "managed" || !hasConditions(ac, site.addr)) return [];
  const pre = resourcePreconditions(ac.pc, site);
  if (hasErrors(pre) || !value) return pre;
  return [...pre, ...resourcePostconditions(ac.pc, site, value)];
}

/** An instance without changes: references see the object in the state (unknown when there is none, as in Terraform's evaluator). */
async function keepStored(ac: ApplyContext, site: InstanceSite, provider: Provider): Promise<Diagnostic[]> {
  await storedValue(ac, site, provider);
  return [];
}

/** Makes the stored object what references to the instance see; returns it, if there is one. */
async function storedValue(ac: ApplyContext, site: InstanceSite, provider: Provider): Promise<Value | undefined> {
  const obj = ac.state.instance(site.addr)?.current;
  const value = obj ? (await readStoredObject(provider, site.schema, site.addr, obj)).value : undefined;
  ac.pc.instances.setInstanceValue(site.addr.containingResource(), site.addr.resource.key, value ?? Value.unknown(impliedType(site.schema.block)));
  return value;
}

