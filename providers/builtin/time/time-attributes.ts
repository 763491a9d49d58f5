import { mapOf, NumberType, StringType } from "../../../lang/types/type.js";
import { Value } from "../../../lang/values/value.js";
import type { ProviderDiagnostic } from "../../provider.js";
import type { SchemaAttribute } from "../../schema.js";
import { providerError } from "../kit/index.js";
import { attr, type AttributeCheck } from "../local/plugin-framework.js";
import { fieldsOf, formatRFC3339, type GoTime } from "./go-time.js";
import { parseRFC3339 } from "./go-time-parse.js";

// What the time provider's resources share: the triggers map, the computed calendar fields of a
// timestamp, the RFC 3339 string type (timetypes.RFC3339) with its validation and semantic equality,
// and the int64 validators. Int64 attributes are numbers on the wire.

/** A computed int64 attribute. */
export function computedNumber(description: string): SchemaAttribute {
  return { type: NumberType, computed: true, description };
}

/** An optional int64 attribute. */
export function optionalNumber(description: string): SchemaAttribute {
  return { type: NumberType, optional: true, description };
}

/** The `triggers` map, whose change replaces the object. */
export function triggersAttribute(description: string): SchemaAttribute {
  return { type: mapOf(StringType), optional: true, description };
}

/** The day, hour, minute, month, second, unix and year attributes of a resource. */
export function componentAttributes(of: string): Record<string, SchemaAttribute> {
  return {
    day: computedNumber(`Number day of ${of}.`),
    hour: computedNumber(`Number hour of ${of}.`),
    minute: computedNumber(`Number minute of ${of}.`),
    month: computedNumber(`Number month of ${of}.`),
    second: computedNumber(`Number second of ${of}.`),
    unix: computedNumber("Number of seconds since epoch time, e.g. `1581489373`."),
    year: computedNumber(`Number year of ${of}.`),
  };
}

/** The values of those attributes for a time. */
export function componentValues(t: GoTime): Record<string, Value> {
  const f = fieldsOf(t);
  const n = (x: number) => Value.numberFrom(x);
  return { year: n(f.year), month: n(f.month), day: n(f.day), hour: n(f.hour), minute: n(f.minute), second: n(f.second), unix: n(t.sec) };
}

/** timetypes.RFC3339's validation of attribute `name`. */
export const rfc3339Type: AttributeCheck = (config, name) => {
  const v = attr(config, name);
  if (v.isNull || !v.isKnown) return [];
  const t = parseRFC3339(v.asString());
  if (!("error" in t)) return [];
  const detail = `A string value was provided that is not valid RFC3339 string format.\n\nGiven Value: ${v.asString()}\nError: ${t.error}`;
  return [providerError("Invalid RFC3339 String Value", detail, name)];
};

/**
 * The string a timetypes.RFC3339 attribute keeps for time `t`: the earlier (planned or configured)
 * string when it is semantically equal (names the same time in the same form), else t formatted.
 */
export function rfc3339Value(t: GoTime, earlier: Value): Value {
  const formatted = formatRFC3339(t);
  if (earlier.isKnown && !earlier.isNull) {
    const e = parseRFC3339(earlier.asString());
    if (!("error" in e) && formatRFC3339(e) === formatted) return earlier;
  }
  return Value.string(formatted);
}

/** The time in a timetypes.RFC3339 value (ValueRFC3339Time), or its error. */
export function rfc3339Time(v: Value): GoTime | ProviderDiagnostic {
  const summary = "RFC3339 ValueRFC3339Time Error";
  if (v.isNull) return providerError(summary, "RFC3339 string value is null");
  if (!v.isKnown) return providerError(summary, "RFC3339 string value is unknown");
  const t = parseRFC3339(v.asString());
  return "error" in t ? providerError(summary, t.error) : t;
}

/** int64validator.AtLeast(min). */
export function int64AtLeast(min: number): AttributeCheck {
  return (config, name) => {
    const v = attr(config, name);
    if (v.isNull || !v.isKnown || v.asNumber().toNumber() >= min) return [];
    return [providerError("Invalid Attribute Value", `Attribute ${name} value must be at least ${min}, got: ${v.asNumber().toString()}`, name)];
  };
}

/** stringvalidator.RegexMatches(re, message). */
export function regexMatches(re: RegExp, message: string): AttributeCheck {
  return (config, name) => {
    const v = attr(config, name);
    if (v.isNull || !v.isKnown || re.test(v.asString())) return [];
    return [providerError("Invalid Attribute Value Match", `Attribute ${name} ${message}, got: ${v.asString()}`, name)];
  };
}

/** An int64 attribute's value (ValueInt64(): 0 when null or unknown). */
export function int64Of(v: Value, name: string): number {
  const a = attr(v, name);
  return a.isKnown && !a.isNull ? Math.trunc(a.asNumber().toNumber()) : 0;
}

/** True when two int64 (or string) attribute values are the same framework value (null, unknown or equal). */
export function sameValue(a: Value, b: Value): boolean {
  if (a.isNull || b.isNull) return a.isNull && b.isNull;
  if (!a.isKnown || !b.isKnown) return !a.isKnown && !b.isKnown;
  if (a.type.kind === "number" && b.type.kind === "number") return a.asNumber().equals(b.asNumber());
  return a.type.kind === "string" && b.type.kind === "string" && a.asString() === b.asString();
}

/** An empty triggers map, as imports store. */
export const EMPTY_TRIGGERS = Value.map(new Map(), StringType);
