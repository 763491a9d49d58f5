import type { Diagnostic } from "../../lang/source/diagnostics.js";
import { valueMarks } from "../schemas/index.js";
import type { PlanContext } from "./plan-context.js";
import { readStoredObject } from "./prior-object.js";

// Moved objects as drift (the move half of Context.driftedResources): an object that moved but did
// not otherwise change outside Terrane is still recorded among the drifted resources, as a no-op with
// the address it moved from, so that a refresh-only plan shows "has moved to". (Objects that did
// change are already recorded by refresh; their previous address is filled in with the changes'.)

/** Adds a no-op drift entry for every moved object refresh found unchanged. */
export async function recordMovedDrift(pc: PlanContext): Promise<Diagnostic[]> {
  if (pc.options.mode === "destroy") return [];
  const diagnostics: Diagnostic[] = [];
  const drifted = new Set(pc.drift.filter((d) => d.deposedKey === undefined).map((d) => d.addr.toString()));
  for (const { from, to } of pc.moves.changes.values()) {
    const obj = pc.priorState.instance(to)?.current;
    const rs = pc.priorState.resource(to.containingResource());
    if (drifted.has(to.toString()) || !obj || !rs) continue;
    const provider = pc.providers.instance(rs.provider);
    const schema = (await pc.providers.schema(rs.provider.provider)).schema?.resourceTypes[to.resource.resource.type];
    if (!provider || !schema) continue;
    const read = await readStoredObject(provider, schema, to, obj);
    diagnostics.push(...read.diagnostics);
    if (!read.value) continue;
    const value = valueMarks(read.value, schema.block);
    pc.drift.push({
      addr: to,
      prevRunAddr: from,
      provider: rs.provider,
      change: { action: "no-op", before: value, after: value },
      actionReason: "none",
      requiredReplace: [],
      schemaVersion: schema.version,
    });
  }
  return diagnostics;
}
