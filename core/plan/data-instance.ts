import { hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import { unmarkDeep } from "../../lang/values/deep-marks.js";
import { markedPaths, markPaths } from "../../lang/values/path.js";
import { Value } from "../../lang/values/value.js";
import type { Provider } from "../../providers/provider.js";
import { impliedType } from "../../providers/schema.js";
import { plannedDataResourceObject } from "../objchange/index.js";
import type { ActionReason } from "../plans/changes.js";
import { valueMarks } from "../schemas/index.js";
import { encodeObject } from "../states/object-codec.js";
import type { PlanContext } from "./plan-context.js";
import type { InstanceSite } from "./plan-resource.js";
import { providerDiagnostics } from "./provider-diagnostics.js";
import { changeConfigKey } from "./data-dependencies.js";
import { idOf } from "./refresh.js";
import { recordNestedRead } from "./check-data.js";

// A data source instance in the plan walk (NodePlannableResourceInstance.dataResourceExecute): read
// now when its configuration is wholly known and nothing it depends on (depends_on) has changes
// pending; otherwise planned to be read during apply, with its computed attributes unknown. What is
// read goes into the prior state, as Terraform stores data sources there.

/** Reads or defers one data source instance. */
export async function planDataInstance(
  pc: PlanContext,
  site: InstanceSite,
  provider: Provider,
  evalConfig: () => { value: Value; diagnostics: Diagnostic[] },
): Promise<Diagnostic[]> {
  const { addr, schema } = site;
  const abs = addr.containingResource();
  const destroying = pc.options.mode === "destroy";
  const cfg = evalConfig();
  if (hasErrors(cfg.diagnostics)) return cfg.diagnostics;
  const diagnostics = [...cfg.diagnostics];
  const plain = unmarkDeep(cfg.value).value;
  const validated = await provider.validateDataResourceConfig({ typeName: addr.resource.resource.type, config: plain });
  diagnostics.push(...providerDiagnostics(validated.diagnostics, { address: addr.toString(), body: site.node.resource.config }));
  if (hasErrors(diagnostics)) return diagnostics;
  // A destroy reads data sources as Terraform's refresh before a destroy does: now, with nothing pending.
  const reason = destroying ? (plain.isWhollyKnown ? undefined : "read-because-config-unknown") : deferReason(pc, site, plain);
  if (reason && destroying) return diagnostics;
  if (reason) {
    const after = markPaths(valueMarks(plannedDataResourceObject(schema.block, plain), schema.block), markedPaths(cfg.value));
    pc.changes.push({
      addr,
      prevRunAddr: addr,
      provider: site.providerAddr,
      change: { action: "read", before: Value.null(impliedType(schema.block)), after },
      actionReason: reason,
      requiredReplace: [],
      schemaVersion: schema.version,
    });
    pc.instances.setInstanceValue(abs, addr.resource.key, after);
    // What was read last time is stale: Terraform's refreshed state holds no object until the read.
    pc.priorState.setCurrent(addr, undefined, site.providerAddr);
    return diagnostics;
  }
  pc.options.hooks?.reading?.(addr);
  const resp = await pc.semaphore.run(() => provider.readDataSource({ typeName: addr.resource.resource.type, config: plain }));
  const rdiags = providerDiagnostics(resp.diagnostics, { address: addr.toString(), body: site.node.resource.config });
  if (site.node.check !== undefined) return [...diagnostics, ...recordNestedRead(pc, site, cfg.value, resp.state, rdiags)];
  diagnostics.push(...rdiags);
  if (hasErrors(rdiags)) return diagnostics;
  const value = markPaths(valueMarks(resp.state, schema.block), markedPaths(cfg.value));
  pc.options.hooks?.read?.(addr, idOf(resp.state));
  const stored = encodeObject(value, impliedType(schema.block), { schemaVersion: schema.version });
  if (!("error" in stored)) pc.priorState.setCurrent(addr, stored, site.providerAddr);
  pc.instances.setInstanceValue(abs, addr.resource.key, value);
  return diagnostics;
}

/** Why the read waits for apply, or undefined to read now (forcePlanReadData). */
function deferReason(pc: PlanContext, site: InstanceSite, config: Value): ActionReason | undefined {
  if (!config.isWhollyKnown) return "read-because-config-unknown";
  const deps = pc.dataDependencies?.of(site.node);
  if (!deps || deps.size === 0) return undefined;
  const here = site.module.toString();
  const hereConfig = site.module.module().toString();
  const pending = pc.changes.some((c) => {
    if (c.change.action === "no-op") return false;
    const mod = c.addr.module.module();
    // Dependencies are by configuration address; within this module only this instance's changes count.
    if (mod.toString() === hereConfig && c.addr.module.toString() !== here) return false;
    const r = c.addr.resource.resource;
    return r.mode === "managed" && deps.has(changeConfigKey(mod.names, r.type, r.name));
  });
  return pending ? "read-because-dependency-pending" : undefined;
}
