import type { Body } from "../../lang/hcl/body.js";
import { hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import { unmarkDeep } from "../../lang/values/deep-marks.js";
import { valueEquals } from "../../lang/values/equality.js";
import { markedPaths, markPaths } from "../../lang/values/path.js";
import type { Value } from "../../lang/values/value.js";
import type { Provider } from "../../providers/provider.js";
import { impliedType, type Schema } from "../../providers/schema.js";
import type { AbsResourceInstance } from "../addrs/abs-resource.js";
import type { AbsProviderConfig } from "../addrs/provider.js";
import { valueMarks } from "../schemas/index.js";
import { encodeObject } from "../states/object-codec.js";
import type { StoredObject } from "../states/state.js";
import type { PlanContext } from "./plan-context.js";
import { providerDiagnostics } from "./provider-diagnostics.js";

// Refreshing one managed object (NodeAbstractResourceInstance.refresh): the provider reads it; a null
// answer means it was deleted outside Terraform; a different answer is drift. Either way the refreshed
// object replaces the prior one in the prior state, and the difference is recorded as drift.

/** The refreshed object (null when it is gone) and the problems reading it. */
export async function refreshObject(
  pc: PlanContext,
  provider: Provider,
  providerAddr: AbsProviderConfig,
  schema: Schema,
  addr: AbsResourceInstance,
  prior: Value,
  obj: StoredObject,
  config?: Body,
): Promise<{ value: Value; diagnostics: Diagnostic[] }> {
  const plain = unmarkDeep(prior).value;
  pc.options.hooks?.refreshing?.(addr, idOf(plain));
  const resp = await pc.semaphore.run(() =>
    provider.readResource({ typeName: addr.resource.resource.type, currentState: plain, ...(obj.private ? { private: obj.private } : {}) }),
  );
  const diagnostics = providerDiagnostics(resp.diagnostics, config ? { address: addr.toString(), body: config } : undefined);
  if (hasErrors(diagnostics)) return { value: prior, diagnostics };
  const type = impliedType(schema.block);
  const value = resp.newState.isNull ? resp.newState : markPaths(valueMarks(resp.newState, schema.block), markedPaths(prior));
  if (resp.newState.isNull || valueEquals(plain, resp.newState) !== true) {
    pc.drift.push({
      addr,
      prevRunAddr: addr,
      provider: providerAddr,
      change: { action: resp.newState.isNull ? "delete" : "update", before: prior, after: value },
      actionReason: "none",
      requiredReplace: [],
      schemaVersion: schema.version,
    });
  }
  if (resp.newState.isNull) {
    pc.priorState.setCurrent(addr, undefined, providerAddr);
    return { value, diagnostics };
  }
  const stored = encodeObject(value, type, {
    schemaVersion: schema.version,
    ...(resp.private ? { private: resp.private } : obj.private ? { private: obj.private } : {}),
    status: obj.status,
    dependencies: [...obj.dependencies],
    createBeforeDestroy: obj.createBeforeDestroy,
  });
  if ("error" in stored) return { value, diagnostics };
  pc.priorState.setCurrent(addr, stored, providerAddr);
  return { value, diagnostics };
}

/** The `id` attribute of an object, when it has a known string one (what "Refreshing state... [id=x]" shows). */
export function idOf(v: Value): string | undefined {
  if (v.isNull || !v.isKnown || v.type.kind !== "object") return undefined;
  const id = v.entries().get("id");
  return id && id.isKnown && !id.isNull && id.type.kind === "string" ? id.asString() : undefined;
}
