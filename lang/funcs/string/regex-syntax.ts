// The parse tree of an RE2 (Go regexp/syntax) pattern, as regex-parse.ts builds it and
// regex-translate.ts turns it into a JavaScript RegExp.

/** A parse error with Go's error code text and the offending part of the pattern. */
export class RegexSyntaxError {
  constructor(
    /** Go's ErrorCode text, e.g. "missing closing )". */
    readonly code: string,
    /** The part of the pattern Go blames (Error.Expr). */
    readonly expr: string,
  ) {}
}

/** Go's regexp/syntax error codes. */
export const ErrorCode = Object.freeze({
  InvalidCharRange: "invalid character class range",
  InvalidEscape: "invalid escape sequence",
  InvalidNamedCapture: "invalid named capture",
  InvalidPerlOp: "invalid or unsupported Perl syntax",
  InvalidRepeatOp: "invalid nested repetition operator",
  InvalidRepeatSize: "invalid repeat count",
  MissingBracket: "missing closing ]",
  MissingParen: "missing closing )",
  MissingRepeatArgument: "missing argument to repetition operator",
  TrailingBackslash: "trailing backslash at end of expression",
  UnexpectedParen: "unexpected )",
});

/** An inclusive range of code points. */
export type CodeRange = readonly [number, number];

/**
 * A character class: the union of explicit ranges, JavaScript property escapes (`\p{Lu}`) and
 * negated property sets (each `negProps` entry is the inside of a JavaScript class whose complement
 * belongs to the class), negated as a whole when `negated`. Go folds case before negating, so
 * negated properties stay apart: JavaScript's `\P{..}` under the `i` flag folds after negating.
 */
export interface CharClass {
  readonly negated: boolean;
  readonly ranges: readonly CodeRange[];
  readonly props: readonly string[];
  readonly negProps: readonly string[];
}

/** Zero-width assertions. */
export type AssertKind = "beginLine" | "endLine" | "beginText" | "endText" | "wordBoundary" | "noWordBoundary";

/** A node of the parse tree. `fold` marks atoms parsed under the `i` flag. */
export type RegexNode =
  | { readonly kind: "empty" }
  | { readonly kind: "literal"; readonly cp: number; readonly fold: boolean }
  | { readonly kind: "class"; readonly cls: CharClass; readonly fold: boolean }
  | { readonly kind: "any"; readonly dotNL: boolean }
  | { readonly kind: "assert"; readonly what: AssertKind }
  | { readonly kind: "capture"; readonly index: number; readonly name: string; readonly sub: RegexNode }
  | { readonly kind: "concat"; readonly subs: readonly RegexNode[] }
  | { readonly kind: "alternate"; readonly subs: readonly RegexNode[] }
  | {
      readonly kind: "repeat";
      readonly sub: RegexNode;
      readonly min: number;
      /** -1 for no upper bound. */
      readonly max: number;
      readonly greedy: boolean;
    };

/** A parsed pattern: its tree and its capture groups' names ("" for unnamed), group 1 first. */
export interface ParsedRegex {
  readonly root: RegexNode;
  readonly groupNames: readonly string[];
}

/** The largest code point. */
export const MAX_RUNE = 0x10ffff;
