import { randomBytes } from "node:crypto";
import { errorDiag, hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import { unmarkDeep } from "../../lang/values/deep-marks.js";
import { markedPaths, markPaths } from "../../lang/values/path.js";
import { Value } from "../../lang/values/value.js";
import type { Provider } from "../../providers/provider.js";
import { impliedType } from "../../providers/schema.js";
import { assertObjectCompatiblePaths, formatPathError, proposedNew, type PathError } from "../objchange/index.js";
import { resourcePostconditions, resourcePreconditions } from "../plan/check-resource.js";
import { providerDiagnostics } from "../plan/provider-diagnostics.js";
import { evalResourceConfig } from "../plan/resource-config.js";
import type { ResourceInstanceChange } from "../plans/changes.js";
import { valueMarks } from "../schemas/index.js";
import { encodeObject } from "../states/object-codec.js";
import type { ApplyContext } from "./apply-context.js";
import type { InstanceSite as ApplySite } from "../plan/plan-resource.js";

// Creating or updating one managed resource instance during apply (NodeApplyableResourceInstance):
// its configuration evaluated again now that upstream values are known, preconditions checked, the
// final plan asked of the provider and checked against the saved one, a create_before_destroy
// replacement's old object deposed, then ApplyResourceChange; the new object goes into the state
// (tainted when a create failed half-way) with its dependencies, and postconditions are checked
// against it. Each condition's outcome goes into the apply's check results.

/** Applies the create or update part of a change; returns the problems found. */
export async function applyManaged(ac: ApplyContext, site: ApplySite, provider: Provider, change: ResourceInstanceChange): Promise<Diagnostic[]> {
  const { addr, schema, node } = site;
  const pc = ac.pc;
  const resource = node.resource;
  const cfg = evalResourceConfig(pc, node.module, resource, site.module, site.repetition, schema.block);
  if (hasErrors(cfg.diagnostics)) return cfg.diagnostics;
  const diagnostics = [...cfg.diagnostics, ...resourcePreconditions(pc, site)];
  if (hasErrors(diagnostics) || ac.stopping) return diagnostics;
  const replacing = change.change.action === "delete-then-create" || change.change.action === "create-then-delete";
  const current = ac.state.instance(addr)?.current;
  const prior = replacing || !current ? Value.null(impliedType(schema.block)) : unmarkDeep(change.change.before).value;
  const config = unmarkDeep(cfg.value).value;
  const typeName = addr.resource.resource.type;
  const priorPrivate = !replacing && current?.private ? { priorPrivate: current.private } : {};
  const final = await pc.semaphore.run(() =>
    provider.planResourceChange({ typeName, priorState: prior, proposedNewState: proposedNew(schema.block, prior, config), config, ...priorPrivate }),
  );
  diagnostics.push(...providerDiagnostics(final.diagnostics, { address: addr.toString(), body: resource.config }));
  if (hasErrors(diagnostics)) return diagnostics;
  const planned = unmarkDeep(change.change.after).value;
  const drift = final.legacyTypeSystem ? [] : assertObjectCompatiblePaths(schema.block, planned, final.plannedState);
  if (drift.length > 0) return [...diagnostics, ...inconsistent(ac, change, drift, "final plan")];
  if (ac.stopping) return diagnostics;
  const deposedKey = change.change.action === "create-then-delete" && current ? depose(ac, change) : undefined;
  const done = ac.announce(addr, prior.isNull ? "create" : "update", prior.isNull ? undefined : prior);
  const resp = await pc.semaphore.run(() =>
    provider.applyResourceChange({
      typeName,
      priorState: prior,
      plannedState: final.plannedState,
      config,
      ...(final.plannedPrivate ? { plannedPrivate: final.plannedPrivate } : {}),
    }),
  );
  const applyDiags = providerDiagnostics(resp.diagnostics, { address: addr.toString(), body: resource.config });
  diagnostics.push(...applyDiags);
  let failed = hasErrors(applyDiags);
  if (!failed && !resp.legacyTypeSystem) {
    const wrong = assertObjectCompatiblePaths(schema.block, final.plannedState, resp.newState);
    if (wrong.length > 0) {
      diagnostics.push(...inconsistent(ac, change, wrong, "result"));
      failed = true;
    }
  }
  const newValue = resp.newState.isNull || !resp.newState.isWhollyKnown ? undefined : markPaths(valueMarks(resp.newState, schema.block), markedPaths(cfg.value));
  if (newValue) {
    const status = failed && prior.isNull ? "tainted" : "ready";
    diagnostics.push(...store(ac, site, change, newValue, resp.private, status));
    pc.instances.setInstanceValue(addr.containingResource(), addr.resource.key, newValue);
  } else if (deposedKey !== undefined) {
    restoreDeposed(ac, change, deposedKey);
  } else if (prior.isNull) {
    // A create that made nothing leaves no object, and no empty resource (SetResourceInstanceCurrent with nil).
    ac.setCurrent(change, undefined);
  }
  done(newValue, failed);
  if (failed || !newValue) return diagnostics;
  diagnostics.push(...resourcePostconditions(pc, site, newValue));
  return diagnostics;
}

/** Writes the new object with what goes with it into the state. */
function store(ac: ApplyContext, site: ApplySite, change: ResourceInstanceChange, value: Value, priv: Uint8Array | undefined, status: "ready" | "tainted"): Diagnostic[] {
  const deps = ac.dependencies.get(change.addr.containingResource().config().toString()) ?? [];
  const stored = encodeObject(value, impliedType(site.schema.block), {
    schemaVersion: site.schema.version,
    ...(priv ? { private: priv } : {}),
    status,
    dependencies: deps,
    createBeforeDestroy: site.node.resource.lifecycle.createBeforeDestroy ?? false,
  });
  if ("error" in stored) return [errorDiag("Failed to store the new object", `The new object of ${change.addr.toString()} cannot be stored: ${stored.error}.`)];
  ac.setCurrent(change, stored);
  return [];
}

/** Moves the current object aside under a new deposed key before its replacement is created. */
function depose(ac: ApplyContext, change: ResourceInstanceChange): string {
  const current = ac.state.instance(change.addr)!.current!;
  const key = randomBytes(4).toString("hex");
  ac.setDeposed(change, key, current, false);
  ac.state.setCurrent(change.addr, undefined, change.provider);
  ac.deposedBy.set(change.addr.toString(), key);
  return key;
}

/** Puts a deposed object back when its replacement could not be created at all. */
function restoreDeposed(ac: ApplyContext, change: ResourceInstanceChange, key: string): void {
  const obj = ac.state.instance(change.addr)?.deposed.get(key);
  ac.deposedBy.delete(change.addr.toString());
  if (!obj) return;
  ac.setDeposed(change, key, undefined, false);
  ac.setCurrent(change, obj);
}

function inconsistent(ac: ApplyContext, change: ResourceInstanceChange, problems: readonly PathError[], what: "final plan" | "result"): Diagnostic[] {
  const provider = change.provider.provider.toString();
  const addr = change.addr.toString();
  return problems.map((p) =>
    what === "final plan"
      ? errorDiag(
          "Provider produced inconsistent final plan",
          `When expanding the plan for ${addr} to include new values learned so far during apply, provider "${provider}" produced an invalid new value for ${formatPathError(p)}.\n\n` +
            "This is a bug in the provider, which should be reported in the provider's own issue tracker.",
        )
      : errorDiag(
          "Provider produced inconsistent result after apply",
          `When applying changes to ${addr}, provider "${provider}" produced an unexpected new value: ${formatPathError(p)}.\n\n` +
            "This is a bug in the provider, which should be reported in the provider's own issue tracker.",
        ),
  );
}
