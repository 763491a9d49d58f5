import { compareStrings } from "../types/type.js";
import type { BigNum } from "./number.js";
import type { Value } from "./value.js";

// cty's json.Marshal, which jsonencode returns and format's %v prints for anything that is not a plain
// string or number: object attributes and map keys sorted, strings escaped as Go's encoding/json does
// (including <, > and & as \u003c, \u003e, \u0026), numbers in full, infinities refused.

/** Why a value cannot be written as JSON. */
export class JsonError {
  constructor(readonly message: string) {}
}

const ESCAPES: Readonly<Record<string, string>> = {
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

/** A string as Go's json.Marshal writes it (HTML-safe escapes, U+2028/U+2029 escaped). */
export function jsonString(s: string): string {
  let out = '"';
  for (const ch of s) {
    const esc = ESCAPES[ch];
    if (esc !== undefined) out += esc;
    else if (ch < " ") out += `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`;
    else if (ch.length === 1 && ch >= "\ud800" && ch <= "\udfff") out += "\\ufffd";
    else out += ch;
  }
  return out + '"';
}

/** The JSON text of a wholly known, unmarked value; infinities cannot be written. */
export function toJson(v: Value): string | JsonError {
  if (v.isNull) return "null";
  switch (v.type.kind) {
    case "string":
      return jsonString(v.asString());
    case "number":
      return numberJson(v.asNumber());
    case "bool":
      return v.asBool() ? "true" : "false";
    case "list":
    case "set":
    case "tuple":
      return joined(v.elements().map(toJson), "[", "]");
    case "map":
    case "object": {
      const entries = [...v.entries()].sort(([a], [b]) => compareStrings(a, b));
      return joined(
        entries.map(([k, e]) => {
          const j = toJson(e);
          return j instanceof JsonError ? j : `${jsonString(k)}:${j}`;
        }),
        "{",
        "}",
      );
    }
    case "dynamic":
      throw new Error("toJson of a known value of dynamic type");
  }
}

function numberJson(n: BigNum): string | JsonError {
  return n.isInf() ? new JsonError("cannot serialize infinity as JSON") : n.toString();
}

function joined(parts: readonly (string | JsonError)[], open: string, close: string): string | JsonError {
  const bad = parts.find((p) => p instanceof JsonError);
  return bad ?? open + parts.join(",") + close;
}
