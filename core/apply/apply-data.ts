import { hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import { unmarkDeep } from "../../lang/values/deep-marks.js";
import { markedPaths, markPaths } from "../../lang/values/path.js";
import type { Provider } from "../../providers/provider.js";
import { impliedType } from "../../providers/schema.js";
import { reportNestedRead } from "../plan/check-data.js";
import { resourcePostconditions, resourcePreconditions } from "../plan/check-resource.js";
import { providerDiagnostics } from "../plan/provider-diagnostics.js";
import type { InstanceSite } from "../plan/plan-resource.js";
import { evalResourceConfig } from "../plan/resource-config.js";
import type { ResourceInstanceChange } from "../plans/changes.js";
import { valueMarks } from "../schemas/index.js";
import { encodeObject } from "../states/object-codec.js";
import type { ApplyContext } from "./apply-context.js";

// A data source the plan could not read (its configuration was not known yet, or something it
// depends on had changes pending) is read during apply (NodeApplyableResourceInstance.dataResourceExecute),
// once the values it needs are known, between its preconditions and its postconditions; the result
// goes into the state as data sources do. A data source in a check block is read again so that its
// check sees the applied infrastructure: whatever that read says is only a warning, and its outcome
// is the check's (a failed read leaves the object the plan stored).

/** Reads a deferred data source instance. */
export async function applyDataRead(ac: ApplyContext, site: InstanceSite, provider: Provider, change: ResourceInstanceChange): Promise<Diagnostic[]> {
  const { addr, schema, node } = site;
  const pc = ac.pc;
  const pre = resourcePreconditions(pc, site);
  if (hasErrors(pre)) return pre;
  const cfg = evalResourceConfig(pc, node.module, node.resource, site.module, site.repetition, schema.block);
  if (hasErrors(cfg.diagnostics) || ac.stopping) return [...pre, ...cfg.diagnostics];
  const done = ac.announce(addr, "read", undefined);
  const resp = await pc.semaphore.run(() => provider.readDataSource({ typeName: addr.resource.resource.type, config: unmarkDeep(cfg.value).value }));
  const readDiags = providerDiagnostics(resp.diagnostics, { address: addr.toString(), body: node.resource.config });
  const failed = hasErrors(readDiags) || resp.state.isNull;
  const diagnostics = [...pre, ...cfg.diagnostics, ...(node.check === undefined ? readDiags : reportNestedRead(pc, site, readDiags))];
  if (failed) {
    done(undefined, true);
    return diagnostics;
  }
  const value = markPaths(valueMarks(resp.state, schema.block), markedPaths(cfg.value));
  const stored = encodeObject(value, impliedType(schema.block), { schemaVersion: schema.version });
  if (!("error" in stored)) ac.setCurrent(change, stored);
  pc.instances.setInstanceValue(addr.containingResource(), addr.resource.key, value);
  done(value, false);
  return [...diagnostics, ...resourcePostconditions(pc, site, value)];
}
