import { isBreak } from "./chars.js";
import type { Mark, Token, YamlSyntaxError } from "./tokens.js";

// The state of the YAML scanner (libyaml's yaml_parser_t, scanner half): the input as code points,
// the current position, the token queue, indentation and simple-key bookkeeping, and the first error.

/** A place where a simple (implicit) key might have started. */
export interface SimpleKey {
  possible: boolean;
  required: boolean;
  tokenNumber: number;
  mark: Mark;
}

/** Mutable scanner state; the scanning functions in this folder read and advance it. */
export class ScannerState {
  pos = 0;
  index = 0;
  line = 0;
  column = 0;
  readonly tokens: Token[] = [];
  tokensHead = 0;
  tokensParsed = 0;
  tokenAvailable = false;
  streamStartProduced = false;
  streamEndProduced = false;
  indent = -1;
  readonly indents: number[] = [];
  simpleKeyAllowed = false;
  readonly simpleKeys: SimpleKey[] = [];
  readonly simpleKeysByTok = new Map<number, number>();
  flowLevel = 0;
  error: YamlSyntaxError | undefined;

  constructor(private readonly buf: readonly number[]) {}

  /** The code point k characters ahead (0 past the end). */
  at(k = 0): number {
    return this.buf[this.pos + k] ?? 0;
  }

  /** The current position. */
  mark(): Mark {
    return { index: this.index, line: this.line, column: this.column };
  }

  /** Moves past one character on the current line. */
  skip(): void {
    this.pos++;
    this.index++;
    this.column++;
  }

  /** Moves past a line break (CR LF counts as one). */
  skipLine(): void {
    if (this.at() === 0x0d && this.at(1) === 0x0a) {
      this.pos += 2;
      this.index += 2;
    } else if (isBreak(this.at())) {
      this.pos++;
      this.index++;
    } else return;
    this.column = 0;
    this.line++;
  }

  /** Appends the current character to `s` and moves past it. */
  read(s: string[]): void {
    s.push(String.fromCodePoint(this.at()));
    this.skip();
  }

  /** Appends a line break to `s` as YAML normalises it (CR, LF, CRLF and NEL become LF) and moves past it. */
  readLine(s: string[]): void {
    const c = this.at();
    if (c === 0x0d && this.at(1) === 0x0a) {
      s.push("\n");
      this.pos += 2;
      this.index++;
    } else if (c === 0x0d || c === 0x0a || c === 0x85) {
      s.push("\n");
      this.pos++;
    } else if (c === 0x2028 || c === 0x2029) {
      s.push(String.fromCodePoint(c));
      this.pos++;
    } else return;
    this.index++;
    this.column = 0;
    this.line++;
  }

  /** Records a scanner error (the first one wins) and returns false for the caller to pass up. */
  fail(contextMark: Mark, problem: string): false {
    this.error ??= { kind: "scanner", problem, problemMark: this.mark(), contextMark };
    return false;
  }

  /** Queues a token, at `pos` places after the queue head, or at the end when pos is -1. */
  insertToken(pos: number, token: Token): void {
    if (pos < 0) this.tokens.push(token);
    else this.tokens.splice(this.tokensHead + pos, 0, token);
  }
}
