import { JsonError } from "../../../../lang/values/json-marshal.js";
import { marshalTyped, unmarshalTyped } from "../../../../lang/values/json-typed.js";
import { Value } from "../../../../lang/values/value.js";
import type { PlanResourceChangeResponse, Provider, ProviderDiagnostic } from "../../../../providers/provider.js";
import { impliedType, type Schema } from "../../../../providers/schema.js";

// Drives a provider through the provider interface the way Terraform does for one resource: the
// configuration is built from JSON of the schema's type, the proposed new state by Terraform's
// ProposedNew rules (configured values, prior values of computed attributes the configuration leaves
// null), then validate, plan and apply.

/** A provider and helpers bound to it. */
export class ResourceHarness {
  constructor(readonly provider: Provider) {}

  async schema(typeName: string): Promise<Schema> {
    const s = (await this.provider.getProviderSchema()).resourceTypes[typeName];
    if (!s) throw new Error(`no resource type ${typeName}`);
    return s;
  }

  /** A configuration object from JSON (attributes left out are null); `unknown` names attributes to make unknown. */
  async config(typeName: string, json: Record<string, unknown>, unknown: readonly string[] = []): Promise<Value> {
    const schema = await this.schema(typeName);
    const v = unmarshalTyped(jsonText(json), impliedType(schema.block));
    if (v instanceof JsonError) throw new Error(v.message);
    if (unknown.length === 0) return v;
    const m = new Map(v.entries());
    for (const name of unknown) m.set(name, Value.unknown(m.get(name)!.type));
    return Value.of(v.type, m);
  }

  /** Terraform's ProposedNew for a flat schema. */
  async proposed(typeName: string, prior: Value, config: Value): Promise<Value> {
    const schema = await this.schema(typeName);
    const m = new Map<string, Value>();
    for (const [name, c] of config.entries()) {
      const a = schema.block.attributes[name]!;
      const keepPrior = a.computed && c.isKnown && c.isNull;
      m.set(name, keepPrior ? (prior.isNull ? Value.null(c.type) : prior.entries().get(name)!) : c);
    }
    return Value.of(config.type, m);
  }

  async validate(typeName: string, json: Record<string, unknown>): Promise<readonly ProviderDiagnostic[]> {
    return (await this.provider.validateResourceConfig({ typeName, config: await this.config(typeName, json) })).diagnostics;
  }

  async plan(typeName: string, prior: Value, config: Value): Promise<PlanResourceChangeResponse> {
    const proposedNewState = await this.proposed(typeName, prior, config);
    return this.provider.planResourceChange({ typeName, priorState: prior, proposedNewState, config });
  }

  async nullState(typeName: string): Promise<Value> {
    return Value.null(impliedType((await this.schema(typeName)).block));
  }

  /** Validates, plans and applies a create; fails the test on any error. */
  async create(typeName: string, json: Record<string, unknown>): Promise<{ planned: Value; state: Value }> {
    const config = await this.config(typeName, json);
    expectNoErrors((await this.provider.validateResourceConfig({ typeName, config })).diagnostics);
    const prior = await this.nullState(typeName);
    const plan = await this.plan(typeName, prior, config);
    expectNoErrors(plan.diagnostics);
    const applied = await this.provider.applyResourceChange({ typeName, priorState: prior, plannedState: plan.plannedState, config });
    expectNoErrors(applied.diagnostics);
    return { planned: plan.plannedState, state: applied.newState };
  }

  /** Plans a change of an existing object to a new configuration. */
  async update(typeName: string, prior: Value, json: Record<string, unknown>, unknown: readonly string[] = []): Promise<PlanResourceChangeResponse> {
    return this.plan(typeName, prior, await this.config(typeName, json, unknown));
  }

  /** An object of the type from stored-state JSON. */
  async stateFromJson(typeName: string, json: Record<string, unknown>): Promise<Value> {
    return this.config(typeName, json);
  }
}

// JSON with bigints written as exact numbers.
function jsonText(x: unknown): string {
  return JSON.stringify(x, (_, v: unknown) => (typeof v === "bigint" ? `__big__${v}__` : v)).replace(/"__big__(-?\d+)__"/g, "$1");
}

/** The value of one attribute of an object. */
export function attr(v: Value, name: string): Value {
  const a = v.entries().get(name);
  if (!a) throw new Error(`no attribute ${name}`);
  return a;
}

/** The string value of one attribute. */
export function str(v: Value, name: string): string {
  return attr(v, name).asString();
}

/** The attribute names whose values are unknown. */
export function unknownAttributes(v: Value): string[] {
  return [...v.entries()].filter(([, a]) => !a.isKnown).map(([n]) => n).sort();
}

/** The names of the paths that force replacement. */
export function replaceNames(plan: PlanResourceChangeResponse): string[] {
  return plan.requiresReplace.map((p) => (p[0] && "attr" in p[0] ? p[0].attr : "?"));
}

/** The object as compact JSON (wholly known values only). */
export function json(v: Value): unknown {
  const text = marshalTyped(v);
  if (text instanceof JsonError) throw new Error(text.message);
  return JSON.parse(text);
}

/** Fails with the diagnostics' text when any is an error. */
export function expectNoErrors(diags: readonly ProviderDiagnostic[]): void {
  const errors = diags.filter((d) => d.severity === "error");
  if (errors.length > 0) throw new Error(errors.map((d) => `${d.summary}: ${d.detail ?? ""}`).join("\n"));
}
