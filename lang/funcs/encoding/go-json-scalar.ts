import { goQuote } from "../../text/go-quote.js";

// Reading one scalar JSON value (string, number, true, false, null) the way Go's encoding/json
// scanner does, with its error messages; used by the token reader in go-json-decoder.ts.

/** One token: a delimiter, or a complete scalar value. */
export type JsonToken =
  | { readonly kind: "delim"; readonly ch: "[" | "]" | "{" | "}" }
  | { readonly kind: "string"; readonly value: string }
  | { readonly kind: "number"; readonly text: string }
  | { readonly kind: "bool"; readonly value: boolean }
  | { readonly kind: "null" };

/** A JSON syntax error, worded as Go's. */
export class JsonSyntaxError {
  constructor(readonly message: string) {}
}

/** Go's quoteChar: a byte shown in single quotes for a syntax error message. */
export function quoteChar(c: number): string {
  if (c === 0x27) return "'\\''";
  if (c === 0x22) return "'\"'";
  return "'" + goQuote(String.fromCharCode(c)).slice(1, -1) + "'";
}

const UNEXPECTED_EOF = "unexpected EOF";
const LITERALS: Record<number, { word: string; token: JsonToken }> = {
  0x74: { word: "true", token: { kind: "bool", value: true } },
  0x66: { word: "false", token: { kind: "bool", value: false } },
  0x6e: { word: "null", token: { kind: "null" } },
};

/** The scalar starting at `start`, and the offset just past it. */
export function readScalar(buf: Uint8Array, start: number): { token: JsonToken; end: number } | JsonSyntaxError {
  const c = buf[start]!;
  if (c === 0x22) return readString(buf, start);
  if (c === 0x2d || isDigit(c)) return readNumber(buf, start);
  const lit = LITERALS[c];
  if (lit) return readLiteral(buf, start, lit.word, lit.token);
  return syntax(c, "looking for beginning of value");
}

function syntax(c: number, context: string): JsonSyntaxError {
  return new JsonSyntaxError(`invalid character ${quoteChar(c)} ${context}`);
}

function isDigit(c: number | undefined): c is number {
  return c !== undefined && c >= 0x30 && c <= 0x39;
}

function readLiteral(buf: Uint8Array, start: number, word: string, token: JsonToken): { token: JsonToken; end: number } | JsonSyntaxError {
  for (let i = 1; i < word.length; i++) {
    const c = buf[start + i];
    if (c === undefined) return new JsonSyntaxError(UNEXPECTED_EOF);
    if (c !== word.charCodeAt(i)) return syntax(c, `in literal ${word} (expecting ${quoteChar(word.charCodeAt(i))})`);
  }
  return { token, end: start + word.length };
}

type NumState = "neg" | "zero" | "int" | "dot" | "frac" | "exp" | "expSign" | "expDigits";
const NUM_END_OK: ReadonlySet<NumState> = new Set(["zero", "int", "frac", "expDigits"]);

function readNumber(buf: Uint8Array, start: number): { token: JsonToken; end: number } | JsonSyntaxError {
  let i = start;
  let state: NumState = buf[i] === 0x2d ? "neg" : buf[i] === 0x30 ? "zero" : "int";
  for (i++; ; i++) {
    const c = buf[i];
    const next = numStep(state, c);
    if (next instanceof JsonSyntaxError) return next;
    if (next === undefined) {
      if (c === undefined && !NUM_END_OK.has(state)) return new JsonSyntaxError(UNEXPECTED_EOF);
      return { token: { kind: "number", text: ascii(buf, start, i) }, end: i };
    }
    state = next;
  }
}

