import { describe, expect, it } from "vitest";
import { lexConfig } from "../../../lang/syntax/index.js";
import { r } from "./ast-dump.js";

// The full token stream (comments and newlines included) with hclsyntax's token kinds, exact
// text and ranges: what a formatter builds on.

const cases: [string, string[]][] = [
  [
    "a = b.c[0] # x\n",
    [
      "Ident \"a\" 1:1(0)-1:2(1)",
      "Equal \"=\" 1:3(2)-1:4(3)",
      "Ident \"b\" 1:5(4)-1:6(5)",
      "Dot \".\" 1:6(5)-1:7(6)",
      "Ident \"c\" 1:7(6)-1:8(7)",
      "OBrack \"[\" 1:8(7)-1:9(8)",
      "NumberLit \"0\" 1:9(8)-1:10(9)",
      "CBrack \"]\" 1:10(9)-1:11(10)",
      "Comment \"# x\\n\" 1:12(11)-2:1(15)",
      "EOF \"\" 2:1(15)-2:1(15)",
    ],
  ],
  [
    "x = \"a${b}c%{ if d ~}e~}\"",
    [
      "Ident \"x\" 1:1(0)-1:2(1)",
      "Equal \"=\" 1:3(2)-1:4(3)",
      "OQuote \"\\\"\" 1:5(4)-1:6(5)",
      "QuotedLit \"a\" 1:6(5)-1:7(6)",
      "TemplateInterp \"${\" 1:7(6)-1:9(8)",
      "Ident \"b\" 1:9(8)-1:10(9)",
      "TemplateSeqEnd \"}\" 1:10(9)-1:11(10)",
      "QuotedLit \"c\" 1:11(10)-1:12(11)",
      "TemplateControl \"%{\" 1:12(11)-1:14(13)",
      "Ident \"if\" 1:15(14)-1:17(16)",
      "Ident \"d\" 1:18(17)-1:19(18)",
      "TemplateSeqEnd \"~}\" 1:20(19)-1:22(21)",
      "QuotedLit \"e~}\" 1:22(21)-1:25(24)",
      "CQuote \"\\\"\" 1:25(24)-1:26(25)",
      "EOF \"\" 1:26(25)-1:26(25)",
    ],
  ],
  [
    "y = <<-EOT\n  hi ${x}\n  EOT\n",
    [
      "Ident \"y\" 1:1(0)-1:2(1)",
      "Equal \"=\" 1:3(2)-1:4(3)",
      "OHeredoc \"<<-EOT\\n\" 1:5(4)-2:1(11)",
      "StringLit \"  hi \" 2:1(11)-2:6(16)",
      "TemplateInterp \"${\" 2:6(16)-2:8(18)",
      "Ident \"x\" 2:8(18)-2:9(19)",
      "TemplateSeqEnd \"}\" 2:9(19)-2:10(20)",
      "StringLit \"\\n\" 2:10(20)-3:1(21)",
      "CHeredoc \"  EOT\" 3:1(21)-3:6(26)",
      "Newline \"\\n\" 3:6(26)-4:1(27)",
      "EOF \"\" 4:1(27)-4:1(27)",
    ],
  ],
  [
    "/* c */ // d\n{ } ~} ( ) [ ] , . ... * / % + - == != < <= > >= && || ! ? : :: => =",
    [
      "Comment \"/* c */\" 1:1(0)-1:8(7)",
      "Comment \"// d\\n\" 1:9(8)-2:1(13)",
      "OBrace \"{\" 2:1(13)-2:2(14)",
      "CBrace \"}\" 2:3(15)-2:4(16)",
      "TemplateSeqEnd \"~}\" 2:5(17)-2:7(19)",
      "OParen \"(\" 2:8(20)-2:9(21)",
      "CParen \")\" 2:10(22)-2:11(23)",
      "OBrack \"[\" 2:12(24)-2:13(25)",
      "CBrack \"]\" 2:14(26)-2:15(27)",
      "Comma \",\" 2:16(28)-2:17(29)",
      "Dot \".\" 2:18(30)-2:19(31)",
      "Ellipsis \"...\" 2:20(32)-2:23(35)",
      "Star \"*\" 2:24(36)-2:25(37)",
      "Slash \"/\" 2:26(38)-2:27(39)",
      "Percent \"%\" 2:28(40)-2:29(41)",
      "Plus \"+\" 2:30(42)-2:31(43)",
      "Minus \"-\" 2:32(44)-2:33(45)",
      "EqualOp \"==\" 2:34(46)-2:36(48)",
      "NotEqual \"!=\" 2:37(49)-2:39(51)",
      "LessThan \"<\" 2:40(52)-2:41(53)",
      "LessThanEq \"<=\" 2:42(54)-2:44(56)",
      "GreaterThan \">\" 2:45(57)-2:46(58)",
      "GreaterThanEq \">=\" 2:47(59)-2:49(61)",
      "And \"&&\" 2:50(62)-2:52(64)",
      "Or \"||\" 2:53(65)-2:55(67)",
      "Bang \"!\" 2:56(68)-2:57(69)",
      "Question \"?\" 2:58(70)-2:59(71)",
      "Colon \":\" 2:60(72)-2:61(73)",
      "DoubleColon \"::\" 2:62(74)-2:64(76)",
      "FatArrow \"=>\" 2:65(77)-2:67(79)",
      "Equal \"=\" 2:68(80)-2:69(81)",
      "EOF \"\" 2:69(81)-2:69(81)",
    ],
  ],
  [
    "1.2.3 1e5 1.5e-3 x-y_z é",
    [
      "NumberLit \"1.2.3\" 1:1(0)-1:6(5)",
      "NumberLit \"1e5\" 1:7(6)-1:10(9)",
      "NumberLit \"1.5e-3\" 1:11(10)-1:17(16)",
      "Ident \"x-y_z\" 1:18(17)-1:23(22)",
      "Ident \"é\" 1:24(23)-1:25(25)",
      "EOF \"\" 1:25(25)-1:25(25)",
    ],
  ],
  [
    "\"${ {a=1} }\"",
    [
      "OQuote \"\\\"\" 1:1(0)-1:2(1)",
      "TemplateInterp \"${\" 1:2(1)-1:4(3)",
      "OBrace \"{\" 1:5(4)-1:6(5)",
      "Ident \"a\" 1:6(5)-1:7(6)",
      "Equal \"=\" 1:7(6)-1:8(7)",
      "NumberLit \"1\" 1:8(7)-1:9(8)",
      "CBrace \"}\" 1:9(8)-1:10(9)",
      "TemplateSeqEnd \"}\" 1:11(10)-1:12(11)",
      "CQuote \"\\\"\" 1:12(11)-1:13(12)",
      "EOF \"\" 1:13(12)-1:13(12)",
    ],
  ],
  [
    "/* open",
    [
      "Slash \"/\" 1:1(0)-1:2(1)",
      "Star \"*\" 1:2(1)-1:3(2)",
      "Ident \"open\" 1:4(3)-1:8(7)",
      "EOF \"\" 1:8(7)-1:8(7)",
    ],
  ],
  [
    "a = \"b\nc\"",
    [
      "Ident \"a\" 1:1(0)-1:2(1)",
      "Equal \"=\" 1:3(2)-1:4(3)",
      "OQuote \"\\\"\" 1:5(4)-1:6(5)",
      "QuotedLit \"b\" 1:6(5)-1:7(6)",
      "QuotedNewline \"\\n\" 1:7(6)-2:1(7)",
      "QuotedLit \"c\" 2:1(7)-2:2(8)",
      "CQuote \"\\\"\" 2:2(8)-2:3(9)",
      "EOF \"\" 2:3(9)-2:3(9)",
    ],
  ],
  [
    "& | ^ ; ` ' @ \r",
    [
      "BitwiseAnd \"&\" 1:1(0)-1:2(1)",
      "BitwiseOr \"|\" 1:3(2)-1:4(3)",
      "BitwiseXor \"^\" 1:5(4)-1:6(5)",
      "Semicolon \";\" 1:7(6)-1:8(7)",
      "Backtick \"`\" 1:9(8)-1:10(9)",
      "Apostrophe \"'\" 1:11(10)-1:12(11)",
      "Invalid \"@\" 1:13(12)-1:14(13)",
      "Invalid \"\\r\" 1:15(14)-1:16(15)",
      "EOF \"\" 1:16(15)-1:16(15)",
    ],
  ],
  [
    "a = <<EOT\r\nx\r\n EOT \r\n",
    [
      "Ident \"a\" 1:1(0)-1:2(1)",
      "Equal \"=\" 1:3(2)-1:4(3)",
      "OHeredoc \"<<EOT\\r\\n\" 1:5(4)-2:1(11)",
      "StringLit \"x\\r\\n\" 2:1(11)-3:1(14)",
      "CHeredoc \" EOT \" 3:1(14)-3:6(19)",
      "Newline \"\\r\\n\" 3:6(19)-4:1(21)",
      "EOF \"\" 4:1(21)-4:1(21)",
    ],
  ],
];

describe("lexConfig", () => {
  it.each(cases)("splits %j", (src, expected) => {
    const { tokens } = lexConfig(src, "t.tf");
    expect(tokens.map((t) => `${t.type} ${JSON.stringify(t.text)} ${r(t.range)}`)).toEqual(expected);
  });

  it("reports invalid characters as diagnostics", () => {
    const { diagnostics } = lexConfig('a = "b\nc"\nd = @\n', "t.tf");
    expect(diagnostics.map((d) => `${d.summary} @ ${r(d.subject!)}`)).toEqual([
      "Invalid multi-line string @ 1:7(6)-2:1(7)",
      "Invalid character @ 3:5(14)-3:6(15)",
    ]);
  });

  it("accounts for every character but blanks between tokens", () => {
    const src = 'resource "a" "b" {\n  x = [for v in y : "${v}-%{ if v }z%{ endif }"] # c\n  h = <<EOT\n  ${1}\nEOT\n}\n';
    const { tokens } = lexConfig(src, "t.tf");
    let rebuilt = "";
    for (const t of tokens) rebuilt = rebuilt.padEnd(t.range.start.byte, " ") + t.text;
    expect(rebuilt).toBe(src);
  });
});
