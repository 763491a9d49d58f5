import { JsonSyntaxError, quoteChar, readScalar, type JsonToken } from "./go-json-scalar.js";

// A JSON token reader with the behaviour and error messages of Go's encoding/json Decoder.Token,
// which cty's jsondecode uses: it reads one token at a time, tracking where in an object or array
// it is, and reports syntax errors exactly as Go words them ("invalid character 'x' after object key").

type TokenState = "top" | "arrayStart" | "arrayValue" | "arrayComma" | "objectStart" | "objectKey" | "objectColon" | "objectValue" | "objectComma";

const CONTEXT: Partial<Record<TokenState, string>> = {
  top: " looking for beginning of value",
  arrayStart: " looking for beginning of value",
  arrayValue: " looking for beginning of value",
  objectValue: " looking for beginning of value",
  arrayComma: " after array element",
  objectKey: " looking for beginning of object key string",
  objectColon: " after object key",
  objectComma: " after object key:value pair",
};

/** Reads JSON tokens from UTF-8 bytes. */
export class GoJsonDecoder {
  private pos = 0;
  private state: TokenState = "top";
  private readonly stack: TokenState[] = [];

  constructor(private readonly buf: Uint8Array) {}

  /** The next token, Go's "EOF" error at the end of the input, or a syntax error. */
  token(): JsonToken | JsonSyntaxError {
    for (;;) {
      const c = this.peek();
      if (c === undefined) return new JsonSyntaxError("EOF");
      switch (c) {
        case 0x5b: // [
        case 0x7b: // {
          if (!this.valueAllowed()) return this.tokenError(c);
          this.pos++;
          this.stack.push(this.state);
          this.state = c === 0x5b ? "arrayStart" : "objectStart";
          return { kind: "delim", ch: c === 0x5b ? "[" : "{" };
        case 0x5d: // ]
        case 0x7d: // }
          return this.closeDelim(c);
        case 0x3a: // :
          if (this.state !== "objectColon") return this.tokenError(c);
          this.pos++;
          this.state = "objectValue";
          continue;
        case 0x2c: // ,
          if (this.state === "arrayComma") this.state = "arrayValue";
          else if (this.state === "objectComma") this.state = "objectKey";
          else return this.tokenError(c);
          this.pos++;
          continue;
        default:
          return this.valueToken(c);
      }
    }
  }

  /** Go's Decoder.More: whether another element (or a trailing value) follows. */
  more(): boolean {
    const c = this.peek();
    return c !== undefined && c !== 0x5d && c !== 0x7d;
  }

  private closeDelim(c: number): JsonToken | JsonSyntaxError {
    const array = c === 0x5d;
    const ok = array ? this.state === "arrayStart" || this.state === "arrayComma" : this.state === "objectStart" || this.state === "objectComma";
    if (!ok) return this.tokenError(c);
    this.pos++;
    this.state = this.stack.pop()!;
    this.valueEnd();
    return { kind: "delim", ch: array ? "]" : "}" };
  }

  private valueToken(c: number): JsonToken | JsonSyntaxError {
    if (c === 0x22 && (this.state === "objectStart" || this.state === "objectKey")) {
      const key = readScalar(this.buf, this.pos);
      if (key instanceof JsonSyntaxError) return key;
      this.pos = key.end;
      this.state = "objectColon";
      return key.token;
    }
    if (!this.valueAllowed()) return this.tokenError(c);
    const v = readScalar(this.buf, this.pos);
    if (v instanceof JsonSyntaxError) return v;
    this.pos = v.end;
    this.valueEnd();
    return v.token;
  }

  private valueAllowed(): boolean {
    return this.state === "top" || this.state === "arrayStart" || this.state === "arrayValue" || this.state === "objectValue";
  }

  private valueEnd(): void {
    if (this.state === "arrayStart" || this.state === "arrayValue") this.state = "arrayComma";
    else if (this.state === "objectValue") this.state = "objectComma";
  }

  private tokenError(c: number): JsonSyntaxError {
    return new JsonSyntaxError(`invalid character ${quoteChar(c)}${CONTEXT[this.state] ?? ""}`);
  }

  private peek(): number | undefined {
    while (this.pos < this.buf.length && isSpace(this.buf[this.pos]!)) this.pos++;
    return this.buf[this.pos];
  }
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a;
}