/** The state after c, undefined when the number ended before c, or an error. */
function numStep(state: NumState, c: number | undefined): NumState | undefined | JsonSyntaxError {
  const digit = isDigit(c);
  switch (state) {
    case "neg":
      if (c === 0x30) return "zero";
      if (digit) return "int";
      return c === undefined ? undefined : syntax(c, "in numeric literal");
    case "int":
      if (digit) return "int";
      return afterInt(c);
    case "zero":
      return afterInt(c);
    case "dot":
      if (digit) return "frac";
      return c === undefined ? undefined : syntax(c, "after decimal point in numeric literal");
    case "frac":
      if (digit) return "frac";
      return c === 0x65 || c === 0x45 ? "exp" : undefined;
    case "exp":
      if (c === 0x2b || c === 0x2d) return "expSign";
      return expDigit(c);
    case "expSign":
      return expDigit(c);
    case "expDigits":
      return digit ? "expDigits" : undefined;
  }
}

function afterInt(c: number | undefined): NumState | undefined {
  if (c === 0x2e) return "dot";
  if (c === 0x65 || c === 0x45) return "exp";
  return undefined;
}

function expDigit(c: number | undefined): NumState | undefined | JsonSyntaxError {
  if (isDigit(c)) return "expDigits";
  return c === undefined ? undefined : syntax(c, "in exponent of numeric literal");
}

function ascii(buf: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...buf.subarray(from, to));
}

const SIMPLE_ESCAPES: Record<number, string> = { 0x22: '"', 0x5c: "\\", 0x2f: "/", 0x62: "\b", 0x66: "\f", 0x6e: "\n", 0x72: "\r", 0x74: "\t" };

function readString(buf: Uint8Array, start: number): { token: JsonToken; end: number } | JsonSyntaxError {
  let i = start + 1;
  for (;;) {
    const c = buf[i];
    if (c === undefined) return new JsonSyntaxError(UNEXPECTED_EOF);
    if (c === 0x22) break;
    if (c < 0x20) return syntax(c, "in string literal");
    if (c === 0x5c) {
      const err = checkEscape(buf, i + 1);
      if (err) return err;
      i += buf[i + 1] === 0x75 ? 6 : 2;
      continue;
    }
    i++;
  }
  return { token: { kind: "string", value: unquote(buf.subarray(start + 1, i)) }, end: i + 1 };
}

function checkEscape(buf: Uint8Array, at: number): JsonSyntaxError | undefined {
  const c = buf[at];
  if (c === undefined) return new JsonSyntaxError(UNEXPECTED_EOF);
  if (c in SIMPLE_ESCAPES) return undefined;
  if (c !== 0x75) return syntax(c, "in string escape code");
  for (let k = 1; k <= 4; k++) {
    const h = buf[at + k];
    if (h === undefined) return new JsonSyntaxError(UNEXPECTED_EOF);
    if (!isHex(h)) return syntax(h, "in \\u hexadecimal character escape");
  }
  return undefined;
}

function isHex(c: number): boolean {
  return isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

/** The text of a checked string body: escapes decoded, lone surrogates and bad UTF-8 as U+FFFD. */
function unquote(body: Uint8Array): string {
  let out = "";
  let run = 0;
  const flush = (to: number): void => {
    out += new TextDecoder().decode(body.subarray(run, to));
  };
  for (let i = 0; i < body.length; ) {
    if (body[i] !== 0x5c) {
      i++;
      continue;
    }
    flush(i);
    const e = body[i + 1]!;
    if (e !== 0x75) {
      out += SIMPLE_ESCAPES[e];
      i += 2;
    } else {
      const r = unicodeEscape(body, i);
      out += r.text;
      i = r.next;
    }
    run = i;
  }
  flush(body.length);
  return out;
}

function unicodeEscape(body: Uint8Array, at: number): { text: string; next: number } {
  const u = hex4(body, at + 2);
  if (u >= 0xd800 && u < 0xdc00 && body[at + 6] === 0x5c && body[at + 7] === 0x75) {
    const low = hex4(body, at + 8);
    if (low >= 0xdc00 && low < 0xe000) return { text: String.fromCharCode(u, low), next: at + 12 };
  }
  if (u >= 0xd800 && u < 0xe000) return { text: "\ufffd", next: at + 6 };
  return { text: String.fromCharCode(u), next: at + 6 };
}

function hex4(buf: Uint8Array, at: number): number {
  return parseInt(String.fromCharCode(...buf.subarray(at, at + 4)), 16);
}
