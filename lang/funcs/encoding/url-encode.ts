import { StringType } from "../../types/type.js";
import { Value } from "../../values/value.js";
import { staticReturnType, type FunctionSpec } from "../function.js";

// urlencode: Go's url.QueryEscape — unreserved characters kept, space as "+", every other UTF-8 byte
// as %XX with upper-case hex digits.

const UNRESERVED = /^[A-Za-z0-9\-_.~]$/;

/** Go's url.QueryEscape of a string. */
export function queryEscape(s: string): string {
  let out = "";
  for (const byte of new TextEncoder().encode(s)) {
    const ch = String.fromCharCode(byte);
    if (byte < 0x80 && UNRESERVED.test(ch)) out += ch;
    else if (ch === " ") out += "+";
    else out += "%" + byte.toString(16).toUpperCase().padStart(2, "0");
  }
  return out;
}

/** urlencode(str): str escaped for use in a URL query string. */
export const urlencodeSpec: FunctionSpec = {
  description: "`urlencode` applies URL encoding to a given string.",
  params: [{ name: "str", type: StringType }],
  returnType: staticReturnType(StringType),
  impl: ([str]) => Value.string(queryEscape(str!.asString())),
};
