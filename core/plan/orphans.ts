import type { Diagnostic } from "../../lang/source/diagnostics.js";
import { Value } from "../../lang/values/value.js";
import type { Provider } from "../../providers/provider.js";
import { impliedType, type Schema } from "../../providers/schema.js";
import type { AbsResourceInstance } from "../addrs/abs-resource.js";
import type { Config } from "../configs/model.js";
import type { ActionReason } from "../plans/changes.js";
import type { ResourceState } from "../states/state.js";
import type { PlanContext } from "./plan-context.js";
import { readStoredObject } from "./prior-object.js";
import { startUnusedProvider } from "./provider-configure.js";
import { refreshObject } from "./refresh.js";
import { forgets, orphanDeleteReason } from "./removed-forget.js";

// Objects in the state that the configuration no longer has an instance for (orphans): each is
// refreshed and planned for deletion, with the reason Terraform gives (resource removed from the
// configuration, count index or for_each key gone, wrong repetition, module gone). Orphaned data
// sources are simply forgotten. Deposed objects are always planned for deletion.

/** Plans the deletion of every orphaned or deposed object. */
export async function planOrphans(pc: PlanContext): Promise<Diagnostic[]> {
  const diagnostics: Diagnostic[] = [];
  const jobs: Promise<void>[] = [];
  for (const { addr, resource, state } of [...pc.priorState.allInstances()]) {
    if (pc.targets && !pc.targets.targetsObject(addr)) continue;
    const orphan = !pc.visited.has(addr.toString()) && state.current !== undefined;
    if (addr.resource.resource.mode === "data") {
      if (orphan) pc.priorState.setCurrent(addr, undefined, resource.provider);
      continue;
    }
    if (orphan) jobs.push(planOrphan(pc, addr, resource).then((d) => void diagnostics.push(...d)));
    for (const [key] of state.deposed) jobs.push(planDeposed(pc, addr, resource, key).then((d) => void diagnostics.push(...d)));
  }
  await Promise.all(jobs);
  return diagnostics;
}

async function planOrphan(pc: PlanContext, addr: AbsResourceInstance, resource: ResourceState): Promise<Diagnostic[]> {
  const obj = pc.priorState.instance(addr)?.current;
  const loaded = await loadObject(pc, addr, resource);
  if (!obj || !loaded.value || !loaded.provider || !loaded.schema) return loaded.diagnostics;
  let prior = loaded.value;
  const diagnostics = loaded.diagnostics;
  const forget = forgets(pc, addr);
  if (pc.options.refresh && !forget) {
    const r = await refreshObject(pc, loaded.provider, resource.provider, loaded.schema, addr, prior, obj);
    diagnostics.push(...r.diagnostics);
    prior = r.value;
  }
  if (prior.isNull || pc.options.mode === "refresh-only") return diagnostics;
  pc.changes.push({
    addr,
    prevRunAddr: addr,
    provider: resource.provider,
    change: { action: forget ? "forget" : "delete", before: prior, after: Value.null(prior.type) },
    actionReason: pc.options.mode === "destroy" ? "none" : orphanDeleteReason(pc, addr, orphanReason(pc.config, addr)),
    requiredReplace: [],
    schemaVersion: loaded.schema.version,
  });
  return diagnostics;
}

async function planDeposed(pc: PlanContext, addr: AbsResourceInstance, resource: ResourceState, key: string): Promise<Diagnostic[]> {
  const obj = pc.priorState.instance(addr)?.deposed.get(key);
  const loaded = await loadObject(pc, addr, resource, key);
  if (!obj || !loaded.value || !loaded.schema) return loaded.diagnostics;
  if (pc.options.mode === "refresh-only") return loaded.diagnostics;
  pc.changes.push({
    addr,
    prevRunAddr: addr,
    deposedKey: key,
    provider: resource.provider,
    change: { action: forgets(pc, addr) ? "forget" : "delete", before: loaded.value, after: Value.null(loaded.value.type) },
    actionReason: "none",
    requiredReplace: [],
    schemaVersion: loaded.schema.version,
  });
  return loaded.diagnostics;
}

/** A stored object decoded, with the provider instance and schema it needs. */
interface LoadedObject {
  readonly value?: Value;
  readonly provider?: Provider;
  readonly schema?: Schema;
  readonly diagnostics: Diagnostic[];
}

async function loadObject(pc: PlanContext, addr: AbsResourceInstance, resource: ResourceState, deposed?: string): Promise<LoadedObject> {
  const obj = deposed === undefined ? pc.priorState.instance(addr)?.current : pc.priorState.instance(addr)?.deposed.get(deposed);
  const schemas = await pc.providers.schema(resource.provider.provider);
  const schema = schemas.schema?.resourceTypes[addr.resource.resource.type];
  const provider = schemas.schema ? await startUnusedProvider(pc, resource.provider) : undefined;
  if (!obj || !schema || !provider) return { diagnostics: schemas.diagnostics };
  const read = await readStoredObject(provider, schema, addr, obj);
  return { ...read, value: read.value ?? Value.null(impliedType(schema.block)), provider, schema };
}

/** Why an orphan is deleted (the delete reasons of plans.ResourceInstanceChange). */
function orphanReason(root: Config, addr: AbsResourceInstance): ActionReason {
  let config: Config | undefined = root;
  for (const step of addr.module.steps) {
    config = config?.children.get(step.name);
    if (!config) return "delete-because-no-module";
  }
  const r = addr.resource.resource;
  const decl = (r.mode === "data" ? config!.module.dataResources : config!.module.managedResources).get(`${r.mode === "data" ? "data." : ""}${r.type}.${r.name}`);
  if (!decl) return "delete-because-no-resource-config";
  const key = addr.resource.key;
  if (decl.count) return key?.kind === "int" ? "delete-because-count-index" : "delete-because-wrong-repetition";
  if (decl.forEach) return key?.kind === "string" ? "delete-because-each-key" : "delete-because-wrong-repetition";
  return key === null ? "delete-because-no-resource-config" : "delete-because-wrong-repetition";
}
