import { valueEquals } from "../../../lang/values/equality.js";
import type { ValuePath } from "../../../lang/values/path.js";
import { Value } from "../../../lang/values/value.js";
import type { PlanResourceChangeRequest, PlanResourceChangeResponse } from "../../provider.js";
import { attributeType, type Schema } from "../../schema.js";

// The plan most resources want (the plugin framework's default): the proposed new state, with every
// computed attribute the configuration leaves null made unknown when the object is created or changed
// (except those that keep their prior value, UseStateForUnknown), and replacement forced when an
// attribute marked RequiresReplace changes.

/** Which attributes need special planning. */
export interface PlanRules {
  /** Top-level attributes whose change replaces the object. */
  readonly requiresReplace?: readonly string[];
  /** Computed attributes that keep their prior value on update instead of becoming unknown. */
  readonly useStateForUnknown?: readonly string[];
}

/** Plans a change by the default rules; destroys (a null proposed state) are planned as null. */
export function planComputed(schema: Schema, req: PlanResourceChangeRequest, rules: PlanRules = {}): PlanResourceChangeResponse {
  const proposed = req.proposedNewState;
  if (proposed.isNull) return { plannedState: proposed, requiresReplace: [], diagnostics: [] };
  const prior = req.priorState;
  const creating = prior.isNull;
  const changing = creating || valueEquals(prior, proposed) !== true;
  const attrs = new Map(proposed.entries());
  if (changing) {
    const keep = new Set(rules.useStateForUnknown ?? []);
    for (const [name, a] of Object.entries(schema.block.attributes)) {
      if (!a.computed) continue;
      const configured = req.config.entries().get(name);
      if (configured && !configured.isNull) continue;
      if (!creating && keep.has(name)) continue;
      attrs.set(name, Value.unknown(attributeType(a)));
    }
  }
  const plannedState = Value.of(proposed.type, attrs);
  return { plannedState, requiresReplace: creating ? [] : replacePaths(prior, plannedState, rules.requiresReplace ?? []), diagnostics: [] };
}

/** The attributes among `names` whose planned value differs from (or is not yet known against) the prior one. */
export function replacePaths(prior: Value, planned: Value, names: readonly string[]): ValuePath[] {
  const out: ValuePath[] = [];
  for (const name of names) {
    const before = prior.entries().get(name);
    const after = planned.entries().get(name);
    if (!before || !after) continue;
    if (valueEquals(before, after) !== true) out.push([{ attr: name }]);
  }
  return out;
}
