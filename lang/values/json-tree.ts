// A small JSON reader that keeps numbers as their source text, so that they can be parsed exactly
// (JSON.parse would round them to doubles). Used for typed JSON (state, plans, plugin values).

/** A parsed JSON document with numbers left as text. */
export type JsonNode =
  | null
  | boolean
  | string
  | { readonly number: string }
  | readonly JsonNode[]
  | { readonly object: ReadonlyMap<string, JsonNode> };

/** Why a document could not be read. */
export class JsonSyntaxError {
  constructor(readonly message: string) {}
}

/** Reads one JSON document; trailing content other than whitespace is an error. */
export function readJsonTree(text: string): JsonNode | JsonSyntaxError {
  const r = new Reader(text);
  try {
    const v = r.value();
    r.ws();
    if (r.pos < text.length) return new JsonSyntaxError(`invalid character after top-level value at offset ${r.pos}`);
    return v;
  } catch (e) {
    if (e instanceof JsonSyntaxError) return e;
    throw e;
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

class Reader {
  pos = 0;
  constructor(private readonly s: string) {}

  ws(): void {
    while (this.pos < this.s.length && " \t\n\r".includes(this.s[this.pos]!)) this.pos++;
  }

  value(): JsonNode {
    this.ws();
    const c = this.s[this.pos];
    if (c === "{") return this.object();
    if (c === "[") return this.array();
    if (c === '"') return this.string();
    if (this.s.startsWith("true", this.pos)) return this.word("true", true);
    if (this.s.startsWith("false", this.pos)) return this.word("false", false);
    if (this.s.startsWith("null", this.pos)) return this.word("null", null);
    NUMBER.lastIndex = this.pos;
    const m = NUMBER.exec(this.s);
    if (!m) throw this.fail(c === undefined ? "unexpected end of JSON input" : `invalid character ${JSON.stringify(c)}`);
    this.pos += m[0].length;
    return { number: m[0] };
  }

  private word<T>(w: string, v: T): T {
    this.pos += w.length;
    return v;
  }

  private object(): JsonNode {
    this.pos++;
    const m = new Map<string, JsonNode>();
    this.ws();
    if (this.s[this.pos] === "}") return this.close(m);
    for (;;) {
      this.ws();
      if (this.s[this.pos] !== '"') throw this.fail("expected object key");
      const k = this.string();
      this.ws();
      if (this.s[this.pos++] !== ":") throw this.fail("expected ':' after object key");
      m.set(k, this.value());
      this.ws();
      const c = this.s[this.pos++];
      if (c === "}") return { object: m };
      if (c !== ",") throw this.fail("expected ',' or '}' in object");
    }
  }

  private close(m: Map<string, JsonNode>): JsonNode {
    this.pos++;
    return { object: m };
  }

  private array(): JsonNode {
    this.pos++;
    const out: JsonNode[] = [];
    this.ws();
    if (this.s[this.pos] === "]") {
      this.pos++;
      return out;
    }
    for (;;) {
      out.push(this.value());
      this.ws();
      const c = this.s[this.pos++];
      if (c === "]") return out;
      if (c !== ",") throw this.fail("expected ',' or ']' in array");
    }
  }

  private string(): string {
    const start = this.pos;
    this.pos++;
    for (;;) {
      const c = this.s[this.pos];
      if (c === undefined) throw this.fail("unexpected end of JSON input in string");
      if (c === '"') break;
      this.pos += c === "\\" ? 2 : 1;
    }
    this.pos++;
    try {
      return JSON.parse(this.s.slice(start, this.pos)) as string;
    } catch {
      throw this.fail("invalid string literal");
    }
  }

  private fail(msg: string): JsonSyntaxError {
    return new JsonSyntaxError(`${msg} at offset ${this.pos}`);
  }
}

/** True when a node is a JSON object. */
export function isJsonObject(n: JsonNode): n is { readonly object: ReadonlyMap<string, JsonNode> } {
  return n !== null && typeof n === "object" && "object" in n;
}

/** True when a node is a JSON number. */
export function isJsonNumber(n: JsonNode): n is { readonly number: string } {
  return n !== null && typeof n === "object" && "number" in n;
}
