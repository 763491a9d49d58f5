import type { SourceToken, TokenTypeName } from "../syntax/index.js";

// hclwrite's token model: a token's kind and text plus the number of spaces written before it.
// Layout only ever changes `spacesBefore`; the rewrites replace whole tokens.

/** One token as the formatter sees it; `spacesBefore` is rewritten in place by the layout passes. */
export interface FormatToken {
  readonly type: TokenTypeName;
  readonly text: string;
  spacesBefore: number;
}

/** Converts lexer tokens, taking each token's leading gap in bytes as its spaces (as hclwrite's writerTokens does). */
export function writerTokens(tokens: readonly SourceToken[]): FormatToken[] {
  let lastEnd = 0;
  return tokens.map((t) => {
    const spacesBefore = t.range.start.byte - lastEnd;
    lastEnd = t.range.end.byte;
    return { type: t.type, text: t.text, spacesBefore };
  });
}

/** A token made by a rewrite rather than read from the source. */
export function newToken(type: TokenTypeName, text: string): FormatToken {
  return { type, text, spacesBefore: 0 };
}

/** The source text of a token sequence: each token's spaces, then its text. */
export function writeTokens(tokens: readonly FormatToken[]): string {
  let out = "";
  for (const t of tokens) out += " ".repeat(t.spacesBefore) + t.text;
  return out;
}

const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });

/** How many columns a token sequence spans: its spaces plus the grapheme clusters of its text. */
export function columns(tokens: readonly FormatToken[] | null): number {
  if (tokens === null) return 0;
  let n = 0;
  for (const t of tokens) n += t.spacesBefore + graphemeCount(t.text);
  return n;
}

function graphemeCount(text: string): number {
  if (!/[^\x00-\x7f]|\r\n/.test(text)) return text.length;
  let n = 0;
  for (const _ of graphemes.segment(text)) n++;
  return n;
}

/** +1 for a token that opens a bracket (including `${` and `%{`), -1 for one that closes, else 0. */
export function bracketChange(t: FormatToken): number {
  switch (t.type) {
    case "OBrace":
    case "OBrack":
    case "OParen":
    case "TemplateControl":
    case "TemplateInterp":
      return 1;
    case "CBrace":
    case "CBrack":
    case "CParen":
    case "TemplateSeqEnd":
      return -1;
    default:
      return 0;
  }
}
