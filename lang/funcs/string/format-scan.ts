import { goQuote } from "../../text/go-quote.js";
import { FuncError } from "../function.js";

// The format string scanner of cty's format function (a Ragel state machine there): literal text,
// `%%`, and verbs `%[flags][[argindex]][width][.precision]letter`. Offsets in messages are UTF-8
// byte offsets, as Go counts them.

/** One parsed verb. */
export interface Verb {
  /** The verb's text, `%` to letter. */
  readonly raw: string;
  /** Byte offset of its `%`. */
  readonly offset: number;
  /** 1-based argument number. */
  readonly argNum: number;
  readonly mode: string;
  readonly zero: boolean;
  readonly sharp: boolean;
  readonly plus: boolean;
  readonly minus: boolean;
  readonly space: boolean;
  /** -1 when absent. */
  readonly width: number;
  /** -1 when absent; `%.f` has precision 0. */
  readonly prec: number;
}

/** Formats one verb; the scanner calls it for each verb, in order. */
export type VerbFormatter = (verb: Verb) => string | FuncError;

/** Scans a format string, formatting verbs as they come; the output and the highest argument used. */
export function scanFormat(format: string, formatVerb: VerbFormatter): { text: string; maxArg: number } | FuncError {
  const s = new Scanner(format);
  let out = "";
  let nextArg = 1;
  let maxArg = 0;
  while (!s.atEnd()) {
    const ch = s.take();
    if (ch !== "%") {
      out += ch;
      continue;
    }
    if (s.peek() === "%") {
      s.take();
      out += "%";
      continue;
    }
    const verb = s.verb(s.byteOffset - 1, nextArg);
    if (verb instanceof FuncError) return verb;
    const text = formatVerb(verb);
    if (text instanceof FuncError) return text;
    out += text;
    nextArg = verb.argNum + 1;
    maxArg = Math.max(maxArg, verb.argNum);
  }
  return { text: out, maxArg };
}

class Scanner {
  private pos = 0;
  /** UTF-8 bytes before pos. */
  byteOffset = 0;

  constructor(private readonly src: string) {}

  atEnd(): boolean {
    return this.pos >= this.src.length;
  }

  peek(): string | undefined {
    const cp = this.src.codePointAt(this.pos);
    return cp === undefined ? undefined : String.fromCodePoint(cp);
  }

  take(): string {
    const ch = this.peek()!;
    this.pos += ch.length;
    this.byteOffset += Buffer.byteLength(ch);
    return ch;
  }

  /** The rest of a verb whose `%` (at byte `start`) was just taken. */
  verb(start: number, argNum: number): Verb | FuncError {
    const from = this.pos - 1;
    const flags = { zero: false, sharp: false, plus: false, minus: false, space: false };
    while (this.peek() !== undefined && FLAGS[this.peek()!]) flags[FLAGS[this.take()]!] = true;
    if (this.peek() === "[") {
      this.take();
      const n = this.number();
      if (n instanceof FuncError) return n;
      const close = this.expect((c) => c === "]");
      if (close instanceof FuncError) return close;
      argNum = n;
    }
    const width = /^[1-9]$/.test(this.peek() ?? "") ? this.number() : -1;
    if (width instanceof FuncError) return width;
    let prec = -1;
    if (this.peek() === ".") {
      this.take();
      prec = this.digits();
    }
    const mode = this.expect((c) => /^[A-Za-z]$/.test(c));
    if (mode instanceof FuncError) return mode;
    const raw = this.src.slice(from, this.pos);
    return { raw, offset: start, argNum, mode, ...flags, width, prec };
  }

  /** A number without leading zero: `[1-9][0-9]*`. */
  private number(): number | FuncError {
    const first = this.expect((c) => /^[1-9]$/.test(c));
    if (first instanceof FuncError) return first;
    let text = first;
    while (/^[0-9]$/.test(this.peek() ?? "")) text += this.take();
    return Number(text);
  }

  private digits(): number {
    let text = "";
    while (/^[0-9]$/.test(this.peek() ?? "")) text += this.take();
    return text === "" ? 0 : Number(text);
  }

  /** Takes a character that must satisfy ok, else the scanner's error for what is there. */
  private expect(ok: (c: string) => boolean): string | FuncError {
    const c = this.peek();
    if (c === undefined) return new FuncError(`invalid format string starting at offset ${this.byteOffset}`);
    if (!ok(c)) return new FuncError(`unrecognized format character ${goQuoteRune(c)} at offset ${this.byteOffset}`);
    return this.take();
  }
}

const FLAGS: Readonly<Record<string, "zero" | "sharp" | "plus" | "minus" | "space">> = {
  "0": "zero",
  "#": "sharp",
  "+": "plus",
  "-": "minus",
  " ": "space",
};

/** Go's %q of a rune: `'x'`, with Go's escapes. */
export function goQuoteRune(ch: string): string {
  if (ch === "'") return "'\\''";
  if (ch === '"') return `'"'`;
  return `'${goQuote(ch).slice(1, -1)}'`;
}
