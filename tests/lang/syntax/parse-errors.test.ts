import { describe, expect, it } from "vitest";
import { parseConfig, parseExpression, parseTemplate } from "../../../lang/syntax/index.js";
import { r } from "./ast-dump.js";

// Syntax errors: summary and exact subject range of every diagnostic, in order. Each row was
// checked against Terraform v1.11 (`terraform validate -json`, which shows a zero-width range as one
// character wide; hcl's own range is zero-width, as here).

const invalid: [string, string[]][] = [
  ["a = 1, b = 2\n", ["Unexpected comma after argument @ 1:6(5)-1:7(6)"]],
  ["a = \n", ["Invalid expression @ 1:5(4)-2:1(5)"]],
  ["a = 1 2\n", ["Missing newline after argument @ 1:7(6)-1:8(7)"]],
  ["a = (1\n", ["Unbalanced parentheses @ 2:1(7)-2:1(7)"]],
  ["a = [1 2]\n", ["Missing item separator @ 1:8(7)-1:9(8)"]],
  ["a = [1,\n", ["Missing expression @ 2:1(8)-2:1(8)"]],
  ["a = {a = 1 b = 2}\n", ["Missing attribute separator @ 1:12(11)-1:13(12)"]],
  ["a = {a b}\n", ["Missing key/value separator @ 1:8(7)-1:9(8)"]],
  ["a = {\"a\" 1}\n", ["Missing key/value separator @ 1:10(9)-1:11(10)"]],
  ["a = {a = 1\n", ["Missing expression @ 2:1(11)-2:1(11)"]],
  ["a = f(1 2)\n", ["Missing argument separator @ 1:9(8)-1:10(9)"]],
  ["a = f(1\n", ["Unterminated function call @ 1:5(4)-1:7(6)"]],
  ["a = f(x...,1)\n", ["Missing closing parenthesis @ 1:8(7)-1:11(10)"]],
  ["a = x.\n", ["Invalid attribute name @ 1:7(6)-2:1(7)"]],
  ["a = x.*.*\n", ["Nested splat expression not allowed @ 1:9(8)-1:10(9)"]],
  ["a = x.0.1\n", ["Invalid legacy index syntax @ 1:7(6)-1:10(9)"]],
  ["a = x[*\n", ["Missing close bracket on splat index @ 2:1(8)-2:1(8)"]],
  ["a = x[1\n", ["Missing close bracket on index @ 2:1(8)-2:1(8)"]],
  ["a = true ? 1\n", ["Missing false expression in conditional @ 1:13(12)-2:1(13)"]],
  ["\"a\" = 1\n", ["Invalid argument name @ 1:1(0)-1:2(1)"]],
  ["a {\n", ["Unclosed configuration block @ 1:3(2)-1:4(3)"]],
  ["a b c\n", ["Invalid block definition @ 1:6(5)-2:1(6)"]],
  ["a = 1\na = 2\n", ["Attribute redefined @ 2:1(6)-2:2(7)"]],
  ["a \"b\" = 1\n", ["Invalid block definition @ 1:7(6)-1:8(7)"]],
  ["a \"b\"\n{}\n", ["Invalid block definition @ 1:6(5)-2:1(6)"]],
  ["a \"${b}\" {}\n", ["Invalid string literal @ 1:4(3)-1:6(5)"]],
  ["a \"b {}\n", ["Invalid multi-line string @ 1:8(7)-2:1(8)", "Invalid string literal @ 1:8(7)-2:1(8)"]],
  ["a = \"${b\"\n", ["Invalid multi-line string @ 1:10(9)-2:1(10)", "Unclosed template interpolation sequence @ 1:6(5)-1:8(7)"]],
  ["a = \"${b c}\"\n", ["Extra characters after interpolation expression @ 1:10(9)-1:11(10)"]],
  ["a = \"${b:c}\"\n", ["Extra characters after interpolation expression @ 1:9(8)-1:10(9)"]],
  ["a = \"%{ if }\"\n", ["Invalid expression @ 1:12(11)-1:13(12)", "Unexpected end of template @ 1:13(12)-1:14(13)"]],
  ["a = \"%{ iff x }\"\n", ["Invalid template control keyword @ 1:9(8)-1:12(11)"]],
  ["a = \"%{ if x }\"\n", ["Unexpected end of template @ 1:15(14)-1:16(15)"]],
  ["a = \"%{ endif }\"\n", ["Unexpected endif directive @ 1:6(5)-1:16(15)"]],
  ["a = \"%{ for x y }%{ endfor }\"\n", ["Invalid 'for' directive @ 1:15(14)-1:16(15)", "Unexpected endfor directive @ 1:18(17)-1:29(28)"]],
  ["a = \"%{ for }\"\n", ["Invalid 'for' directive @ 1:13(12)-1:14(13)"]],
  ["a = \"%{ if x } %{ else } %{ else } %{ endif }\"\n", ["Unexpected else directive @ 1:26(25)-1:35(34)", "Unexpected endif directive @ 1:36(35)-1:46(45)"]],
  ["a = \"%{ for x in y } %{ else } %{ endfor }\"\n", ["Unexpected else directive @ 1:22(21)-1:31(30)", "Unexpected endfor directive @ 1:32(31)-1:43(42)"]],
  ["a = \"%{ if x } %{ endfor }\"\n", ["Unexpected endfor directive @ 1:16(15)-1:27(26)"]],
  ["a = \"\\q\"\n", ["Invalid escape sequence @ 1:6(5)-1:8(7)"]],
  ["a = \"\\u12\"\n", ["Invalid escape sequence @ 1:6(5)-1:10(9)"]],
  ["a = \"\\U00110000\"\n", ["Invalid escape sequence @ 1:6(5)-1:16(15)"]],
  ["a = [for x in y: x => y]\n", ["Invalid 'for' expression @ 1:18(17)-1:19(18)"]],
  ["a = {for x in y: x}\n", ["Invalid 'for' expression @ 1:18(17)-1:19(18)"]],
  ["a = [for x in y: x...]\n", ["Invalid 'for' expression @ 1:19(18)-1:22(21)"]],
  ["a = [for x, in y: x]\n", ["Invalid 'for' expression @ 1:16(15)-1:17(16)"]],
  ["a = [for x y: x]\n", ["Invalid 'for' expression @ 1:12(11)-1:13(12)"]],
  ["a = [for x in y x]\n", ["Invalid 'for' expression @ 1:17(16)-1:18(17)"]],
  ["a = [for x in y: x if]\n", ["Invalid expression @ 1:22(21)-1:23(22)"]],
  ["a = [for x in y: x foo]\n", ["Invalid 'for' expression @ 1:20(19)-1:23(22)"]],
  ["a = 1 & 2\n", ["Unsupported operator @ 1:7(6)-1:8(7)", "Missing newline after argument @ 1:7(6)-1:8(7)"]],
  ["a = 'x'\n", ["Invalid character @ 1:5(4)-1:6(5)", "Invalid expression @ 1:5(4)-1:6(5)"]],
  ["a = `x`\n", ["Invalid character @ 1:5(4)-1:6(5)", "Invalid expression @ 1:5(4)-1:6(5)"]],
  ["a = 1;\n", ["Invalid character @ 1:6(5)-1:7(6)", "Missing newline after argument @ 1:6(5)-1:7(6)"]],
  ["a = @\n", ["Invalid character @ 1:5(4)-1:6(5)", "Invalid expression @ 1:5(4)-1:6(5)"]],
  ["a = provider::(1)\n", ["Missing function name @ 1:15(14)-1:16(15)"]],
  ["a = provider::x\n", ["Missing open parenthesis @ 1:16(15)-2:1(16)"]],
  ["a = 1.2.3\n", ["Invalid number literal @ 1:5(4)-1:10(9)"]],
  ["a { b = 1 } c\n", ["Missing newline after block definition @ 1:13(12)-1:14(13)"]],
  ["x = <<EOT\nfoo\n", ["Unterminated template string @ 3:1(14)-3:1(14)"]],
  ["}\na = 1\n", ["Argument or block definition required @ 1:1(0)-1:2(1)"]],
  ["a = -\n", ["Invalid expression @ 1:6(5)-2:1(6)"]],
  ["a = !\n", ["Invalid expression @ 1:6(5)-2:1(6)"]],
  ["a = x ? : 2\n", ["Invalid expression @ 1:9(8)-1:10(9)"]],
  ["a = \"ünï ${x\"\n", ["Invalid multi-line string @ 1:14(15)-2:1(16)", "Unclosed template interpolation sequence @ 1:6(5)-1:10(11)"]],
  ["a = \"👩‍👩‍👧 \\q\"\n", ["Invalid escape sequence @ 1:8(24)-1:10(26)"]],
  ["b = \"é\" c\n", ["Missing newline after argument @ 1:9(9)-1:10(10)"]],
  ["a = \"x\\\n", ["Invalid character @ 1:7(6)-1:8(7)", "Invalid multi-line string @ 1:8(7)-2:1(8)", "Unterminated template string @ 1:7(6)-1:8(7)"]],
  ["a = \"x$", ["Invalid character @ 1:7(6)-1:8(7)", "Unterminated template string @ 1:7(6)-1:8(7)"]],
  ["a = <<EOT\nx$", ["Invalid character @ 2:2(11)-2:3(12)", "Unterminated template string @ 2:2(11)-2:3(12)"]],
  ["a = <<EOT\nx\rfoo\nEOT\n", ["Invalid character @ 2:2(11)-4:1(20)", "Unterminated template string @ 2:2(11)-4:1(20)"]],
  ["a = 1\r\nb = 2 3\r\n", ["Missing newline after argument @ 2:7(13)-2:8(14)"]],
  ["﻿a = 1 2\n", ["Missing newline after argument @ 1:7(9)-1:8(10)"]],
  ["a = {\n  b = 1 # c\n  d = 2 c = 3\n}\n", ["Missing attribute separator @ 3:9(26)-3:10(27)"]],
  ["a = {\n  b = 1 /* x */ d = 2\n}\n", ["Missing attribute separator @ 2:17(22)-2:18(23)"]],
  ["a \"x\" {\n  b = 1\n} c = 2\n", ["Missing newline after block definition @ 3:3(18)-3:4(19)"]],
  ["a = [\n  1,\n  2\n  3\n]\n", ["Missing item separator @ 4:3(17)-4:4(18)"]],
  ["a = \"${\"\n", ["Invalid multi-line string @ 1:9(8)-2:1(9)", "Unterminated template string @ 1:9(8)-2:1(9)"]],
  ["a = \"%{if x}${\"\n", ["Invalid multi-line string @ 1:16(15)-2:1(16)", "Unterminated template string @ 1:16(15)-2:1(16)", "Unexpected end of template @ 2:1(16)-2:1(16)"]],
  ["a = \"${x}%{ endif }\"\n", ["Unexpected endif directive @ 1:10(9)-1:20(19)"]],
  ["a = \"%{ else }\"\n", ["Unexpected else directive @ 1:6(5)-1:15(14)"]],
  ["a = \"%{ if x ~}a%{ endif\"\n", ["Invalid multi-line string @ 1:26(25)-2:1(26)", "Extra characters in endif marker @ 1:25(24)-1:26(25)"]],
  ["a = \"%{ if x y }%{ endif }\"\n", ["Extra characters in if marker @ 1:14(13)-1:15(14)"]],
  ["a = \"%{ for x, in y }%{ endfor }\"\n", ["Invalid 'for' directive @ 1:19(18)-1:20(19)", "Unexpected endfor directive @ 1:22(21)-1:33(32)"]],
  ["a = \"%{ for x, y z }%{ endfor }\"\n", ["Invalid 'for' directive @ 1:18(17)-1:19(18)", "Unexpected endfor directive @ 1:21(20)-1:32(31)"]],
  ["a = \"%{ 1 }\"\n", ["Invalid template directive @ 1:9(8)-1:10(9)"]],
  ["a = \"%{ for x in y }\"\n", ["Unexpected end of template @ 1:21(20)-1:22(21)"]],
  ["a = x.y.*.0.1\n", ["Invalid legacy index syntax @ 1:9(8)-1:10(9)"]],
  ["a = x.*.y.\n", ["Invalid attribute name @ 1:7(6)-1:8(7)"]],
  ["a = x.*.\"a\"\n", ["Invalid attribute name @ 1:7(6)-1:8(7)"]],
  ["a = x.\"a\"\n", ["Invalid attribute name @ 1:7(6)-1:8(7)"]],
  ["a = f(\n", ["Missing expression @ 2:1(7)-2:1(7)"]],
  ["a = f(1,\n", ["Missing expression @ 2:1(9)-2:1(9)"]],
  ["a = f(...)\n", ["Invalid expression @ 1:7(6)-1:10(9)"]],
  ["a = f(x... y)\n", ["Missing closing parenthesis @ 1:8(7)-1:11(10)"]],
  ["a = x::\n", ["Missing function name @ 1:8(7)-2:1(8)"]],
  ["a = x::1()\n", ["Missing function name @ 1:8(7)-1:9(8)"]],
  ["a = (1 2)\n", ["Unbalanced parentheses @ 1:8(7)-1:9(8)"]],
  ["a = ((1)\n", ["Unbalanced parentheses @ 2:1(9)-2:1(9)"]],
  ["a = [for in x: 1]\n", ["Invalid 'for' expression @ 1:13(12)-1:14(13)"]],
  ["a = [for x in: 1]\n", ["Invalid expression @ 1:14(13)-1:15(14)"]],
  ["a = {for k, v in x: k => v if}\n", ["Invalid expression @ 1:30(29)-1:31(30)"]],
  ["a = [for x in y: x if z if w]\n", ["Invalid 'for' expression @ 1:25(24)-1:27(26)"]],
  ["a b {\n  c = 1\n", ["Unclosed configuration block @ 1:5(4)-1:6(5)"]],
  ["a {\n  b {\n    c = 1\n  }\n", ["Unclosed configuration block @ 1:3(2)-1:4(3)"]],
  ["a { b = 1 c = 2 }\n", ["Invalid single-argument block definition @ 1:11(10)-1:12(11)"]],
  ["a { b }\n", ["Argument or block definition required @ 1:5(4)-1:6(5)"]],
  ["a { \"b\" = 1 }\n", ["Argument or block definition required @ 1:5(4)-1:6(5)"]],
  ["a { b = }\n", ["Invalid expression @ 1:9(8)-1:10(9)"]],
  ["a { b = 1\n", ["Invalid single-argument block definition @ 1:10(9)-2:1(10)"]],
  ["a { b = 1 }}\n", ["Missing newline after block definition @ 1:12(11)-1:13(12)"]],
  ["a = 1 }\n", ["Missing newline after argument @ 1:7(6)-1:8(7)"]],
  ["a = 1 ]\n", ["Missing newline after argument @ 1:7(6)-1:8(7)"]],
  ["a = ]\nb = 2 3\n", ["Invalid expression @ 1:5(4)-1:6(5)"]],
  ["a \"b\" \"c\n", ["Invalid multi-line string @ 1:9(8)-2:1(9)", "Invalid string literal @ 1:9(8)-2:1(9)"]],
  ["a \"b\\q\" {}\n", ["Invalid escape sequence @ 1:5(4)-1:7(6)"]],
  ["a \"b\n\" {}\n", ["Invalid multi-line string @ 1:5(4)-2:1(5)", "Invalid string literal @ 1:5(4)-2:1(5)"]],
  ["a = 5 ~ 3\n", ["Unsupported operator @ 1:7(6)-1:8(7)", "Missing newline after argument @ 1:7(6)-1:8(7)"]],
  ["a = x ~} y\n", ["Missing newline after argument @ 1:7(6)-1:9(8)"]],
  ["a = 1 ^ 2\n", ["Unsupported operator @ 1:7(6)-1:8(7)", "Missing newline after argument @ 1:7(6)-1:8(7)"]],
  ["a = `a` + `b` + `c`\n", ["Invalid character @ 1:5(4)-1:6(5)", "Invalid character @ 1:11(10)-1:12(11)", "Invalid expression @ 1:5(4)-1:6(5)"]],
  ["a = 'a' + 'b' + 'c'\n", ["Invalid character @ 1:5(4)-1:6(5)", "Invalid character @ 1:11(10)-1:12(11)", "Invalid expression @ 1:5(4)-1:6(5)"]],
  ["a = 1;;\n", ["Invalid character @ 1:6(5)-1:7(6)", "Missing newline after argument @ 1:6(5)-1:7(6)"]],
  ["a = 1 | 2\n", ["Unsupported operator @ 1:7(6)-1:8(7)", "Missing newline after argument @ 1:7(6)-1:8(7)"]],
  ["a = 1 ** 2\n", ["Invalid expression @ 1:8(7)-1:9(8)"]],
  ["a = \"\\u00e9\\U0001F600\\ud800\"\n", ["Invalid escape sequence @ 1:22(21)-1:28(27)"]],
  ["a = 0x10\n", ["Missing newline after argument @ 1:6(5)-1:9(8)"]],
  ["a = 1e\n", ["Missing newline after argument @ 1:6(5)-1:7(6)"]],
  ["a = 1..2\n", ["Invalid number literal @ 1:5(4)-1:9(8)"]],
  ["a = .5\n", ["Invalid expression @ 1:5(4)-1:6(5)"]],
  ["a = x\n.y\n", ["Argument or block definition required @ 2:1(6)-2:2(7)"]],
  ["a = f(x)\n(1)\n", ["Argument or block definition required @ 2:1(9)-2:2(10)"]],
  ["a = {\n for = 1\n}\n", ["Invalid 'for' expression @ 2:6(11)-2:7(12)"]],
  ["a = x.*.*.y\n", ["Nested splat expression not allowed @ 1:9(8)-1:10(9)"]],
  ["a = <<EOT\n${x}\nEOT\nb = 1 2\n", ["Missing newline after argument @ 4:7(25)-4:8(26)"]],
  ["a = <<EOT\n  EOT  \nb = 1 2\n", ["Missing newline after argument @ 3:7(24)-3:8(25)"]],
  ["a = <<EOT x\nEOT\n", ["Invalid expression @ 1:5(4)-1:6(5)", "Argument or block definition required @ 2:1(12)-2:4(15)"]],
  ["a = <<\nEOT\n", ["Invalid expression @ 1:5(4)-1:6(5)", "Argument or block definition required @ 2:1(7)-2:4(10)"]],
  ["b = \"héllo 👩‍👩‍👧\" c\n", ["Missing newline after argument @ 1:15(32)-1:16(33)"]],
  ["ü = \"x\" c\n", ["Missing newline after argument @ 1:9(9)-1:10(10)"]],
  ["b = \"é\" c\n", ["Missing newline after argument @ 1:9(10)-1:10(11)"]],
  ["b = \"한글\" c\n", ["Missing newline after argument @ 1:10(13)-1:11(14)"]],
  ["﻿a = 1 2\n", ["Missing newline after argument @ 1:7(9)-1:8(10)"]],
  ["a = \"\t\" c\n", ["Missing newline after argument @ 1:9(8)-1:10(9)"]],
  ["a\t= 1 2\n", ["Missing newline after argument @ 1:7(6)-1:8(7)"]],
  ["a = <<EOT\n${x\nEOT\n", ["Extra characters after interpolation expression @ 3:1(14)-3:4(17)"]],
  ["a = <<EOT\n%{ if x }\nEOT\n", ["Unexpected end of template @ 3:1(20)-3:4(23)"]],
  ["a = <<EOT\n%{ if x\nEOT\n", ["Extra characters in if marker @ 3:1(18)-3:4(21)", "Unexpected end of template @ 4:1(22)-4:1(22)"]],
  ["a = \"${x\n", ["Unclosed template interpolation sequence @ 1:6(5)-1:8(7)"]],
  ["a = \"${", ["Missing expression @ 1:8(7)-1:8(7)"]],
  ["a = \"%{", ["Invalid template directive @ 1:8(7)-1:8(7)"]],
  ["a = \"%{ if x y }\"\n", ["Extra characters in if marker @ 1:14(13)-1:15(14)", "Unexpected end of template @ 1:17(16)-1:18(17)"]],
  ["a = \"%{ for x in y z }%{ endfor }\"\n", ["Extra characters in for marker @ 1:20(19)-1:21(20)"]],
  ["a = \"%{ else x }\"\n", ["Extra characters in else marker @ 1:14(13)-1:15(14)", "Unexpected else directive @ 1:6(5)-1:15(14)"]],
  ["a {b=1}c\n", ["Missing newline after block definition @ 1:8(7)-1:9(8)"]],
  ["a = {\n  b = 1\n  c\n}\n", ["Missing attribute value @ 3:4(17)-4:1(18)"]],
  ["a = {\n  b = 1,, c = 2\n}\n", ["Invalid expression @ 2:9(14)-2:10(15)"]],
  ["a = [1,, 2]\n", ["Invalid expression @ 1:8(7)-1:9(8)"]],
  ["a = f(1,, 2)\n", ["Invalid expression @ 1:9(8)-1:10(9)"]],
  ["a = x[]\n", ["Invalid expression @ 1:7(6)-1:8(7)"]],
  ["a = x[1,2]\n", ["Missing close bracket on index @ 1:10(9)-1:11(10)"]],
  ["a = x.y[\"a\", \"b\"]\n", ["Missing close bracket on index @ 1:17(16)-1:18(17)"]],
  ["a = {for k, v in x: k => v, }\n", ["Invalid 'for' expression @ 1:27(26)-1:28(27)"]],
  ["a = [for x in y: x,]\n", ["Invalid 'for' expression @ 1:19(18)-1:20(19)"]],
  ["a = x ? y\n", ["Missing false expression in conditional @ 1:10(9)-2:1(10)"]],
  ["a = x ? y :\n", ["Invalid expression @ 1:12(11)-2:1(12)"]],
  ["a = x ?\n", ["Invalid expression @ 1:8(7)-2:1(8)"]],
  ["a = ()\n", ["Invalid expression @ 1:6(5)-1:7(6)"]],
  ["a = (\n)\n", ["Invalid expression @ 2:1(6)-2:2(7)"]],
  ["a = {a = 1}}\n", ["Missing newline after argument @ 1:12(11)-1:13(12)"]],
  ["a = [1]]\n", ["Missing newline after argument @ 1:8(7)-1:9(8)"]],
  ["a = f(1))\n", ["Missing newline after argument @ 1:9(8)-1:10(9)"]],
  ["block {\n  a = 1\n  nested {\n    b = 2\n  }\n  c = [\n    1,\n  ]\n}\n}\n", ["Argument or block definition required @ 10:1(62)-10:2(63)"]],
  ["a = \"\\\n", ["Invalid character @ 1:6(5)-1:7(6)", "Invalid multi-line string @ 1:7(6)-2:1(7)", "Unterminated template string @ 1:6(5)-1:7(6)"]],
  ["a = \"\\u\"\n", ["Invalid escape sequence @ 1:6(5)-1:8(7)"]],
  ["a = \"\\U1234\"\n", ["Invalid escape sequence @ 1:6(5)-1:12(11)"]],
  ["a = \"\\x\"\n", ["Invalid escape sequence @ 1:6(5)-1:8(7)"]],
  ["a = \"\\ud83d\"\n", ["Invalid escape sequence @ 1:6(5)-1:12(11)"]],
  ["a = 'a\\'b'\n", ["Invalid character @ 1:5(4)-1:6(5)", "Invalid character @ 1:7(6)-1:8(7)", "Invalid character @ 1:10(9)-1:11(10)", "Invalid expression @ 1:5(4)-1:6(5)"]],
  ["a = \"a\" \"b\"\n", ["Missing newline after argument @ 1:9(8)-1:10(9)"]],
  ["a = 1 + + 2\n", ["Invalid expression @ 1:9(8)-1:10(9)"]],
  ["a = 1 *\n2\n", ["Invalid expression @ 1:8(7)-2:1(8)"]],
  ["a = x.*.\n", ["Invalid attribute name @ 1:7(6)-1:8(7)"]],
  ["a = x.1.5\n", ["Invalid legacy index syntax @ 1:7(6)-1:10(9)"]],
  ["a = x.-1\n", ["Invalid attribute name @ 1:7(6)-1:8(7)"]],
  ["a = x[*]]\n", ["Missing newline after argument @ 1:9(8)-1:10(9)"]],
  ["a = x[*] y\n", ["Missing newline after argument @ 1:10(9)-1:11(10)"]],
  ["a = <<EOT\n\tfoo\n\t EOT \t\nb = 1 2\n", ["Missing newline after argument @ 4:7(29)-4:8(30)"]],
  ["a = \"${ {a=1} }\" b\n", ["Missing newline after argument @ 1:18(17)-1:19(18)"]],
  ["a = \"%{if true}${\"x\"}%{endif}\" c\n", ["Missing newline after argument @ 1:32(31)-1:33(32)"]],
  ["a = x.y.z.\"w\"\n", ["Invalid attribute name @ 1:11(10)-1:12(11)"]],
  ["a = f::\n(1)\n", ["Missing function name @ 1:8(7)-2:1(8)"]],
  ["a = ::f(1)\n", ["Invalid expression @ 1:5(4)-1:7(6)"]],
  ["a = 1 /* unterminated", ["Invalid expression @ 1:8(7)-1:9(8)"]],
  // Unicode: identifiers use Unicode 9.0 tables; columns count grapheme clusters per token (Unicode 15.0).
  ["\u0d04 = 1\n", ["Invalid character @ 1:1(0)-1:2(3)", "Argument or block definition required @ 1:1(0)-1:2(3)"]],
  ["x\u200dy = 1\n", ["Invalid character @ 1:2(1)-1:3(4)", "Argument or block definition required @ 1:1(0)-1:2(1)"]],
  ["a = 1e99999999999\n", ["Invalid number literal @ 1:5(4)-1:18(17)"]],
  ["a = \"\u0915\u094d\u0937\" 2\n", ["Missing newline after argument @ 1:10(16)-1:11(17)"]],
  ["a = \"\u0915\u094d\u200d\u0937 \u0d4e\u0d15\" 2\n", ["Missing newline after argument @ 1:12(26)-1:13(27)"]],
  ["\u00e9\u0301 = 1 2\n", ["Missing newline after argument @ 1:7(9)-1:8(10)"]],
  ["a\u0663 = 1 2\n", ["Missing newline after argument @ 1:8(8)-1:9(9)"]],
];

