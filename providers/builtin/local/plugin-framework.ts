import { Value } from "../../../lang/values/value.js";
import type { PlanResourceChangeRequest, PlanResourceChangeResponse, ProviderDiagnostic } from "../../provider.js";
import type { Schema } from "../../schema.js";
import { planComputed, providerError, type PlanRules } from "../kit/index.js";

// What terraform-plugin-framework (and its validators package) does around a provider's own code,
// for the built-in copies of framework providers (local, time): the read-only and required checks
// every attribute gets, attribute validators with their exact messages, config validators, deprecation
// warnings, and the default plan with schema Default values. The checks run in the framework's
// order: config validators, then each attribute (read-only/required, type, validators, deprecation).

/** One attribute validator: diagnostics about attribute `name` of a configuration. */
export type AttributeCheck = (config: Value, name: string) => readonly ProviderDiagnostic[];

/** A resource's or data source's validation rules, as its framework schema declares them. */
export interface FrameworkRules {
  /** Resource-level config validators (ConfigValidators), run first. */
  readonly config?: readonly ((config: Value) => readonly ProviderDiagnostic[])[];
  /** Per attribute: its custom type's validation first, then its validators, in order. */
  readonly attributes?: Readonly<Record<string, readonly AttributeCheck[]>>;
  /** Deprecation messages of deprecated attributes. */
  readonly deprecations?: Readonly<Record<string, string>>;
}

/** Validates a configuration as the framework's ValidateResourceConfig does. */
export function validateConfig(schema: Schema, config: Value, rules: FrameworkRules): ProviderDiagnostic[] {
  if (config.isNull) return [];
  const out: ProviderDiagnostic[] = [];
  for (const check of rules.config ?? []) out.push(...check(config));
  for (const name of Object.keys(schema.block.attributes).sort()) {
    const a = schema.block.attributes[name]!;
    const v = attr(config, name);
    if (a.computed && !a.optional && !a.required && !v.isNull) out.push(readOnly(name));
    if (a.required && v.isNull) out.push(missingRequired(name));
    for (const check of rules.attributes?.[name] ?? []) out.push(...check(config, name));
    const message = rules.deprecations?.[name];
    if (message !== undefined && !v.isNull && v.isKnown) {
      out.push({ severity: "warning", summary: "Attribute Deprecated", detail: message, attribute: [{ attr: name }] });
    }
  }
  return out;
}

function readOnly(name: string): ProviderDiagnostic {
  return providerError(
    "Invalid Configuration for Read-Only Attribute",
    "Cannot set value for this attribute as the provider has marked it as read-only. Remove the configuration line setting the value.\n\n" +
      "Refer to the provider documentation or contact the provider developers for additional information about configurable and read-only attributes that are supported.",
    name,
  );
}

function missingRequired(name: string): ProviderDiagnostic {
  return providerError(
    "Missing Configuration for Required Attribute",
    `Must set a configuration value for the ${name} attribute as the provider has marked it as required.\n\n` +
      "Refer to the provider documentation or contact the provider developers for additional information about configurable attributes that are required.",
    name,
  );
}

/** stringvalidator.ExactlyOneOf(others): this attribute or exactly one of the others is set. */
export function exactlyOneOf(...others: string[]): AttributeCheck {
  return (config, name) => {
    const self = attr(config, name);
    if (!self.isKnown) return [];
    let count = self.isNull ? 0 : 1;
    for (const other of others) {
      if (other === name) continue;
      const v = attr(config, other);
      if (!v.isKnown) return [];
      if (!v.isNull) count++;
    }
    const list = `[${others.join(",")}]`;
    if (count === 0) return [combination(name, `No attribute specified when one (and only one) of ${list} is required`)];
    if (count > 1) return [combination(name, `${count} attributes specified when one (and only one) of ${list} is required`)];
    return [];
  };
}

/** stringvalidator.AtLeastOneOf(others): this attribute or one of the others is set. */
export function atLeastOneOf(...others: string[]): AttributeCheck {
  return (config, name) => {
    if (!attr(config, name).isNull) return [];
    for (const other of others) {
      const v = attr(config, other);
      if (!v.isKnown || !v.isNull) return [];
    }
    return [combination(name, `At least one attribute out of [${[...others, name].join(",")}] must be specified`)];
  };
}

/** resourcevalidator.AtLeastOneOf(names): a config validator, reported without an attribute. */
export function configAtLeastOneOf(...names: string[]): (config: Value) => ProviderDiagnostic[] {
  return (config) => {
    const values = names.map((n) => attr(config, n));
    if (values.some((v) => !v.isKnown) || values.some((v) => !v.isNull)) return [];
    return [providerError("Missing Attribute Configuration", `At least one of these attributes must be configured: [${names.join(",")}]`)];
  };
}

function combination(name: string, message: string): ProviderDiagnostic {
  return providerError("Invalid Attribute Combination", message, name);
}

/** The framework's default plan, with Default values applied first to attributes the config leaves null. */
export function planWithDefaults(
  schema: Schema,
  req: PlanResourceChangeRequest,
  defaults: Readonly<Record<string, Value>>,
  rules: PlanRules = {},
): PlanResourceChangeResponse {
  const proposed = req.proposedNewState;
  if (proposed.isNull) return planComputed(schema, req, rules);
  const config = new Map(req.config.entries());
  const planned = new Map(proposed.entries());
  for (const [name, value] of Object.entries(defaults)) {
    if (!attr(req.config, name).isNull) continue;
    // A defaulted attribute counts as configured, so the default plan does not make it unknown.
    config.set(name, value);
    planned.set(name, value);
  }
  return planComputed(schema, { ...req, config: Value.of(req.config.type, config), proposedNewState: Value.of(proposed.type, planned) }, rules);
}

/** Attribute `name` of an object value (a null of its schema type when the object is null). */
export function attr(v: Value, name: string): Value {
  if (v.isNull || !v.isKnown) return Value.null(v.type.kind === "object" ? (v.type.attributes.get(name) ?? v.type) : v.type);
  return v.entries().get(name)!;
}

/** The attribute's string, or "" when null or unknown (the framework's ValueString()). */
export function stringOf(v: Value, name: string): string {
  const a = attr(v, name);
  return a.isKnown && !a.isNull ? a.asString() : "";
}

/** An object with some attributes replaced. */
export function withAttrs(v: Value, changes: Readonly<Record<string, Value>>): Value {
  const m = new Map(v.entries());
  for (const [k, x] of Object.entries(changes)) m.set(k, x);
  return Value.of(v.type, m);
}
