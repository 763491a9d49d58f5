import { errorDiag, type Diagnostic } from "../source/diagnostics.js";
import { rangeBetween, type Pos, type Range } from "../source/range.js";
import { BigNum } from "../values/number.js";
import type { JsonNode, JsonProperty } from "./nodes.js";
import { scanJson, type JsonToken } from "./scanner.js";
import { decodeJsonString } from "./string-decode.js";

// A recursive-descent parser for the JSON profile HCL uses, with hcl's diagnostics and recovery: an
// object or array stops at its first error (after skipping ahead to what seems to be its end), and
// the value it was becomes an invalid node at its first token, so that the enclosing object or array
// carries on from there, as hcl's parseValue does. Decoding later reports what it finds at such a node.

/** Parses one JSON value; `trailing` errors when anything follows it. */
export function parseJsonValue(src: string, filename: string, start: Pos): { node: JsonNode; diagnostics: Diagnostic[] } {
  const p = new Peeker(scanJson(src, filename, start));
  const diagnostics: Diagnostic[] = [];
  const node = parseValue(p, diagnostics);
  if (diagnostics.length === 0 && p.peek().kind !== "eof") {
    diagnostics.push(errorDiag("Extraneous data after value", "Extra characters appear after the JSON value.", p.peek().range));
  }
  return { node, diagnostics };
}

class Peeker {
  private i = 0;
  constructor(private readonly tokens: readonly JsonToken[]) {}
  peek(): JsonToken {
    return this.tokens[this.i]!;
  }
  read(): JsonToken {
    const t = this.tokens[this.i]!;
    if (this.i < this.tokens.length - 1) this.i++;
    return t;
  }
}

const VALUE_START = "A JSON value must start with a brace, a bracket, a number, a string, or a keyword.";

function parseValue(p: Peeker, diags: Diagnostic[]): JsonNode {
  const tok = p.peek();
  const invalid = (summary: string, detail: string): JsonNode => {
    diags.push(errorDiag(summary, detail, tok.range));
    return { kind: "invalid", range: tok.range };
  };
  switch (tok.kind) {
    case "{":
      return parseObject(p, diags) ?? { kind: "invalid", range: tok.range };
    case "[":
      return parseArray(p, diags) ?? { kind: "invalid", range: tok.range };
    case "number":
      return parseNumber(p.read(), diags);
    case "string":
      return parseString(p.read(), diags);
    case "keyword":
      return parseKeyword(p.read(), diags);
    case "}":
      return invalid("Missing JSON value", VALUE_START);
    case "]":
      return invalid("Missing array element value", VALUE_START);
    case "eof":
      return invalid("Missing value", "The JSON data ends prematurely.");
    default:
      return invalid("Invalid start of value", VALUE_START);
  }
}

function parseObject(p: Peeker, diags: Diagnostic[]): JsonNode | undefined {
  const open = p.read();
  const properties: JsonProperty[] = [];
  const fail = (summary: string, detail: string, subject: Range) => {
    diags.push(errorDiag(summary, detail, subject));
    return undefined;
  };
  while (p.peek().kind !== "}") {
    const key = parseValue(p, diags);
    if (key.kind !== "string") {
      const start = key.kind === "object" || key.kind === "array" ? key.openRange : key.range;
      return fail("Invalid object property name", "A JSON object property name must be a string", start);
    }
    const colon = p.read();
    if (colon.kind !== ":") {
      recover(p, colon, "{", "}");
      if (colon.kind === "}" || colon.kind === ",") {
        return fail("Missing object value", "A JSON object attribute must have a value, introduced by a colon.", colon.range);
      }
      if (colon.kind === "=") {
        return fail("Missing property value colon", "JSON uses a colon as its name/value delimiter, not an equals sign.", colon.range);
      }
      return fail("Missing property value colon", "A colon must appear between an object property's name and its value.", colon.range);
    }
    const value = parseValue(p, diags);
    properties.push({ name: key.value, nameRange: key.range, value });
    const next = p.peek();
    if (next.kind === ",") {
      const comma = p.read();
      if (p.peek().kind === "}") {
        return fail("Trailing comma in object", "JSON does not permit a trailing comma after the final property in an object.", comma.range);
      }
      continue;
    }
    if (next.kind === "}") break;
    if (next.kind === "eof") return fail("Unclosed object", "No closing brace was found for this JSON object.", open.range);
    if (next.kind === "]") {
      p.read();
      return fail("Mismatched braces", "A JSON object must be closed with a brace, not a bracket.", p.peek().range);
    }
    recover(p, p.read(), "{", "}");
    return fail("Missing attribute seperator comma", "A comma must appear between each property definition in an object.", p.peek().range);
  }
  const close = p.read();
  return { kind: "object", properties, range: rangeBetween(open.range, close.range), openRange: open.range, closeRange: close.range };
}

