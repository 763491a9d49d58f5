import type { Value } from "../../../lang/values/value.js";
import type { ProviderDiagnostic } from "../../provider.js";
import { providerError } from "../kit/index.js";

// The configuration checks the random provider's schemas declare, with the framework's messages:
// int64validator.AtLeast and AtLeastSumOf, the provider's AtLeastOneOfTrue, the framework's deprecation
// warning for a configured deprecated attribute, and the conversion of numbers to int64. Every check skips
// null and unknown values (unknown ones are checked again once known).

/** The attribute's value as a known int64, or undefined when it is null, unknown or not an int64. */
export function int64Of(config: Value, name: string): bigint | undefined {
  const v = config.entries().get(name);
  if (!v || !v.isKnown || v.isNull) return undefined;
  return v.asNumber().toInt64();
}

/** An error for each named number attribute whose value is not a whole number that fits in an int64. */
export function int64Conversion(config: Value, names: readonly string[]): ProviderDiagnostic[] {
  const out: ProviderDiagnostic[] = [];
  for (const name of names) {
    const v = config.entries().get(name);
    if (!v || !v.isKnown || v.isNull || v.asNumber().toInt64() !== undefined) continue;
    const n = v.asNumber();
    const why = n.isInteger() ? `Value ${n.toString()} cannot be represented as a 64-bit integer.` : `Value ${n.toString()} is not an integer.`;
    const detail =
      "An unexpected error was encountered trying to convert the Terraform value. " +
      `This is always an error in the provider. Please report the following to the provider developer:\n\n${why}`;
    out.push(providerError("Value Conversion Error", detail, name));
  }
  return out;
}

/** int64validator.AtLeast. */
export function atLeast(config: Value, name: string, min: bigint): ProviderDiagnostic[] {
  const v = int64Of(config, name);
  if (v === undefined || v >= min) return [];
  return [invalidValue(name, `value must be at least ${min}`, v)];
}

/** int64validator.AtLeastSumOf: the value must be at least the sum of the other (known, non-null) attributes. */
export function atLeastSumOf(config: Value, name: string, others: readonly string[]): ProviderDiagnostic[] {
  const v = int64Of(config, name);
  if (v === undefined) return [];
  let sum = 0n;
  for (const other of others) {
    const o = config.entries().get(other);
    if (!o || !o.isKnown) return [];
    if (!o.isNull) sum += o.asNumber().toInt64() ?? 0n;
  }
  if (v >= sum) return [];
  return [invalidValue(name, `value must be at least sum of ${others.join(" + ")}`, v)];
}

/** The provider's AtLeastOneOfTrue: when this and all the others are configured, one of them must be true. */
export function atLeastOneOfTrue(config: Value, name: string, others: readonly string[]): ProviderDiagnostic[] {
  const v = config.entries().get(name);
  if (!v || !v.isKnown || v.isNull || v.asBool()) return [];
  for (const other of others) {
    const o = config.entries().get(other);
    if (!o || !o.isKnown || o.isNull || o.asBool()) return [];
  }
  const detail = `At least one attribute out of [${[...others, name].join(",")}] must be specified as true`;
  return [providerError("Invalid Attribute Combination", detail, name)];
}

/** The framework's warning for a deprecated attribute that the configuration sets. */
export function deprecated(config: Value, name: string, message: string): ProviderDiagnostic[] {
  const v = config.entries().get(name);
  if (!v || (v.isKnown && v.isNull)) return [];
  return [{ severity: "warning", summary: "Attribute Deprecated", detail: message, attribute: [{ attr: name }] }];
}

function invalidValue(name: string, description: string, got: bigint): ProviderDiagnostic {
  return providerError("Invalid Attribute Value", `Attribute ${name} ${description}, got: ${got}`, name);
}
