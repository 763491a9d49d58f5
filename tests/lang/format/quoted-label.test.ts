import { describe, expect, it } from "vitest";
import { escapeQuotedString, quotedLabelTokens } from "../../../lang/format/quoted-label.js";

// hclwrite's escapeQuotedStringLit, as Terraform applies it to block labels.

const ROWS: readonly [string, string][] = [
  ["plain", "plain"],
  ["", ""],
  ["tab\there", "tab\\there"],
  ["new\nline\r", "new\\nline\\r"],
  ['say "hi"', 'say \\"hi\\"'],
  ["back\\slash", "back\\\\slash"],
  ["${x}", "$${x}"],
  ["%{x}", "%%{x}"],
  ["$x %y", "$x %y"],
  ["nbsp\u00a0", "nbsp\\u00a0"],
  ["nul\u0000", "nul\\u0000"],
  ["日本語 é", "日本語 é"],
  ["tag\u{E0001}", "tag\\U000e0001"],
];

describe("escapeQuotedString", () => {
  it.each(ROWS)("escapes %j as %j", (value, escaped) => {
    expect(escapeQuotedString(value)).toBe(escaped);
  });

  it("builds quote, literal and quote tokens from an NFC-normalised value", () => {
    expect(quotedLabelTokens("e\u0301").map((t) => [t.type, t.text])).toEqual([
      ["OQuote", '"'],
      ["QuotedLit", "\u00e9"],
      ["CQuote", '"'],
    ]);
  });
});
