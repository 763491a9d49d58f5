import { describe, expect, it } from "vitest";
import type { FormatToken } from "../../../lang/format/format-token.js";
import { spaceAfterToken } from "../../../lang/format/token-spacing.js";
import type { TokenTypeName } from "../../../lang/syntax/index.js";

// hclwrite's spaceAfterToken, one row per rule: [subject, before (or null), after, space wanted].

const tok = (spec: string): FormatToken => {
  const [type, text = ""] = spec.split(":");
  return { type: type as TokenTypeName, text, spacesBefore: 0 };
};

const ROWS: readonly [string, string | null, string, boolean][] = [
  ["Ident:a", null, "Newline:\n", false],
  ["Ident:f", null, "OParen:(", false],
  ["Ident:p", null, "DoubleColon:::", false],
  ["DoubleColon:::", "Ident:p", "Ident:f", false],
  ["Ident:a", null, "Dot:.", false],
  ["Dot:.", "Ident:a", "Ident:b", false],
  ["Ident:a", null, "Comma:,", false],
  ["Ident:a", null, "Ellipsis:...", false],
  ["Comma:,", "Ident:a", "Ident:b", true],
  ["OQuote:\"", null, "QuotedLit:x", false],
  ["QuotedLit:x", "OQuote:\"", "CQuote:\"", false],
  ["OHeredoc:<<EOT\n", null, "StringLit:x\n", false],
  ["StringLit:x\n", null, "CHeredoc:EOT", false],
  ["Ident:in", "Ident:x", "OBrack:[", true],
  ["Ident:a", null, "OBrack:[", false],
  ["NumberLit:1", null, "OBrack:[", false],
  ["CParen:)", null, "OBrack:[", false],
  ["Bang:!", null, "Ident:a", false],
  ["Minus:-", null, "NumberLit:1", false],
  ["Minus:-", "Equal:=", "NumberLit:1", false],
  ["Minus:-", "Comma:,", "NumberLit:1", false],
  ["Minus:-", "Minus:-", "NumberLit:1", false],
  ["Minus:-", "EqualOp:==", "NumberLit:1", false],
  ["Minus:-", "And:&&", "NumberLit:1", false],
  ["Minus:-", "NumberLit:2", "NumberLit:1", true],
  ["Minus:-", "CParen:)", "NumberLit:1", true],
  ["OBrace:{", null, "Ident:a", true],
  ["Ident:a", null, "CBrace:}", true],
  ["OBrace:{", null, "CBrace:}", false],
  ["TemplateInterp:${", null, "OBrace:{", true],
  ["CBrace:}", null, "TemplateSeqEnd:}", true],
  ["TemplateSeqEnd:}", null, "TemplateInterp:${", false],
  ["TemplateSeqEnd:}", null, "TemplateControl:%{", false],
  ["OParen:(", null, "Ident:a", false],
  ["Ident:a", null, "CBrack:]", false],
  ["Ident:a", null, "Colon::", true],
  ["Ident:a", null, "Equal:=", true],
  ["Ident:a", null, "Ident:b", true],
];

describe("spaceAfterToken", () => {
  it.each(ROWS)("%s (after %s) before %s → %s", (subject, before, after, want) => {
    expect(spaceAfterToken(tok(subject), before === null ? null : tok(before), tok(after))).toBe(want);
  });
});
