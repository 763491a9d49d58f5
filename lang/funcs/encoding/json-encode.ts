import { DynamicPseudoType, StringType, compareStrings } from "../../types/type.js";
import { BigNum } from "../../values/number.js";
import { Value, type Refinement } from "../../values/value.js";
import { type FunctionSpec, staticReturnType } from "../function.js";

// jsonencode: cty's JSON serialisation — object attributes and map keys sorted, strings escaped as
// Go's encoding/json does (including <, > and & as \u003c, \u003e, \u0026), numbers in full.

const ESCAPES: Record<string, string> = {
  '"': '\\"',
  "\\": "\\\\",
  "\n": "\\n",
  "\r": "\\r",
  "\t": "\\t",
  "\b": "\\b",
  "\f": "\\f",
  "<": "\\u003c",
  ">": "\\u003e",
  "&": "\\u0026",
  "\u2028": "\\u2028",
  "\u2029": "\\u2029",
};

/** A string as Go's json.Marshal writes it (HTML-safe escaping, U+2028/9 escaped). */
export function goJsonString(s: string): string {
  let out = '"';
  for (const ch of s) {
    const esc = ESCAPES[ch];
    if (esc) out += esc;
    else if (ch < " ") out += "\\u" + ch.charCodeAt(0).toString(16).padStart(4, "0");
    else if (ch.length === 1 && ch >= "\ud800" && ch <= "\udfff") out += "\\ufffd";
    else out += ch;
  }
  return out + '"';
}

/** The JSON text of a wholly known, unmarked value, as cty's json.Marshal produces it. */
export function marshalJson(v: Value): string {
  if (v.isNull) return "null";
  const raw = v.raw;
  switch (v.type.kind) {
    case "string":
      return goJsonString(raw as string);
    case "number":
      return (raw as BigNum).toString();
    case "bool":
      return raw ? "true" : "false";
    case "list":
    case "set":
    case "tuple":
      return "[" + v.elements().map(marshalJson).join(",") + "]";
    case "map":
    case "object":
      return "{" + sortedEntries(v).map(([k, e]) => goJsonString(k) + ":" + marshalJson(e)).join(",") + "}";
    case "dynamic":
      throw new Error("marshalJson of a known value of dynamic type");
  }
}

function sortedEntries(v: Value): [string, Value][] {
  return [...v.entries()].sort(([a], [b]) => compareStrings(a, b));
}

/** What an unknown jsonencode result is known to start with, from what is known of the argument. */
function unknownResult(arg: Value): Value {
  const couldBeNull = !arg.isKnown && !arg.refinement.notNull;
  if (couldBeNull) return Value.unknown(StringType);
  const refinement: Refinement = { notNull: true };
  const prefix = jsonPrefix(arg);
  return Value.unknown(StringType, prefix ? { ...refinement, stringPrefix: prefix } : refinement);
}

function jsonPrefix(arg: Value): string | undefined {
  switch (arg.type.kind) {
    case "string":
      return '"';
    case "object":
    case "map":
      return "{";
    case "tuple":
    case "list":
    case "set":
      return "[";
    default:
      return undefined;
  }
}

/** jsonencode(val): the JSON text of any value; unknown while anything inside is unknown. */
export const jsonencodeSpec: FunctionSpec = {
  description: "`jsonencode` encodes a given value to a string using JSON syntax.",
  params: [{ name: "val", type: DynamicPseudoType, allowUnknown: true, allowDynamicType: true, allowNull: true }],
  returnType: staticReturnType(StringType),
  impl: ([val]) => (val!.isWhollyKnown ? Value.string(marshalJson(val!)) : unknownResult(val!)),
};
