import { valueEquals } from "../../../lang/values/equality.js";
import type { ValuePath } from "../../../lang/values/path.js";
import { Value } from "../../../lang/values/value.js";
import type { PlanResourceChangeRequest, PlanResourceChangeResponse, ProviderDiagnostic } from "../../provider.js";
import { attributeType, type Schema } from "../../schema.js";
import { requiresReplace, type ReplaceRule } from "./replace-rules.js";

// PlanResourceChange as terraform-plugin-framework runs it for the random and null providers: the
// proposed new state gets the schema defaults where the configuration is null; if it then differs from
// the prior state, every computed attribute the configuration leaves null (and that has no default)
// becomes unknown; then the attribute plan modifiers run: resource-specific ones, UseStateForUnknown,
// and the RequiresReplace family, which name the attributes whose change replaces the object.

/** The plan modifiers and defaults of one resource type's schema. */
export interface FrameworkPlanRules {
  /** Static defaults of optional+computed attributes (booldefault, int64default, stringdefault). */
  readonly defaults?: Readonly<Record<string, Value>>;
  /** Computed attributes that keep their prior value when they would become unknown. */
  readonly useStateForUnknown?: readonly string[];
  /** Attributes whose change replaces the object, and by which rule. */
  readonly replace?: Readonly<Record<string, ReplaceRule>>;
  /** Resource-specific modifiers, run before the others on the planned attributes (which they may change). */
  readonly modify?: (plan: PlanAttributes) => readonly ProviderDiagnostic[];
}

/** The attributes being planned, with the configuration and prior state they are planned from. */
export interface PlanAttributes {
  readonly planned: Map<string, Value>;
  readonly config: ReadonlyMap<string, Value>;
  /** The prior state's attributes; empty when the object is being created. */
  readonly prior: ReadonlyMap<string, Value>;
  readonly creating: boolean;
}

/** Plans a change the way the plugin framework does for a schema with these rules. */
export function planFramework(schema: Schema, req: PlanResourceChangeRequest, rules: FrameworkPlanRules): PlanResourceChangeResponse {
  const proposed = req.proposedNewState;
  if (proposed.isNull) return { plannedState: proposed, requiresReplace: [], diagnostics: [] };
  const creating = req.priorState.isNull;
  const attrs: PlanAttributes = {
    planned: new Map(proposed.entries()),
    config: req.config.isNull ? new Map() : req.config.entries(),
    prior: creating ? new Map() : req.priorState.entries(),
    creating,
  };
  applyDefaults(attrs, rules.defaults ?? {});
  if (creating || valueEquals(Value.of(proposed.type, attrs.planned), req.priorState) !== true) {
    markComputedUnknown(schema, attrs, rules.defaults ?? {});
  }
  const diagnostics = [...(rules.modify?.(attrs) ?? [])];
  useStateForUnknown(attrs, rules.useStateForUnknown ?? []);
  const plannedState = Value.of(proposed.type, attrs.planned);
  const replacePaths = creating ? [] : replacements(attrs, rules.replace ?? {});
  return { plannedState, requiresReplace: replacePaths, diagnostics };
}

function applyDefaults(attrs: PlanAttributes, defaults: Readonly<Record<string, Value>>): void {
  for (const [name, value] of Object.entries(defaults)) {
    if (isNullConfig(attrs, name)) attrs.planned.set(name, value);
  }
}

function markComputedUnknown(schema: Schema, attrs: PlanAttributes, defaults: Readonly<Record<string, Value>>): void {
  for (const [name, a] of Object.entries(schema.block.attributes)) {
    if (!a.computed || name in defaults || !isNullConfig(attrs, name)) continue;
    attrs.planned.set(name, Value.unknown(attributeType(a)));
  }
}

function useStateForUnknown(attrs: PlanAttributes, names: readonly string[]): void {
  for (const name of names) {
    const prior = attrs.prior.get(name);
    const planned = attrs.planned.get(name);
    const config = attrs.config.get(name);
    if (!prior || prior.isNull || !planned || planned.isKnown) continue;
    if (config && !config.isKnown) continue;
    attrs.planned.set(name, prior);
  }
}

function replacements(attrs: PlanAttributes, rules: Readonly<Record<string, ReplaceRule>>): ValuePath[] {
  const out: ValuePath[] = [];
  for (const [name, rule] of Object.entries(rules)) {
    const plan = attrs.planned.get(name);
    const state = attrs.prior.get(name);
    const config = attrs.config.get(name);
    if (!plan || !state || !config) continue;
    if (requiresReplace(rule, { config, state, plan })) out.push([{ attr: name }]);
  }
  return out.sort((a, b) => pathName(a).localeCompare(pathName(b)));
}

function isNullConfig(attrs: PlanAttributes, name: string): boolean {
  const v = attrs.config.get(name);
  return v === undefined || (v.isKnown && v.isNull);
}

function pathName(p: ValuePath): string {
  const step = p[0];
  return step && "attr" in step ? step.attr : "";
}
