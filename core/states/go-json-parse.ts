// A JSON reader that behaves as Go's encoding/json does on a whole document before decoding it: the
// same acceptance rules, and on failure the same byte offset in json.SyntaxError (the count of bytes
// read up to and including the offending one, or the input length at an unexpected end). Terraform
// puts that offset in its "could not be parsed as JSON" diagnostics. Every node keeps its span in the
// source text so that json.RawMessage fields can be kept byte for byte.

/** A parsed JSON value with its place in the source (string indexes, end exclusive). */
export type GoJsonNode =
  | { readonly kind: "null"; readonly start: number; readonly end: number }
  | { readonly kind: "bool"; readonly value: boolean; readonly start: number; readonly end: number }
  | { readonly kind: "number"; readonly text: string; readonly start: number; readonly end: number }
  | { readonly kind: "string"; readonly value: string; readonly start: number; readonly end: number }
  | { readonly kind: "array"; readonly items: readonly GoJsonNode[]; readonly start: number; readonly end: number }
  | { readonly kind: "object"; readonly members: readonly GoJsonMember[]; readonly start: number; readonly end: number };

/** One `"key": value` pair of an object, in document order (duplicates kept). */
export interface GoJsonMember {
  readonly key: string;
  readonly value: GoJsonNode;
}

/** Why a document is not JSON, with Go's byte offset. */
export interface GoJsonSyntaxError {
  readonly syntaxError: true;
  readonly offset: number;
}

/** Parses a whole document; anything but whitespace after the value is an error. */
export function parseGoJson(text: string): GoJsonNode | GoJsonSyntaxError {
  const p = new Parser(text);
  const v = p.value();
  if (v === undefined) return p.error();
  p.ws();
  if (p.pos < text.length) return p.failAt(p.pos);
  return v;
}

/** True when parsing failed. */
export function isGoJsonSyntaxError(r: GoJsonNode | GoJsonSyntaxError): r is GoJsonSyntaxError {
  return "syntaxError" in r;
}

/** The number of UTF-8 bytes in `s` (Go's len of the same text). */
export function utf8Length(s: string): number {
  return Buffer.byteLength(s, "utf8");
}

const WS = new Set([" ", "\t", "\n", "\r"]);
const ESCAPE = new Set(['"', "\\", "/", "b", "f", "n", "r", "t"]);
const HEX = /^[0-9a-fA-F]$/;

class Parser {
  pos = 0;
  #errAt: number | undefined;

  constructor(private readonly s: string) {}

  ws(): void {
    while (this.pos < this.s.length && WS.has(this.s[this.pos]!)) this.pos++;
  }

  /** The recorded failure as Go reports it. */
  error(): GoJsonSyntaxError {
    const at = this.#errAt ?? this.s.length;
    const offset = at >= this.s.length ? utf8Length(this.s) : utf8Length(this.s.slice(0, at)) + 1;
    return { syntaxError: true, offset };
  }

  failAt(at: number): GoJsonSyntaxError {
    this.#errAt = at;
    return this.error();
  }

  #fail(at: number): undefined {
    this.#errAt = at;
    return undefined;
  }

  value(): GoJsonNode | undefined {
    this.ws();
    const start = this.pos;
    const c = this.s[start];
    if (c === undefined) return this.#fail(start);
    if (c === "{") return this.#object(start);
    if (c === "[") return this.#array(start);
    if (c === '"') {
      const str = this.#string();
      return str === undefined ? undefined : { kind: "string", value: str, start, end: this.pos };
    }
    if (c === "t") return this.#literal("true", { kind: "bool", value: true, start, end: start + 4 });
    if (c === "f") return this.#literal("false", { kind: "bool", value: false, start, end: start + 5 });
    if (c === "n") return this.#literal("null", { kind: "null", start, end: start + 4 });
    if (c === "-" || (c >= "0" && c <= "9")) return this.#number(start);
    return this.#fail(start);
  }

  #literal(word: string, node: GoJsonNode): GoJsonNode | undefined {
    for (let i = 0; i < word.length; i++) {
      if (this.s[this.pos + i] !== word[i]) return this.#fail(this.pos + i);
    }
    this.pos += word.length;
    return node;
  }

  #number(start: number): GoJsonNode | undefined {
    const s = this.s;
    let i = start;
    if (s[i] === "-") i++;
    if (s[i] === "0") i++;
    else if (isDigit(s[i])) while (isDigit(s[i])) i++;
    else return this.#fail(i);
    if (s[i] === ".") {
      i++;
      if (!isDigit(s[i])) return this.#fail(i);
      while (isDigit(s[i])) i++;
    }
    if (s[i] === "e" || s[i] === "E") {
      i++;
      if (s[i] === "+" || s[i] === "-") i++;
      if (!isDigit(s[i])) return this.#fail(i);
      while (isDigit(s[i])) i++;
    }
    this.pos = i;
    return { kind: "number", text: s.slice(start, i), start, end: i };
  }

  #string(): string | undefined {
    const s = this.s;
    const start = this.pos;
    let i = start + 1;
    for (;;) {
      const c = s[i];
      if (c === undefined) return this.#fail(i);
      if (c === '"') break;
      if (c < " ") return this.#fail(i);
      if (c === "\\") {
        const e = s[i + 1];
        if (e === undefined) return this.#fail(i + 1);
        if (e === "u") {
          for (let k = 2; k < 6; k++) if (!HEX.test(s[i + k] ?? "")) return this.#fail(i + k);
          i += 6;
          continue;
        }
        if (!ESCAPE.has(e)) return this.#fail(i + 1);
        i += 2;
        continue;
      }
      i++;
    }
    this.pos = i + 1;
    return decodeGoString(s.slice(start + 1, i));
  }

  #array(start: number): GoJsonNode | undefined {
    this.pos++;
    const items: GoJsonNode[] = [];
    this.ws();
    if (this.s[this.pos] === "]") return { kind: "array", items, start, end: ++this.pos };
    for (;;) {
      const v = this.value();
      if (v === undefined) return undefined;
      items.push(v);
      this.ws();
      const c = this.s[this.pos];
      if (c === "]") return { kind: "array", items, start, end: ++this.pos };
      if (c !== ",") return this.#fail(this.pos);
      this.pos++;
    }
  }

  #object(start: number): GoJsonNode | undefined {
    this.pos++;
    const members: GoJsonMember[] = [];
    this.ws();
    if (this.s[this.pos] === "}") return { kind: "object", members, start, end: ++this.pos };
    for (;;) {
      this.ws();
      if (this.s[this.pos] !== '"') return this.#fail(this.pos);
      const key = this.#string();
      if (key === undefined) return undefined;
      this.ws();
      if (this.s[this.pos] !== ":") return this.#fail(this.pos);
      this.pos++;
      const v = this.value();
      if (v === undefined) return undefined;
      members.push({ key, value: v });
      this.ws();
      const c = this.s[this.pos];
      if (c === "}") return { kind: "object", members, start, end: ++this.pos };
      if (c !== ",") return this.#fail(this.pos);
      this.pos++;
    }
  }
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= "0" && c <= "9";
}

// Go turns an escaped lone surrogate into U+FFFD, as it does invalid UTF-8.
function decodeGoString(body: string): string {
  if (!body.includes("\\")) return body;
  const decoded = JSON.parse(`"${body}"`) as string;
  return decoded.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");
}
