import {
  codePointLength,
  identContinueLength,
  identStartLength,
  isAsciiIdentContinue,
  isAsciiIdentStart,
  isDigit,
  isLoneSurrogate,
} from "./char-classes.js";
import { TokenBuffer } from "./token-buffer.js";
import { scanBareLiteral, scanHeredocLiteral, scanQuotedLiteral, tryHeredocEnd } from "./scanner-templates.js";
import { T } from "./token-type.js";

// A hand-written scanner with the behaviour of hclsyntax's scan_tokens.rl: the same token kinds,
// the same brace counting to find the end of `${ }` / `%{ }` sequences, and the same heredoc
// marker rules. Offsets are UTF-16 code units of the source string.

/** Where scanning starts: a config/expression (`normal`) or a bare template (`template`). */
export type ScanMode = "normal" | "template";

/** Scanner modes, as ragel machines in hclsyntax: a stack of these is kept (fcall/fret). */
const MODE_MAIN = 0;
const MODE_QUOTED = 1;
const MODE_HEREDOC = 2;
const MODE_BARE = 3;

/** Splits source text into tokens; the result always ends with an EOF token. */
export function scanTokens(src: string, mode: ScanMode): TokenBuffer {
  return new Scanner(src).run(mode);
}

/** The mutable state of one scan. Exported for the template-mode helpers only. */
export class Scanner {
  readonly out: TokenBuffer;
  readonly modes: number[] = [];
  readonly markers: string[] = [];
  readonly startOfLine: boolean[] = [];
  pos: number;
  private braces = 0;
  /** Set once a search for `*\/` failed: no later `/*` can be closed either (keeps scanning linear). */
  private noCommentCloseAfter = Infinity;
  private readonly retBraces: number[] = [];

  constructor(readonly src: string) {
    this.out = new TokenBuffer(((src.length / 3) | 0) + 16);
    this.pos = src.charCodeAt(0) === 0xfeff ? 1 : 0;
  }

  run(mode: ScanMode): TokenBuffer {
    this.modes.push(mode === "template" ? MODE_BARE : MODE_MAIN);
    const n = this.src.length;
    while (this.pos < n) {
      const depth = this.modes.length;
      switch (this.modes[depth - 1]) {
        case MODE_MAIN:
          while (this.pos < n && this.modes.length === depth) this.scanMain();
          break;
        case MODE_QUOTED:
          scanQuotedLiteral(this);
          break;
        case MODE_HEREDOC:
          if (!tryHeredocEnd(this)) scanHeredocLiteral(this);
          break;
        default:
          scanBareLiteral(this);
      }
    }
    this.out.push(T.EOF, n, n);
    return this.out;
  }

  /** Emits a token and moves past it. */
  emit(type: number, start: number, end: number): void {
    this.out.push(type, start, end);
    this.pos = end;
  }

  /** `${` or `%{` (with optional `~`): enters an expression until the matching `}`. */
  beginSequence(type: number, i: number): void {
    const len = this.src.charCodeAt(i + 2) === 126 ? 3 : 2;
    this.emit(type, i, i + len);
    this.braces++;
    this.retBraces.push(this.braces);
    if (this.markers.length > 0) this.startOfLine[this.markers.length - 1] = false;
    this.modes.push(MODE_MAIN);
  }

  private scanMain(): void {
    const s = this.src;
    const i = this.pos;
    const c = s.charCodeAt(i);
    if (c === 32 || c === 9) {
      let j = i + 1;
      while (s.charCodeAt(j) === 32 || s.charCodeAt(j) === 9) j++;
      this.pos = j;
    } else if (isAsciiIdentStart(c)) {
      this.emit(T.Ident, i, this.identEnd(i + 1));
    } else if (isDigit(c)) {
      this.emit(T.NumberLit, i, this.numberEnd(i + 1));
    } else if (!this.scanPunctuation(c, i)) {
      this.scanOther(c, i);
    }
  }

  private scanPunctuation(c: number, i: number): boolean {
    const next = this.src.charCodeAt(i + 1);
    switch (c) {
      case 10:
        this.emit(T.Newline, i, i + 1);
        return true;
      case 13:
        if (next === 10) this.emit(T.Newline, i, i + 2);
        else this.emit(T.Invalid, i, i + 1);
        return true;
      case 35:
        this.lineComment(i);
        return true;
      case 47:
        if (next === 47) this.lineComment(i);
        else if (next !== 42 || !this.blockComment(i)) this.emit(T.Slash, i, i + 1);
        return true;
      case 34:
        this.emit(T.OQuote, i, i + 1);
        this.modes.push(MODE_QUOTED);
        return true;
      case 123:
        this.emit(T.OBrace, i, i + 1);
        this.braces++;
        return true;
      case 125:
        this.closeBrace(i, i + 1, T.CBrace);
        return true;
      case 126:
        if (next === 125) this.closeBrace(i, i + 2, T.TemplateSeqEnd);
        else this.emit(T.BitwiseNot, i, i + 1);
        return true;
      case 60:
        if (next === 60 && this.tryHeredocStart(i)) return true;
        return this.pair(i, next === 61, T.LessThanEq, T.LessThan);
      case 61:
        if (next === 62) return this.pair(i, true, T.FatArrow, T.Equal);
        return this.pair(i, next === 61, T.EqualOp, T.Equal);
      case 33:
        return this.pair(i, next === 61, T.NotEqual, T.Bang);
      case 62:
        return this.pair(i, next === 61, T.GreaterThanEq, T.GreaterThan);
      case 38:
        return this.pair(i, next === 38, T.And, T.BitwiseAnd);
      case 124:
        return this.pair(i, next === 124, T.Or, T.BitwiseOr);
      case 58:
        return this.pair(i, next === 58, T.DoubleColon, T.Colon);
      case 46:
        if (next === 46 && this.src.charCodeAt(i + 2) === 46) this.emit(T.Ellipsis, i, i + 3);
        else this.emit(T.Dot, i, i + 1);
        return true;
      default:
        return this.single(c, i);
    }
  }