function parseArray(p: Peeker, diags: Diagnostic[]): JsonNode | undefined {
  const open = p.read();
  const values: JsonNode[] = [];
  const fail = (summary: string, detail: string, subject: Range) => {
    diags.push(errorDiag(summary, detail, subject));
    return undefined;
  };
  while (p.peek().kind !== "]") {
    const value = parseValue(p, diags);
    values.push(value);
    const next = p.peek();
    if (next.kind === ",") {
      const comma = p.read();
      if (p.peek().kind === "]") {
        return fail("Trailing comma in array", "JSON does not permit a trailing comma after the final value in an array.", comma.range);
      }
      continue;
    }
    if (next.kind === "]") break;
    if (next.kind === ":") {
      recover(p, p.read(), "[", "]");
      return fail("Invalid array value", "A colon is not used to introduce values in a JSON array.", p.peek().range);
    }
    if (next.kind === "eof") {
      return fail("Unclosed object", "No closing bracket was found for this JSON array.", open.range);
    }
    if (next.kind === "}") {
      recover(p, p.read(), "[", "]");
      return fail("Mismatched brackets", "A JSON array must be closed with a bracket, not a brace.", p.peek().range);
    }
    recover(p, p.read(), "[", "]");
    return fail("Missing attribute seperator comma", "A comma must appear between each value in an array.", p.peek().range);
  }
  const close = p.read();
  return { kind: "array", values, range: rangeBetween(open.range, close.range), openRange: open.range };
}

/** Skips ahead to what seems to be the end of the current object or array. */
function recover(p: Peeker, tok: JsonToken, openKind: string, closeKind: string): void {
  let depth = 1;
  for (;;) {
    if (tok.kind === openKind) depth++;
    else if (tok.kind === closeKind) {
      depth--;
      if (depth <= 1) return;
    } else if (tok.kind === "eof") return;
    tok = p.read();
  }
}

const JSON_NUMBER = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$/;

function parseNumber(tok: JsonToken, diags: Diagnostic[]): JsonNode {
  const value = JSON_NUMBER.test(tok.text) ? BigNum.parse(tok.text) : undefined;
  if (value === undefined) {
    diags.push(errorDiag("Invalid JSON number", "There is a syntax error in the given JSON number.", tok.range));
    return { kind: "invalid", range: tok.range };
  }
  return { kind: "number", value, range: tok.range };
}

function parseString(tok: JsonToken, diags: Diagnostic[]): JsonNode {
  const decoded = decodeJsonString(tok.text);
  if (typeof decoded === "string") return { kind: "string", value: decoded, range: tok.range };
  // As hcl does, the byte offset is added to the column too.
  const at: Pos = { line: tok.range.start.line, column: tok.range.start.column + decoded.byteOffset, byte: tok.range.start.byte + decoded.byteOffset };
  const subject: Range = { filename: tok.range.filename, start: at, end: { ...at, column: at.column + 1, byte: at.byte + 1 } };
  diags.push(errorDiag("Invalid JSON string", "There is a syntax error in the given JSON string.", subject, tok.range));
  return { kind: "invalid", range: tok.range };
}

function parseKeyword(tok: JsonToken, diags: Diagnostic[]): JsonNode {
  switch (tok.text) {
    case "true":
    case "false":
      return { kind: "bool", value: tok.text === "true", range: tok.range };
    case "null":
      return { kind: "null", range: tok.range };
    case "undefined":
    case "NaN":
    case "Infinity":
      diags.push(errorDiag("Invalid JSON keyword", `The JavaScript identifier "${tok.text}" cannot be used in JSON.`, tok.range));
      return { kind: "invalid", range: tok.range };
    default: {
      const suggestion = ["true", "false", "null"].find((k) => k === tok.text.toLowerCase());
      const dym = suggestion ? ` Did you mean "${suggestion}"?` : "";
      diags.push(errorDiag("Invalid JSON keyword", `"${tok.text}" is not a valid JSON keyword.${dym}`, tok.range));
      return { kind: "invalid", range: tok.range };
    }
  }
}
