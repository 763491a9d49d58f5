import { errorDiag, hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import { unmarkDeep } from "../../lang/values/deep-marks.js";
import { valueEquals } from "../../lang/values/equality.js";
import { markedPaths, markPaths, pathEquals, type ValuePath } from "../../lang/values/path.js";
import { Value } from "../../lang/values/value.js";
import type { Provider } from "../../providers/provider.js";
import { impliedType, type Schema } from "../../providers/schema.js";
import type { AbsResourceInstance } from "../addrs/abs-resource.js";
import type { AbsProviderConfig } from "../addrs/provider.js";
import type { Resource } from "../configs/model.js";
import { assertPlanValidPaths, formatPathErrorPrefixed, proposedNew, type PathError } from "../objchange/index.js";
import type { Action, ActionReason, ResourceInstanceChange } from "../plans/changes.js";
import { valueMarks } from "../schemas/index.js";
import type { StoredObject } from "../states/state.js";
import type { PlanContext } from "./plan-context.js";
import { providerDiagnostics } from "./provider-diagnostics.js";
import { applyIgnoreChanges } from "./ignore-changes.js";

// Planning one managed resource instance (NodePlannableResourceInstance.managedResourceExecute): with
// its prior object (already refreshed) and its configuration, the provider plans the change; the plan
// is checked, then the action decided: create, no-op, update, or replace when the object is tainted,
// replacement was requested, or a changed attribute requires it — re-planned from nothing, delete then
// create unless create_before_destroy. prevent_destroy forbids any plan that destroys the object.

/** What planning one instance needs. */
export interface InstancePlanInput {
  readonly addr: AbsResourceInstance;
  readonly resource: Resource;
  readonly schema: Schema;
  readonly provider: Provider;
  readonly providerAddr: AbsProviderConfig;
  /** The refreshed prior object (marked), or null when there is none. */
  readonly prior: Value;
  readonly priorObject?: StoredObject;
  readonly config: Value;
  /** A `replace_triggered_by` reference changed: replace, for that reason. */
  readonly replaceTriggered?: boolean;
  /** The prior object was imported by an import block during this plan, with this id. */
  readonly importing?: { readonly id: string };
}

/** The change planned for one instance (undefined on errors) and the problems found. */
export async function planManagedInstance(pc: PlanContext, input: InstancePlanInput): Promise<{ change?: ResourceInstanceChange; diagnostics: Diagnostic[] }> {
  const { addr, schema, prior } = input;
  const type = impliedType(schema.block);
  const config = applyIgnoreChanges(input.resource, prior, input.config);
  const first = await planWithProvider(pc, input, prior, config);
  if (!first.planned) return { diagnostics: first.diagnostics };
  const diagnostics = first.diagnostics;
  let planned = first.planned;
  let { action, reason } = decideAction(pc, input, first.planned, first.requiresReplace);
  let requiredReplace = first.requiresReplace;
  if (action === "delete-then-create" || action === "create-then-delete") {
    const fresh = await planWithProvider(pc, input, Value.null(type), input.config);
    diagnostics.push(...fresh.diagnostics);
    if (!fresh.planned) return { diagnostics };
    planned = fresh.planned;
    requiredReplace = reason === "replace-because-cannot-update" ? requiredReplace : [];
  }
  // The change is still planned (and shown) when prevent_destroy forbids it.
  if (action !== "create" && action !== "no-op" && action !== "update" && input.resource.lifecycle.preventDestroy) {
    diagnostics.push(preventDestroyError(addr, input.resource));
  }
  if (action === "update" && requiredReplace.length === 0 && valueEquals(unmarkDeep(prior).value, unmarkDeep(planned).value) === true) action = "no-op";
  // As Terraform does, a replacement's new plan carries the configuration's sensitive marks but not the schema's.
  const replacing = action === "delete-then-create" || action === "create-then-delete";
  const marked = markPaths(replacing ? planned : valueMarks(planned, schema.block), markedPaths(input.config));
  // Storing or dropping a sensitive mark is an update even when the value is the same.
  if (action === "no-op" && !sameMarkedPaths(marked, valueMarks(prior, schema.block))) action = "update";
  if (action === "no-op") reason = "none";
  const after = action === "no-op" ? prior : marked;
  return {
    change: {
      addr,
      prevRunAddr: addr,
      provider: input.providerAddr,
      change: { action, before: prior, after },
      actionReason: input.replaceTriggered ? "replace-by-triggers" : reason,
      requiredReplace,
      ...(input.importing ? { importing: input.importing } : {}),
      ...(first.private ? { private: first.private } : {}),
      schemaVersion: schema.version,
    },
    diagnostics,
  };
}

interface ProviderPlan {
  readonly planned?: Value;
  readonly requiresReplace: readonly ValuePath[];
  readonly private?: Uint8Array;
  readonly diagnostics: Diagnostic[];
}

/** One PlanResourceChange call with its checks. */
async function planWithProvider(pc: PlanContext, input: InstancePlanInput, prior: Value, config: Value): Promise<ProviderPlan> {
  const block = input.schema.block;
  const priorPlain = unmarkDeep(prior).value;
  const configPlain = unmarkDeep(config).value;
  const proposed = proposedNew(block, priorPlain, configPlain);
  const resp = await pc.semaphore.run(() =>
    input.provider.planResourceChange({
      typeName: input.addr.resource.resource.type,
      priorState: priorPlain,
      proposedNewState: proposed,
      config: configPlain,
      ...(input.priorObject?.private && !prior.isNull ? { priorPrivate: input.priorObject.private } : {}),
    }),
  );
  const diagnostics = providerDiagnostics(resp.diagnostics, { address: input.addr.toString(), body: input.resource.config });
  if (hasErrors(diagnostics)) return { requiresReplace: [], diagnostics };
  const problems = resp.legacyTypeSystem ? [] : assertPlanValidPaths(block, priorPlain, configPlain, resp.plannedState);
  if (problems.length > 0) return { requiresReplace: [], diagnostics: [...diagnostics, ...invalidPlanErrors(input, problems)] };
  return { planned: resp.plannedState, requiresReplace: resp.requiresReplace, ...(resp.plannedPrivate ? { private: resp.plannedPrivate } : {}), diagnostics };
}

/** The action for a planned object, before re-planning replacements. */
function decideAction(pc: PlanContext, input: InstancePlanInput, planned: Value, requiresReplace: readonly ValuePath[]): { action: Action; reason: ActionReason } {
  const cbd = input.resource.lifecycle.createBeforeDestroy || pc.forcedCreateBeforeDestroy.has(input.resource);
  const replace: Action = cbd ? "create-then-delete" : "delete-then-create";
  if (input.prior.isNull) return { action: "create", reason: "none" };
  if (input.priorObject?.status === "tainted") return { action: replace, reason: "replace-because-tainted" };
  const requested = input.replaceTriggered === true || (pc.options.forceReplace ?? []).some((a) => a.toString() === input.addr.toString());
  if (requested) return { action: replace, reason: "replace-by-request" };
  const prior = unmarkDeep(input.prior).value;
  if (requiresReplace.length > 0) return { action: replace, reason: "replace-because-cannot-update" };
  return { action: valueEquals(prior, planned) === true ? "no-op" : "update", reason: "none" };
}

/** True when two values are marked sensitive at the same paths (Terraform's marksEqual). */
function sameMarkedPaths(a: Value, b: Value): boolean {
  const pa = markedPaths(a);
  const pb = markedPaths(b);
  return pa.length === pb.length && pa.every((p) => pb.some((q) => pathEquals(p, q)));
}

function invalidPlanErrors(input: InstancePlanInput, problems: readonly PathError[]): Diagnostic[] {
  const provider = input.providerAddr.provider.toString();
  return problems.map((p) =>
    errorDiag(
      "Provider produced invalid plan",
      `Provider "${provider}" planned an invalid value for ${formatPathErrorPrefixed(p, input.addr.toString())}.\n\n` +
        "This is a bug in the provider, which should be reported in the provider's own issue tracker.",
    ),
  );
}

/** The error for a planned destruction of an object whose resource has lifecycle.prevent_destroy. */
export function preventDestroyError(addr: AbsResourceInstance, r: Resource): Diagnostic {
  const detail =
    `Resource ${addr.toString()} has lifecycle.prevent_destroy set, but the plan calls for this resource to be destroyed. ` +
    "To avoid this error and continue with the plan, either disable lifecycle.prevent_destroy or reduce the scope of the plan using the -target option.";
  return errorDiag("Instance cannot be destroyed", detail, r.declRange);
}
