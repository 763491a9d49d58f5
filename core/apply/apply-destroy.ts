import { hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import { unmarkDeep } from "../../lang/values/deep-marks.js";
import { Value } from "../../lang/values/value.js";
import { impliedType } from "../../providers/schema.js";
import { readStoredObject } from "../plan/prior-object.js";
import { startUnusedProvider } from "../plan/provider-configure.js";
import { providerDiagnostics } from "../plan/provider-diagnostics.js";
import type { ApplyContext } from "./apply-context.js";
import type { DestroyNode } from "./apply-graph.js";

// Destroying one object during apply (NodeDestroyResourceInstance, NodeDestroyDeposedResourceInstanceObject):
// the object as it is in the working state, ApplyResourceChange with a null planned state, and the
// object gone from the state. The object of a create_before_destroy replacement is the one its
// create deposed. When the provider fails, the object stays in the state as it was.

/** Destroys the object a destroy node stands for. */
export async function applyDestroy(ac: ApplyContext, node: DestroyNode): Promise<Diagnostic[]> {
  const change = node.change;
  const addr = change.addr;
  const key = change.deposedKey ?? (change.change.action === "create-then-delete" ? ac.deposedBy.get(addr.toString()) : undefined);
  if (change.change.action === "create-then-delete" && key === undefined) return [];
  const inst = ac.state.instance(addr);
  const obj = key === undefined ? inst?.current : inst?.deposed.get(key);
  if (!obj || ac.stopping) return [];
  const pc = ac.pc;
  const schemas = await pc.providers.schema(change.provider.provider);
  const schema = schemas.schema?.resourceTypes[addr.resource.resource.type];
  if (!schema) return schemas.diagnostics;
  const provider = pc.providers.instance(change.provider) ?? (await startUnusedProvider(pc, change.provider));
  if (!provider) return [];
  const read = await readStoredObject(provider, schema, addr, obj);
  if (!read.value) return read.diagnostics;
  const prior = unmarkDeep(read.value).value;
  if (ac.stopping) return read.diagnostics;
  const done = ac.announce(addr, "delete", prior, key);
  const resp = await pc.semaphore.run(() =>
    provider.applyResourceChange({
      typeName: addr.resource.resource.type,
      priorState: prior,
      plannedState: Value.null(impliedType(schema.block)),
      config: Value.null(impliedType(schema.block)),
      ...(obj.private ? { plannedPrivate: obj.private } : {}),
    }),
  );
  const diagnostics = [...read.diagnostics, ...providerDiagnostics(resp.diagnostics)];
  const failed = hasErrors(diagnostics);
  if (!failed) {
    if (key === undefined) ac.setCurrent(change, undefined);
    else ac.setDeposed(change, key, undefined);
  }
  done(undefined, failed);
  return diagnostics;
}
