// The token kinds of HCL's native syntax, as hclsyntax's TokenType names them. The scanner stores
// them as small integers (one byte per token); `tokenTypeName` gives the readable name.

/** Numeric token kinds, stored compactly by the scanner. */
export const T = {
  OBrace: 1,
  CBrace: 2,
  OBrack: 3,
  CBrack: 4,
  OParen: 5,
  CParen: 6,
  OQuote: 7,
  CQuote: 8,
  OHeredoc: 9,
  CHeredoc: 10,
  Star: 11,
  Slash: 12,
  Plus: 13,
  Minus: 14,
  Percent: 15,
  Equal: 16,
  EqualOp: 17,
  NotEqual: 18,
  LessThan: 19,
  LessThanEq: 20,
  GreaterThan: 21,
  GreaterThanEq: 22,
  And: 23,
  Or: 24,
  Bang: 25,
  Dot: 26,
  Comma: 27,
  DoubleColon: 28,
  Ellipsis: 29,
  FatArrow: 30,
  Question: 31,
  Colon: 32,
  TemplateInterp: 33,
  TemplateControl: 34,
  TemplateSeqEnd: 35,
  QuotedLit: 36,
  StringLit: 37,
  NumberLit: 38,
  Ident: 39,
  Comment: 40,
  Newline: 41,
  EOF: 42,
  BitwiseAnd: 43,
  BitwiseOr: 44,
  BitwiseNot: 45,
  BitwiseXor: 46,
  Apostrophe: 47,
  Backtick: 48,
  Semicolon: 49,
  Invalid: 50,
  BadUTF8: 51,
  QuotedNewline: 52,
} as const;

/** The name of a token kind (`"OBrace"`, `"Ident"`, ...). */
export type TokenTypeName = keyof typeof T;

/** A numeric token kind. */
export type TokenType = (typeof T)[TokenTypeName];

const NAMES: TokenTypeName[] = [];
for (const name of Object.keys(T) as TokenTypeName[]) NAMES[T[name]] = name;

/** The readable name of a numeric token kind. */
export function tokenTypeName(type: number): TokenTypeName {
  const name = NAMES[type];
  if (name === undefined) throw new Error(`unknown token type ${type}`);
  return name;
}

/** For a bracketing token kind, its partner (hclsyntax's oppositeBracket); 0 for anything else. */
export function oppositeBracket(type: number): number {
  switch (type) {
    case T.OBrace:
      return T.CBrace;
    case T.OBrack:
      return T.CBrack;
    case T.OParen:
      return T.CParen;
    case T.OQuote:
      return T.CQuote;
    case T.OHeredoc:
      return T.CHeredoc;
    case T.CBrace:
      return T.OBrace;
    case T.CBrack:
      return T.OBrack;
    case T.CParen:
      return T.OParen;
    case T.CQuote:
      return T.OQuote;
    case T.CHeredoc:
      return T.OHeredoc;
    case T.TemplateControl:
    case T.TemplateInterp:
      return T.TemplateSeqEnd;
    case T.TemplateSeqEnd:
      return T.TemplateInterp;
    default:
      return 0;
  }
}
