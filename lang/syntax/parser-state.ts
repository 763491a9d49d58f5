import type { Diagnostic } from "../source/diagnostics.js";
import { errorDiag } from "../source/diagnostics.js";
import type { Range } from "../source/range.js";
import type { SourcePositions } from "./source-positions.js";
import { cacheSizeFor } from "./source-positions.js";
import { TokenStream } from "./token-stream.js";
import type { TokenBuffer } from "./token-buffer.js";
import { T, oppositeBracket } from "./token-type.js";

// The state shared by the recursive-descent parser functions: the token cursor, positions,
// collected diagnostics and hcl's "recovery" flag (once set, it stays set for the rest of the
// parse and silences follow-on errors), plus hcl's three recovery strategies.

/**
 * The deepest nesting (of expressions, blocks, directives) the parser follows. hcl has no limit, but
 * a JS stack is much smaller than Go's; deeper input is reported instead of overflowing it.
 */
export const MAX_NESTING = 200;

/** One parse in progress. */
export class ParserState {
  readonly stream: TokenStream;
  readonly diags: Diagnostic[] = [];
  /** Set when the parser skipped tokens to recover; later "bad token" errors are then suppressed. */
  recovery = false;
  /** Current nesting depth, see MAX_NESTING. */
  private depth = 0;
  /** Recently built token ranges (direct-mapped by token index), shared between AST nodes. */
  private readonly rangeMask: number;
  private readonly rangeTokens: Int32Array;
  private readonly rangeValues: Range[];

  constructor(
    tokens: TokenBuffer,
    readonly src: string,
    readonly positions: SourcePositions,
  ) {
    this.stream = new TokenStream(tokens, src);
    const cacheSize = Math.min(256, cacheSizeFor(src.length));
    this.rangeMask = cacheSize - 1;
    this.rangeTokens = new Int32Array(cacheSize).fill(-1);
    this.rangeValues = new Array<Range>(cacheSize);
  }

  /** Adds an error diagnostic. */
  error(summary: string, detail: string, subject: Range, context?: Range): void {
    this.diags.push(errorDiag(summary, detail, subject, context));
  }

  /** Adds an error diagnostic at position `index` of the list (hcl sometimes reports out of order). */
  errorAt(index: number, summary: string, detail: string, subject: Range, context?: Range): void {
    this.diags.splice(index, 0, errorDiag(summary, detail, subject, context));
  }

  /** The range of token `i`. */
  range(i: number): Range {
    const slot = i & this.rangeMask;
    if (this.rangeTokens[slot] === i) return this.rangeValues[slot];
    const range = this.positions.range(this.stream.start(i), this.stream.end(i));
    this.rangeTokens[slot] = i;
    this.rangeValues[slot] = range;
    return range;
  }

  /** The range covering tokens `a` through `b`. */
  rangeFromTo(a: number, b: number): Range {
    return this.positions.range(this.stream.start(a), this.stream.end(b));
  }

  /** The range of the next visible token. */
  nextRange(): Range {
    return this.range(this.stream.peek());
  }

  /** The range of the last consumed token. */
  prevRange(): Range {
    return this.range(this.stream.prevIndex());
  }

  /** The number of diagnostics so far; compare later to see whether a step added errors. */
  mark(): number {
    return this.diags.length;
  }

  /** True when errors were added since `mark`. */
  erroredSince(mark: number): boolean {
    return this.diags.length > mark;
  }

  /** Enters one nesting level; false (leaving the depth unchanged) when MAX_NESTING is reached. */
  enter(): boolean {
    if (this.depth >= MAX_NESTING) return false;
    this.depth++;
    return true;
  }

  /** Leaves the level entered by a successful `enter`. */
  leave(): void {
    this.depth--;
  }

  /** Reports input nested deeper than MAX_NESTING at `subject` and switches to recovery. */
  tooDeep(subject: Range): void {
    if (!this.recovery) {
      this.error(
        "Nesting too deep",
        `This construct is nested more than ${MAX_NESTING} levels deep, which is more than this parser supports.`,
        subject,
      );
    }
    this.recovery = true;
  }

  /** Marks that the parser knowingly left the cursor in a bad place. */
  setRecovery(): void {
    this.recovery = true;
  }

  /**
   * Skips to the token of kind `end` that closes the current bracket (counting nested pairs) and
   * returns its index, or the EOF token's.
   */
  recover(end: number): number {
    const start = oppositeBracket(end);
    const s = this.stream;
    this.recovery = true;
    let nest = 0;
    for (;;) {
      const i = s.read();
      let ty = s.typeAt(i);
      if (end === T.TemplateSeqEnd && ty === T.TemplateControl) ty = T.TemplateInterp;
      if (ty === start) {
        nest++;
      } else if (ty === end) {
        if (nest < 1) return i;
        nest--;
      } else if (ty === T.EOF) {
        return i;
      }
    }
  }

  /** Skips to the next bracket of kind `start`, then past the bracket that closes it. */
  recoverOver(start: number): void {
    const s = this.stream;
    for (;;) {
      const ty = s.typeAt(s.read());
      if (ty === start || ty === T.EOF) break;
    }
    this.recover(oppositeBracket(start));
  }

  /** Skips to the end of the current body item: the next newline outside any brackets, or EOF. */
  recoverAfterBodyItem(): void {
    const s = this.stream;
    this.recovery = true;
    const open: number[] = [];
    for (;;) {
      const ty = s.typeAt(s.read());
      switch (ty) {
        case T.Newline:
          if (open.length === 0) return;
          break;
        case T.EOF:
          return;
        case T.OBrace:
        case T.OBrack:
        case T.OParen:
        case T.OQuote:
        case T.OHeredoc:
        case T.TemplateInterp:
        case T.TemplateControl:
          open.push(ty);
          break;
        case T.CBrace:
        case T.CBrack:
        case T.CParen:
        case T.CQuote:
        case T.CHeredoc:
          popTo(open, (t) => t === oppositeBracket(ty));
          break;
        case T.TemplateSeqEnd:
          popTo(open, (t) => t === T.TemplateInterp || t === T.TemplateControl);
          break;
      }
    }
  }
}

/** Pops entries until one satisfying `isOpener` is on top, then pops that one too. */
function popTo(open: number[], isOpener: (t: number) => boolean): void {
  while (open.length > 0 && !isOpener(open[open.length - 1])) open.pop();
  if (open.length > 0) open.pop();
}
