import { goQuote } from "../../../text/go-quote.js";
import { DynamicPseudoType } from "../../../types/type.js";
import { BigNum } from "../../../values/number.js";
import { Value } from "../../../values/value.js";
import { Base64Error, decodeBase64, STD_ENCODING } from "../../../text/go-base64.js";
import { parseYamlTimestamp } from "./timestamp.js";
import type { ScalarStyle } from "./tokens.js";

// Deciding what a YAML scalar is, as go-cty-yaml's resolveScalar does: YAML 1.1 booleans (yes/no/
// on/off...), null spellings, YAML 1.2 numbers, timestamps as RFC 3339 strings, explicit tags.

const PREFIX = "tag:yaml.org,2002:";
/** The standard tags by short name. */
export const TAGS = {
  str: PREFIX + "str",
  bool: PREFIX + "bool",
  int: PREFIX + "int",
  float: PREFIX + "float",
  null: PREFIX + "null",
  timestamp: PREFIX + "timestamp",
  binary: PREFIX + "binary",
  map: PREFIX + "map",
  seq: PREFIX + "seq",
  merge: PREFIX + "merge",
} as const;

const RESOLVABLE = new Set<string>(["", TAGS.str, TAGS.bool, TAGS.int, TAGS.float, TAGS.null, TAGS.timestamp, TAGS.binary]);
const INTEGER = /^[-+]?(0o[0-7]+|[0-9]+|0x[0-9a-fA-F]+)$/;
const FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;

const WORDS = new Map<string, { value: Value; tag: string }>();
function words(list: string, value: Value, tag: string): void {
  for (const w of list.split(" ")) WORDS.set(w, { value, tag });
}
words("y Y yes Yes YES true True TRUE on On ON", Value.bool(true), TAGS.bool);
words("n N no No NO false False FALSE off Off OFF", Value.bool(false), TAGS.bool);
words("~ null Null NULL", Value.null(DynamicPseudoType), TAGS.null);
WORDS.set("", { value: Value.null(DynamicPseudoType), tag: TAGS.null });
words(".inf .Inf .INF +.inf +.Inf +.INF", Value.number(BigNum.POS_INF), TAGS.float);
words("-.inf -.Inf -.INF", Value.number(BigNum.NEG_INF), TAGS.float);

function hintOf(src: string): "N" | "S" | "D" | "M" | "." | "" {
  if (src === "") return "N";
  const c = src[0]!;
  if (c === "+" || c === "-") return "S";
  if (c >= "0" && c <= "9") return "D";
  if ("yYnNtTfFoO~".includes(c)) return "M";
  return c === "." ? "." : "";
}

/** A scalar's value, or the error text go-cty-yaml gives for it. */
export function resolveScalar(tagIn: string, src: string, style: ScalarStyle): Value | { readonly error: string } {
  if (!RESOLVABLE.has(tagIn)) return { error: `unsupported tag ${goQuote(tagIn)}` };
  let tag = tagIn;
  const hint = hintOf(src);
  if (hint !== "" && tag !== TAGS.str && tag !== TAGS.binary) {
    if (style === "single" || style === "double") return Value.string(src);
    const word = WORDS.get(src);
    if (word) return word.value;
    if (tag === "" && [".nan", ".NaN", ".NAN"].includes(src)) return { error: "floating point NaN is not supported" };
    const implied = impliedByHint(hint, tag, src);
    if (implied instanceof Value) return implied;
    tag = implied;
  }
  return resolveTagged(tag, src);
}

/** What the first character suggests: a value found directly, or the tag to resolve with. */
function impliedByHint(hint: string, tag: string, src: string): Value | string {
  if (hint === ".") {
    const n = BigNum.parse(src);
    if (n) return Value.number(n);
  }
  if (hint !== "D" && hint !== "S") return tag;
  if (tag === "" || tag === TAGS.timestamp) {
    const t = parseYamlTimestamp(src);
    if (t !== undefined) return Value.string(t);
  }
  if (INTEGER.test(src)) return TAGS.int;
  if (FLOAT.test(src)) return TAGS.float;
  return tag;
}

function resolveTagged(tag: string, src: string): Value | { readonly error: string } {
  const cannot = { error: `cannot parse ${goQuote(src)} as ${tag}` };
  switch (tag) {
    case TAGS.binary:
      return decodeBase64(src, STD_ENCODING) instanceof Base64Error ? { error: `cannot parse ${goQuote(src)} as ${tag}: not valid base64` } : Value.string(src);
    case TAGS.str:
    case "":
      return Value.string(src);
    case TAGS.bool: {
      const w = WORDS.get(src);
      return w && w.tag === TAGS.bool ? w.value : cannot;
    }
    case TAGS.int:
    case TAGS.float:
      return parseYamlNumber(src) ?? cannot;
    case TAGS.timestamp: {
      const t = parseYamlTimestamp(src);
      return t === undefined ? cannot : Value.string(t);
    }
    case TAGS.null:
      return Value.null(DynamicPseudoType);
    default:
      return { error: `unsupported tag ${goQuote(tag)}` };
  }
}

const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

/** A number as go-cty-yaml reads an int or float: decimal first, then Go's ParseInt/ParseUint with base prefixes. */
function parseYamlNumber(src: string): Value | undefined {
  const plain = src.replaceAll("_", "");
  const n = BigNum.parse(plain);
  if (n) return Value.number(n);
  const m = /^([-+]?)(0x[0-9a-fA-F]+|0o[0-7]+|0b[01]+|0[0-7]*|[1-9][0-9]*)$/.exec(plain);
  if (!m) return undefined;
  const digits = m[2]!;
  const magnitude = /^0[0-7]+$/.test(digits) ? BigInt("0o" + digits.slice(1)) : BigInt(digits);
  const value = m[1] === "-" ? -magnitude : magnitude;
  const limit = m[1] === "-" ? INT64_MAX + 1n : m[1] === "" ? UINT64_MAX : INT64_MAX;
  return magnitude <= limit ? Value.number(BigNum.fromBigInt(value)) : undefined;
}