  private single(c: number, i: number): boolean {
    const type = SINGLE_CHAR_TOKENS[c];
    if (c >= 128 || type === undefined) return false;
    this.emit(type, i, i + 1);
    return true;
  }

  private pair(i: number, isPair: boolean, pairType: number, singleType: number): boolean {
    if (isPair) this.emit(pairType, i, i + 2);
    else this.emit(singleType, i, i + 1);
    return true;
  }

  private scanOther(c: number, i: number): void {
    if (c >= 128) {
      if (isLoneSurrogate(this.src, i)) return this.emit(T.BadUTF8, i, i + 1);
      const len = identStartLength(this.src, i);
      if (len > 0) return this.emit(T.Ident, i, this.identEnd(i + len));
    }
    this.emit(T.Invalid, i, i + codePointLength(this.src, i));
  }

  /** The end of an identifier whose first character ends at `j`. */
  identEnd(j: number): number {
    const s = this.src;
    for (;;) {
      const d = s.charCodeAt(j);
      if (isAsciiIdentContinue(d)) {
        j++;
      } else if (d >= 128) {
        const len = identContinueLength(s, j);
        if (len === 0) return j;
        j += len;
      } else {
        return j;
      }
    }
  }

  /** NumberLit: a digit, then digits, dots and exponents, never ending with a dot (so `1.2.3` is one token). */
  private numberEnd(j: number): number {
    const s = this.src;
    for (;;) {
      if (isDigit(s.charCodeAt(j))) {
        j++;
        continue;
      }
      let k = j;
      while (s.charCodeAt(k) === 46) k++;
      const e = s.charCodeAt(k);
      if (isDigit(e)) {
        j = k + 1;
        continue;
      }
      if (e !== 101 && e !== 69) return j;
      let m = k + 1;
      const sign = s.charCodeAt(m);
      if (sign === 43 || sign === 45) m++;
      if (!isDigit(s.charCodeAt(m))) return j;
      j = m + 1;
    }
  }

  private lineComment(i: number): void {
    const nl = this.src.indexOf("\n", i);
    this.emit(T.Comment, i, nl < 0 ? this.src.length : nl + 1);
  }

  /** `/* ... *\/`; an unterminated one is not a comment (the scanner falls back to `/`). */
  private blockComment(i: number): boolean {
    if (i >= this.noCommentCloseAfter) return false;
    const close = this.src.indexOf("*/", i + 2);
    if (close < 0) {
      this.noCommentCloseAfter = i;
      return false;
    }
    this.emit(T.Comment, i, close + 2);
    return true;
  }

  private closeBrace(start: number, end: number, type: number): void {
    const rb = this.retBraces;
    if (rb.length > 0 && rb[rb.length - 1] === this.braces) {
      this.emit(T.TemplateSeqEnd, start, end);
      this.braces--;
      rb.pop();
      this.modes.pop();
      return;
    }
    this.emit(type, start, end);
    this.braces--;
  }

  /** `<<EOT` or `<<-EOT` followed by a newline (the token includes the newline). */
  private tryHeredocStart(i: number): boolean {
    const s = this.src;
    const identStart = s.charCodeAt(i + 2) === 45 ? i + 3 : i + 2;
    const c = s.charCodeAt(identStart);
    let firstLen = isAsciiIdentStart(c) ? 1 : 0;
    if (firstLen === 0 && c >= 128) firstLen = identStartLength(s, identStart);
    if (firstLen === 0) return false;
    const identEnd = this.identEnd(identStart + firstLen);
    let end = identEnd;
    if (s.charCodeAt(end) === 13) end++;
    if (s.charCodeAt(end) !== 10) return false;
    this.emit(T.OHeredoc, i, end + 1);
    this.modes.push(MODE_HEREDOC);
    this.markers.push(s.slice(identStart, identEnd));
    this.startOfLine.push(true);
    return true;
  }
}

const SINGLE_CHAR_TOKENS: number[] = [];
SINGLE_CHAR_TOKENS[91] = T.OBrack;
SINGLE_CHAR_TOKENS[93] = T.CBrack;
SINGLE_CHAR_TOKENS[40] = T.OParen;
SINGLE_CHAR_TOKENS[41] = T.CParen;
SINGLE_CHAR_TOKENS[44] = T.Comma;
SINGLE_CHAR_TOKENS[42] = T.Star;
SINGLE_CHAR_TOKENS[37] = T.Percent;
SINGLE_CHAR_TOKENS[43] = T.Plus;
SINGLE_CHAR_TOKENS[45] = T.Minus;
SINGLE_CHAR_TOKENS[63] = T.Question;
SINGLE_CHAR_TOKENS[94] = T.BitwiseXor;
SINGLE_CHAR_TOKENS[59] = T.Semicolon;
SINGLE_CHAR_TOKENS[96] = T.Backtick;
SINGLE_CHAR_TOKENS[39] = T.Apostrophe;
