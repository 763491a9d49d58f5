import type { Expression } from "../../lang/hcl/expression.js";
import { errorDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import { ConversionError, convert, formatConversionError } from "../../lang/types/convert.js";
import { listOf, mapOf, StringType, type Type } from "../../lang/types/type.js";
import type { Value } from "../../lang/values/value.js";

// Small decoding helpers for CLI configuration files: constant lists and maps of strings read from
// expressions evaluated without variables, and Terraform's sourceless diagnostics.

/** A diagnostic with no source range, as Terraform reports CLI configuration problems. */
export function sourceless(summary: string, detail: string, severity: Diagnostic["severity"] = "error"): Diagnostic {
  return { severity, summary, detail };
}

/** A list of strings (`include = ["a/b"]`); an unsuitable value is reported and gives []. */
export function stringList(expr: Expression, report: (d: Diagnostic) => void): string[] {
  const v = constant(expr, listOf(StringType), report);
  return v ? v.elements().map((e) => e.asString()) : [];
}

/** A map of strings (`services = { "providers.v1" = "..." }`); an unsuitable value gives {}. */
export function stringMap(expr: Expression, report: (d: Diagnostic) => void): Record<string, string> {
  const v = constant(expr, mapOf(StringType), report);
  return v ? Object.fromEntries([...v.entries()].map(([k, e]) => [k, e.asString()])) : {};
}

function constant(expr: Expression, want: Type, report: (d: Diagnostic) => void): Value | undefined {
  const r = expr.value(null);
  r.diagnostics.forEach(report);
  const converted = convert(r.value.unmark(), want);
  const bad = (why: string) => report(errorDiag("Unsuitable value type", `Unsuitable value: ${why}`, expr.startRange, expr.range));
  if (converted instanceof ConversionError) return void bad(formatConversionError(converted));
  if (!converted.isWhollyKnown) return void bad("value must be known");
  if (converted.isNull) return void bad("null value is not allowed");
  const items = Array.isArray(converted.raw) ? converted.elements() : [...converted.entries().values()];
  if (items.some((e) => e.isNull)) return void bad("null value is not allowed");
  return converted;
}
