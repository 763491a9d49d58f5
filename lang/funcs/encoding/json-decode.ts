import { DynamicPseudoType, NumberType, StringType, BoolType, type Type } from "../../types/type.js";
import { BigNum } from "../../values/number.js";
import { Value } from "../../values/value.js";
import { FuncError, type FunctionSpec } from "../function.js";
import { GoJsonDecoder } from "./go-json-decoder.js";
import { JsonSyntaxError, type JsonToken } from "./go-json-scalar.js";
import { goQuoteRune } from "./go-quote-rune.js";

// jsondecode: JSON to a value as cty's json.ImpliedType and json.Unmarshal give it — objects become
// object types, arrays tuple types, null a null of unknown type, and numbers are parsed exactly.

/** Parses a JSON document into a value, or returns Go's error text. */
export function decodeJson(text: string): Value | FuncError {
  const dec = new GoJsonDecoder(new TextEncoder().encode(text));
  const v = readValue(dec);
  if (v instanceof JsonSyntaxError) return new FuncError(v.message);
  if (dec.more()) return new FuncError("extraneous data after JSON object");
  return v;
}

function readValue(dec: GoJsonDecoder): Value | JsonSyntaxError {
  const tok = dec.token();
  if (tok instanceof JsonSyntaxError) return tok;
  return valueForToken(dec, tok);
}

function valueForToken(dec: GoJsonDecoder, tok: JsonToken): Value | JsonSyntaxError {
  switch (tok.kind) {
    case "string":
      return Value.string(tok.value);
    case "bool":
      return Value.bool(tok.value);
    case "null":
      return Value.null(DynamicPseudoType);
    case "number":
      return numberValue(tok.text);
    case "delim":
      return tok.ch === "{" ? readObject(dec) : readArray(dec);
  }
}

function numberValue(text: string): Value | JsonSyntaxError {
  const n = BigNum.parse(text);
  if (!(n instanceof BigNum)) return new JsonSyntaxError(`failed to parse number: ${text}`);
  return Value.number(n);
}

function readObject(dec: GoJsonDecoder): Value | JsonSyntaxError {
  const attrs = new Map<string, Value>();
  for (;;) {
    const key = dec.token();
    if (key instanceof JsonSyntaxError) return key;
    if (key.kind === "delim") return Value.object(attrs);
    if (key.kind !== "string") throw new Error("JSON decoder returned a non-string object key");
    const v = readValue(dec);
    if (v instanceof JsonSyntaxError) return v;
    attrs.delete(key.value);
    attrs.set(key.value, v);
  }
}

function readArray(dec: GoJsonDecoder): Value | JsonSyntaxError {
  const elems: Value[] = [];
  for (;;) {
    const tok = dec.token();
    if (tok instanceof JsonSyntaxError) return tok;
    if (tok.kind === "delim" && tok.ch === "]") return Value.tuple(elems);
    const v = valueForToken(dec, tok);
    if (v instanceof JsonSyntaxError) return v;
    elems.push(v);
  }
}

/**
 * The result type jsondecode can promise for a string that is not known yet: from a known prefix the
 * first character decides string, bool or number, and rules out anything that cannot start JSON.
 */
function typeFromPrefix(prefix: string | undefined): Type | FuncError {
  const first = [...(prefix ?? "").trim()][0];
  if (first === undefined || "{[n".includes(first)) return DynamicPseudoType;
  if (first === '"') return StringType;
  if (first === "t" || first === "f") return BoolType;
  if ("-0123456789.".includes(first)) return NumberType;
  return new FuncError(`a JSON document cannot begin with the character ${goQuoteRune(first)}`, 0);
}

/** jsondecode(str): the value the JSON text describes. */
export const jsondecodeSpec: FunctionSpec = {
  description:
    "`jsondecode` interprets a given string as JSON, returning a representation of the result of decoding that string.",
  params: [{ name: "str", type: StringType }],
  returnType: ([str]) => {
    if (!str!.isKnown) return typeFromPrefix(str!.refinement.stringPrefix);
    const v = decodeJson(str!.asString());
    return v instanceof FuncError ? v : v.type;
  },
  impl: ([str]) => decodeJson(str!.asString()),
};
