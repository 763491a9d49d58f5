import { goQuote } from "../../lang/text/go-quote.js";
import { compareCodePoints } from "../../lang/text/code-point-order.js";
import type { GoJsonNode } from "./go-json-parse.js";

// Go's fmt verbs applied to what encoding/json decodes into an interface{} (bool, float64, string,
// []interface{}, map[string]interface{}, nil), for messages that print such a value with %#v, such as
// Terraform's "invalid instance key" diagnostic.

/** `%#v` of a decoded JSON value: `true`, `1.5`, `"a"`, `[]interface {}{1}`, `map[string]interface {}{"a":1}`. */
export function goSharpV(n: GoJsonNode): string {
  switch (n.kind) {
    case "null":
      return "interface {}(nil)";
    case "bool":
      return String(n.value);
    case "number":
      return goFloatV(Number(n.text));
    case "string":
      return goQuote(n.value);
    case "array":
      return `[]interface {}{${n.items.map(goSharpV).join(", ")}}`;
    case "object": {
      const last = new Map<string, GoJsonNode>();
      for (const m of n.members) last.set(m.key, m.value);
      const keys = [...last.keys()].sort(compareCodePoints);
      return `map[string]interface {}{${keys.map((k) => `${goQuote(k)}:${goSharpV(last.get(k)!)}`).join(", ")}}`;
    }
  }
}

/** `%v` of a float64 (strconv's shortest %g): exponent form when the exponent is below -4 or at least 6. */
export function goFloatV(f: number): string {
  if (f === 0) return Object.is(f, -0) ? "-0" : "0";
  if (!Number.isFinite(f)) return f > 0 ? "+Inf" : Number.isNaN(f) ? "NaN" : "-Inf";
  const [mantissa, expText] = f.toExponential().split("e") as [string, string];
  const exp = Number(expText);
  if (exp < -4 || exp >= 6) return `${mantissa}e${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  return String(f);
}
