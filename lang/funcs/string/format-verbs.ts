import { ConversionError, convert } from "../../types/convert.js";
import { goQuote } from "../../text/go-quote.js";
import { BoolType, NumberType, StringType, type Type } from "../../types/type.js";
import type { Value } from "../../values/value.js";
import { FuncError } from "../function.js";
import { formatFloat, formatInteger } from "./format-number.js";
import { goQuoteRune, type Verb } from "./format-scan.js";
import { JsonError, jsonString, toJson } from "../../values/json-marshal.js";
import { graphemeCount, graphemes } from "./graphemes.js";

// One verb of format applied to its argument, with cty's conversions and messages:
// %v %#v (as-is / JSON), %t (bool), %b %d %o %x %X (integers), %e %E %f %g %G (floats), %s %q.

/** The text for one verb given all the arguments, or cty's error for it. */
export function formatVerb(v: Verb, args: readonly Value[]): string | FuncError {
  if (v.argNum > args.length) {
    return new FuncError(
      `not enough arguments for ${goQuote(v.raw)} at ${v.offset}: need index ${v.argNum} but have ${args.length} total`,
    );
  }
  const arg = args[v.argNum - 1]!;
  if (v.mode !== "v" && arg.isNull) return unsupported(v, "null value cannot be formatted");
  switch (v.mode) {
    case "v":
      return formatAsIs(v, arg);
    case "t":
      return withConversion(v, arg, BoolType, (b) => (b.asBool() ? "true" : "false"));
    case "b":
    case "d":
    case "o":
    case "x":
    case "X":
      return withConversion(v, arg, NumberType, (n) => integerText(v, n));
    case "e":
    case "E":
    case "f":
    case "g":
    case "G":
      return withConversion(v, arg, NumberType, (n) => formatFloat(n.asNumber(), v));
    case "s":
    case "q":
      return withConversion(v, arg, StringType, (s) => stringText(v, s.asString()));
    default:
      return new FuncError(`unsupported format verb ${goQuoteRune(v.mode)} in ${goQuote(v.raw)} at offset ${v.offset}`);
  }
}

function unsupported(v: Verb, why: string): FuncError {
  return new FuncError(`unsupported value for ${goQuote(v.raw)} at ${v.offset}: ${why}`);
}

/** Converts the argument as the verb needs, reporting a failed conversion as cty does. */
function withConversion(v: Verb, arg: Value, want: Type, f: (converted: Value) => string | FuncError): string | FuncError {
  const c = convert(arg, want);
  return c instanceof ConversionError ? unsupported(v, c.message) : f(c);
}

function integerText(v: Verb, n: Value): string | FuncError {
  const num = n.asNumber();
  if (!num.isInteger()) return unsupported(v, "an integer is required");
  return formatInteger(num.toBigInt()!, v);
}

/** %v: strings and numbers as themselves (numbers as %g), anything else (or with `#`) as JSON. */
function formatAsIs(v: Verb, arg: Value): string | FuncError {
  if (!v.sharp && !arg.isNull) {
    if (arg.type.kind === "string") return padWidth(v, arg.asString());
    if (arg.type.kind === "number") return padWidth(v, arg.asNumber().text("g", -1));
  }
  const json = toJson(arg);
  return json instanceof JsonError ? unsupported(v, json.message) : padWidth(v, json);
}

/** %s and %q: precision truncates to that many characters (grapheme clusters) before quoting. */
function stringText(v: Verb, s: string): string {
  if (v.prec > 0) s = graphemes(s).slice(0, v.prec).join("");
  return padWidth(v, v.mode === "q" ? jsonString(s) : s);
}

/** Pads to the verb's width counted in grapheme clusters: zeros with `0`, on the right with `-`. */
function padWidth(v: Verb, text: string): string {
  if (v.width < 0) return text;
  const missing = v.width - graphemeCount(text);
  if (missing <= 0) return text;
  const pad = (v.zero ? "0" : " ").repeat(missing);
  return v.minus ? text + pad : pad + text;
}
