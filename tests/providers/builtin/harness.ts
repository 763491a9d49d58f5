import { convert, ConversionError } from "../../../lang/types/convert.js";
import { DynamicPseudoType } from "../../../lang/types/type.js";
import { Value } from "../../../lang/values/value.js";
import type { PlanResourceChangeResponse, Provider, ProviderDiagnostic } from "../../../providers/provider.js";
import { attributeType, impliedType, type Schema } from "../../../providers/schema.js";
import { js, toJS } from "../../helpers/values.js";

// Drives a built-in provider the way Terraform core does for one resource instance: configuration
// objects of the schema's type, the proposed new state by Terraform's ProposedNew rules for top-level
// attributes, then plan and apply. For the provider tests only.

/** A configuration or state object of the schema's type; attributes left out are null. */
export function objectFor(schema: Schema, attrs: Record<string, unknown>): Value {
  const out: Record<string, Value> = {};
  for (const [name, a] of Object.entries(schema.block.attributes)) {
    const t = attributeType(a);
    const given = attrs[name];
    const v = given === undefined ? Value.null(t) : js(given);
    if (t.kind === "dynamic") {
      out[name] = v;
      continue;
    }
    const c = convert(v, t);
    if (c instanceof ConversionError) throw new Error(`attribute ${name}: ${c.message}`);
    out[name] = c;
  }
  for (const name of Object.keys(attrs)) {
    if (!(name in schema.block.attributes)) throw new Error(`no attribute ${name} in the schema`);
  }
  return Value.object(out);
}

/** Terraform's ProposedNew for a flat schema: config values, prior values for computed attributes left null. */
export function proposedNew(schema: Schema, prior: Value, config: Value): Value {
  if (config.isNull) return config;
  const out: Record<string, Value> = {};
  for (const [name, a] of Object.entries(schema.block.attributes)) {
    const c = config.entries().get(name) ?? Value.null(attributeType(a));
    const p = prior.isNull ? Value.null(attributeType(a)) : (prior.entries().get(name) ?? Value.null(DynamicPseudoType));
    out[name] = a.computed && c.isNull ? p : c;
  }
  return Value.object(out);
}

/** The outcome of planning (and, when the plan succeeds, applying) one change. */
export interface Round {
  readonly plan: PlanResourceChangeResponse;
  readonly planned: Record<string, unknown>;
  readonly state?: Value;
  readonly diagnostics: readonly ProviderDiagnostic[];
}

/** Plans `config` against `prior` and, unless `planOnly`, applies the plan. */
export async function planAndApply(
  provider: Provider,
  typeName: string,
  prior: Value,
  config: Value,
  planOnly = false,
): Promise<Round> {
  const schema = (await provider.getProviderSchema()).resourceTypes[typeName]!;
  const priorState = prior.isNull ? Value.null(impliedType(schema.block)) : prior;
  const proposedNewState = proposedNew(schema, priorState, config);
  const plan = await provider.planResourceChange({ typeName, priorState, proposedNewState, config });
  const planned = plan.plannedState.isNull ? {} : (toJS(plan.plannedState) as Record<string, unknown>);
  if (planOnly || plan.diagnostics.some((d) => d.severity === "error")) return { plan, planned, diagnostics: plan.diagnostics };
  const applied = await provider.applyResourceChange({ typeName, priorState, plannedState: plan.plannedState, config });
  return { plan, planned, state: applied.newState, diagnostics: applied.diagnostics };
}

/** A plain view of a value for expectations (see toJS). */
export function plain(v: Value | undefined): unknown {
  return v === undefined ? undefined : toJS(v);
}
