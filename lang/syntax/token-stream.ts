import type { TokenBuffer } from "./token-buffer.js";
import { T } from "./token-type.js";

// hclsyntax's peeker: a cursor over the tokens that hides comments and, depending on a stack of
// modes, newlines. Where newlines matter, a `#` or `//` comment (which swallows its newline) is
// returned in place of that newline. Tokens are handled by index; `typeAt` gives the kind as the
// parser sees it (such a comment reads as a Newline).

/** A newline-aware cursor over a token buffer. */
export class TokenStream {
  private next = 0;
  private readonly includeNewlines: boolean[] = [true];
  private cacheFrom = -1;
  private cacheMode = false;
  private cacheIdx = 0;

  constructor(
    private readonly tokens: TokenBuffer,
    private readonly src: string,
  ) {}

  /** The index of the next visible token (the EOF token at the end). */
  peek(): number {
    const include = this.includeNewlines[this.includeNewlines.length - 1];
    if (this.cacheFrom === this.next && this.cacheMode === include) return this.cacheIdx;
    const types = this.tokens.types;
    const last = this.tokens.count - 1;
    let i = this.next;
    for (; i < last; i++) {
      const t = types[i];
      if (t === T.Comment) {
        if (include && this.src.charCodeAt(this.tokens.ends[i] - 1) === 10) break;
      } else if (t !== T.Newline || include) {
        break;
      }
    }
    if (i > last) i = last;
    this.cacheFrom = this.next;
    this.cacheMode = include;
    this.cacheIdx = i;
    return i;
  }

  /** The kind of the next visible token. */
  peekType(): number {
    return this.typeAt(this.peek());
  }

  /** Consumes and returns the index of the next visible token. */
  read(): number {
    const i = this.peek();
    this.next = i + 1;
    return i;
  }

  /** The kind of token `i` as the parser sees it: a comment that stands for a newline reads as Newline. */
  typeAt(i: number): number {
    const t = this.tokens.types[i];
    return t === T.Comment ? T.Newline : t;
  }

  /** The index of the last consumed token (the first token when nothing was read yet). */
  prevIndex(): number {
    if (this.next === 0) return 0;
    return Math.min(this.next, this.tokens.count) - 1;
  }

  /** Starts a region where newlines are (true) or are not (false) significant. */
  pushIncludeNewlines(include: boolean): void {
    this.includeNewlines.push(include);
  }

  /** Ends the region started by the matching push. */
  popIncludeNewlines(): void {
    if (this.includeNewlines.length <= 1) throw new Error("unbalanced newline mode stack");
    this.includeNewlines.pop();
  }

  /** The source text of token `i`. */
  text(i: number): string {
    return this.src.slice(this.tokens.starts[i], this.tokens.ends[i]);
  }

  /** True when token `i` is an identifier spelled `word` (how hcl matches keywords). */
  isKeyword(i: number, word: string): boolean {
    const t = this.tokens;
    return (
      t.types[i] === T.Ident && t.ends[i] - t.starts[i] === word.length && this.src.startsWith(word, t.starts[i])
    );
  }

  /** Start offset of token `i`. */
  start(i: number): number {
    return this.tokens.starts[i];
  }

  /** End offset of token `i`. */
  end(i: number): number {
    return this.tokens.ends[i];
  }
}