// The diagnostics the HCL spec suite expects (hcl-specsuite tests/structure), by range.
const specSuite: [string, string[]][] = [
  ['a = "a value", b = "b value"\n', ["1:14(13)-1:15(14)"]],
  [
    'a { b = "foo", c = "bar" }\na { b = "foo"\n}\na { b = "foo"\n  c = "bar" }\na { b = "foo"\n  c = "bar"\n}\na { d {} }\n',
    ["1:14(13)-1:15(14)", "2:14(40)-3:1(41)", "4:14(56)-5:1(57)", "6:14(84)-7:1(85)", "9:5(103)-9:8(106)"],
  ],
  ["a {\n", ["1:3(2)-1:4(3)"]],
  ["# Hash comment\n", []],
  ["// Slash comment\n", []],
  ["/*\n  Multi-line comment\n*/\n", []],
];

const show = (src: string): string[] =>
  parseConfig(src, "t.tf").diagnostics.map((d) => `${d.summary} @ ${r(d.subject!)}`);

describe("syntax errors", () => {
  it.each(invalid)("reports %j", (src, expected) => {
    expect(show(src)).toEqual(expected);
  });

  it.each(specSuite)("matches the spec suite for %j", (src, ranges) => {
    expect(parseConfig(src, "t.tf").diagnostics.map((d) => r(d.subject!))).toEqual(ranges);
  });

  it("gives every diagnostic error severity, hcl's detail text and a context where hcl has one", () => {
    const { diagnostics } = parseConfig("a = {a = 1 b = 2}\n", "t.tf");
    expect(diagnostics).toEqual([
      {
        severity: "error",
        summary: "Missing attribute separator",
        detail: "Expected a newline or comma to mark the beginning of the next attribute.",
        subject: expect.objectContaining({ filename: "t.tf" }),
        context: expect.objectContaining({ filename: "t.tf" }),
      },
    ]);
    expect(r(diagnostics[0].subject!)).toBe("1:12(11)-1:13(12)");
    expect(r(diagnostics[0].context!)).toBe("1:5(4)-1:13(12)");
  });

  const details: [string, string][] = [
    ["a = 1 2\n", "An argument definition must end with a newline."],
    ["a b c\n", 'A block definition must have block content delimited by "{" and "}", starting on the same line as the block header.'],
    ['a = "\\q"\n', 'The symbol "q" is not a valid escape sequence selector.'],
    ['a = "\\U00110000"\n', "Cannot encode character U+110000 in UTF-8."],
    ['a = "%{ iff x }"\n', '"iff" is not a valid template control keyword. Did you mean "if"?'],
    ['a = "%{ if x }"\n', "The if directive at t.tf:1,6-15 is missing its corresponding endif directive."],
    ["a = x.0.1\n", "When using the legacy index syntax, chaining two indexes together is not permitted. Use the proper index syntax instead, like [0][1]."],
    ['a "${b}" {}\n', 'Template sequences are not allowed in this string. To include a literal "$", double it (as "$$") to escape it.'],
    ["a = 1 & 2\n", 'Bitwise operators are not supported. Did you mean boolean AND ("&&")?'],
    ["a { b = 1, c = 2 }\n", "Single-line block syntax can include only one argument definition. To define multiple arguments, use the multi-line block syntax with one argument definition per line."],
  ];
  it.each(details)("explains %j", (src, detail) => {
    expect(parseConfig(src, "t.tf").diagnostics[0].detail).toBe(detail);
  });

  it("reports invalid characters everywhere, but syntax errors only until the parser first recovers", () => {
    expect(show("a = 1 ;\nb = `x`\nc = @\n")).toEqual([
      "Invalid character @ 1:7(6)-1:8(7)",
      "Invalid character @ 2:5(12)-2:6(13)",
      "Invalid character @ 3:5(20)-3:6(21)",
      "Missing newline after argument @ 1:7(6)-1:8(7)",
    ]);
  });

  it.each([
    ["brackets", "a = " + "[".repeat(5000) + "]".repeat(5000) + "\n"],
    ["objects", "a = " + "{x=".repeat(5000) + "1" + "}".repeat(5000) + "\n"],
    ["interpolations", "a = " + '"${'.repeat(5000) + "1" + '}"'.repeat(5000) + "\n"],
    ["unary operators", "a = " + "!".repeat(20000) + "x\n"],
    ["conditionals", "a = " + "x ? 1 : ".repeat(5000) + "2\n"],
    ["splats", "a = x" + "[*]".repeat(20000) + "\n"],
    ["blocks", "a {\n".repeat(5000) + "}\n".repeat(5000)],
    ["directives", 'a = "' + "%{if x}".repeat(5000) + "%{endif}".repeat(5000) + '"\n'],
  ])("reports %s nested too deep instead of overflowing the stack", (_what, src) => {
    const { diagnostics } = parseConfig(src, "t.tf");
    expect(diagnostics.map((d) => d.summary)).toContain("Nesting too deep");
  });

  it("follows nesting up to its limit", () => {
    const src = "a = " + "[".repeat(150) + "]".repeat(150) + "\n";
    expect(parseConfig(src, "t.tf").diagnostics).toEqual([]);
  });

  it("reports errors in standalone expressions and templates", () => {
    expect(parseExpression("(1", "e").diagnostics.map((d) => d.summary)).toEqual(["Unbalanced parentheses"]);
    expect(parseTemplate("${a", "t").diagnostics.map((d) => d.summary)).toEqual(["Unclosed template interpolation sequence"]);
    expect(parseTemplate("%{ endif }", "t").diagnostics.map((d) => `${d.summary} @ ${r(d.subject!)}`)).toEqual([
      "Unexpected endif directive @ 1:1(0)-1:11(10)",
    ]);
  });
});
