// Terraform's console rendering of values (its repl FormatValue): HCL-like literals with `tolist(...)`,
// `toset(...)`, `tomap(...)` wrappers, heredocs for multi-line strings, typed nulls (`tostring(null)`),
// and `(known after apply)`, `(sensitive value)` and `(ephemeral value)` placeholders, in that order.
import type { Type } from "../../lang/types/type.js";
import { friendlyName } from "../../lang/types/type-string.js";
import { hasMark, Mark } from "../../lang/values/marks.js";
import { BigNum } from "../../lang/values/number.js";
import type { Value } from "../../lang/values/value.js";
import { goQuote } from "../../lang/text/go-quote.js";

/** Formats a value as `terrane console` prints it, starting at the given indentation. */
export function formatConsoleValue(v: Value, indent = 0): string {
  if (!v.isKnown) return "(known after apply)";
  if (v.isSensitive) return "(sensitive value)";
  if (hasMark(v.marks, Mark.Ephemeral)) return "(ephemeral value)";
  if (v.isNull) return formatNull(v.type);
  switch (v.type.kind) {
    case "string":
      return formatString(v.asString(), indent);
    case "number":
      return (v.raw as BigNum).toString();
    case "bool":
      return v.asBool() ? "true" : "false";
    case "list":
      return `tolist(${formatSequence(v, indent)})`;
    case "set":
      return `toset(${formatSequence(v, indent)})`;
    case "tuple":
      return formatSequence(v, indent);
    case "map":
      return `tomap(${formatMapping(v, indent)})`;
    case "object":
      return formatMapping(v, indent);
    default:
      return "(known after apply)";
  }
}

/** A typed null as Terraform writes it, so that its type shows. */
function formatNull(t: Type): string {
  switch (t.kind) {
    case "dynamic":
      return "null";
    case "string":
      return "tostring(null)";
    case "number":
      return "tonumber(null)";
    case "bool":
      return "tobool(null)";
    case "list":
      return `tolist(null) /* of ${friendlyName(t.element)} */`;
    case "set":
      return `toset(null) /* of ${friendlyName(t.element)} */`;
    case "map":
      return `tomap(null) /* of ${friendlyName(t.element)} */`;
    default:
      return `null /* ${friendlyName(t)} */`;
  }
}

function formatString(s: string, indent: number): string {
  if (!s.includes("\n")) return goQuote(s);
  const pad = " ".repeat(indent);
  const lines = s.split("\n").map((l) => `${pad}${l}\n`);
  return `${indent > 0 ? "<<-EOT" : "<<EOT"}\n${lines.join("")}${pad}EOT`;
}

function formatSequence(v: Value, indent: number): string {
  const els = v.elements();
  if (els.length === 0) return "[]";
  const pad = " ".repeat(indent + 2);
  const lines = els.map((e) => `${pad}${formatConsoleValue(e, indent + 2)},\n`);
  return `[\n${lines.join("")}${" ".repeat(indent)}]`;
}

function formatMapping(v: Value, indent: number): string {
  const entries = [...v.entries()];
  if (entries.length === 0) return "{}";
  const pad = " ".repeat(indent + 2);
  const lines = entries.map(([k, e]) => `${pad}${formatString(k, indent + 2)} = ${formatConsoleValue(e, indent + 2)}\n`);
  return `{\n${lines.join("")}${" ".repeat(indent)}}`;
}
