import { hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import { Value } from "../../lang/values/value.js";
import type { Provider } from "../../providers/provider.js";
import { impliedType } from "../../providers/schema.js";
import { AbsResource } from "../addrs/abs-resource.js";
import type { AbsProviderConfig } from "../addrs/provider.js";
import { Resource as ResourceAddr } from "../addrs/resource.js";
import { EvalScope } from "../eval/eval-scope.js";
import { evaluateExpansion, instanceKeysFor, repetitionData } from "../expand/expansion.js";
import type { ResourceNode } from "../graph/graph-node.js";
import { modulePathString } from "../graph/graph-node.js";
import type { InstanceSite } from "../plan/plan-resource.js";
import { readStoredObject } from "../plan/prior-object.js";
import type { ApplyContext } from "./apply-context.js";
import { applyDataRead } from "./apply-data.js";
import { applyManaged } from "./apply-managed.js";

// A resource block in the apply walk (nodeExpandApplyableResource): in each instance of its module,
// count or for_each is evaluated again, then every instance is handled concurrently — the ones the
// plan changes are created, updated or read; the others keep the object the state has, which is
// what references to them see. Deletions are the destroy nodes' work (apply-destroy.ts).

/** Applies the changes of every instance of a resource block. */
export async function applyResource(ac: ApplyContext, node: ResourceNode, providerAddr: AbsProviderConfig | undefined): Promise<Diagnostic[]> {
  const pc = ac.pc;
  const r = node.resource;
  if (!providerAddr || pc.providerFailed(providerAddr)) return [];
  const schemas = await pc.providers.schema(providerAddr.provider);
  const schema = (r.mode === "data" ? schemas.schema?.dataSources : schemas.schema?.resourceTypes)?.[r.type];
  const provider = pc.providers.instance(providerAddr);
  if (!schema || !provider) return schemas.diagnostics;
  const diagnostics: Diagnostic[] = [];
  const jobs: Promise<Diagnostic[]>[] = [];
  for (const m of pc.instances.moduleInstances(modulePathString(node.module.path))) {
    const scope = new EvalScope(pc.walkState, node.module, { instance: m.addr });
    const expr = r.count ?? r.forEach;
    const refs = scope.contextFor(expr ? expr.variables() : []);
    diagnostics.push(...refs.diagnostics);
    if (hasErrors(refs.diagnostics)) continue;
    const e = evaluateExpansion(r, refs.ctx);
    diagnostics.push(...e.diagnostics);
    const keys = e.expansion ? instanceKeysFor(e.expansion) : "unknown";
    if (!e.expansion || keys === "unknown") continue;
    const abs = new AbsResource(m.addr, new ResourceAddr(r.mode, r.type, r.name));
    pc.instances.expandResource(abs, { expansion: e.expansion, keys });
    for (const key of keys) {
      const site: InstanceSite = { node, module: m.addr, addr: abs.instance(key), repetition: repetitionData(e.expansion, key), schema, providerAddr };
      jobs.push(applyInstance(ac, site, provider));
    }
  }
  for (const d of await Promise.all(jobs)) diagnostics.push(...d);
  return diagnostics;
}

async function applyInstance(ac: ApplyContext, site: InstanceSite, provider: Provider): Promise<Diagnostic[]> {
  const change = ac.plan.mode === "destroy" ? undefined : ac.changeOf(site.addr);
  switch (change?.change.action) {
    case "create":
    case "update":
    case "delete-then-create":
    case "create-then-delete":
      return applyManaged(ac, site, provider, change);
    case "read":
      return applyDataRead(ac, site, provider, change);
    default:
      return keepStored(ac, site, provider);
  }
}

/** An instance without changes: references see the object in the state (unknown when there is none, as in Terraform's evaluator). */
async function keepStored(ac: ApplyContext, site: InstanceSite, provider: Provider): Promise<Diagnostic[]> {
  const obj = ac.state.instance(site.addr)?.current;
  const abs = site.addr.containingResource();
  const value = obj ? (await readStoredObject(provider, site.schema, site.addr, obj)).value : undefined;
  ac.pc.instances.setInstanceValue(abs, site.addr.resource.key, value ?? Value.unknown(impliedType(site.schema.block)));
  return [];
}

