import { describe, expect, it } from "vitest";
import { parseExpression, parseTemplate } from "../../../lang/syntax/index.js";
import type { Expression } from "../../../lang/syntax/index.js";
import { dumpExpr } from "./ast-dump.js";

// Templates: escapes, `$${`/`%{`, `~` strip markers, `if`/`for` directives, heredocs and `<<-`
// indentation stripping, bare templates; node kinds, decoded text and exact ranges.

const quoted: [string, string][] = [
  [
    "\"a\\n\\t\\\"\\\\\\u00e9\\U0001F600 $${x} %%{y}\"",
    `Template 1:1(0)-1:40(39)
  Literal 1:2(1)-1:39(38) string "a\\n\\t\\"\\\\é😀 \${x} %{y}"`,
  ],
  [
    "\"${x}\"",
    `TemplateWrap 1:1(0)-1:7(6)
  ScopeTraversal 1:4(3)-1:5(4) x@1:4(3)-1:5(4)`,
  ],
  [
    "\"${~ x ~}\"",
    `TemplateWrap 1:1(0)-1:11(10)
  ScopeTraversal 1:6(5)-1:7(6) x@1:6(5)-1:7(6)`,
  ],
  [
    "\"a ${x} b\"",
    `Template 1:1(0)-1:11(10)
  Literal 1:2(1)-1:4(3) string "a "
  ScopeTraversal 1:6(5)-1:7(6) x@1:6(5)-1:7(6)
  Literal 1:8(7)-1:10(9) string " b"`,
  ],
  [
    "\"a  ${~x~}  b\"",
    `Template 1:1(0)-1:15(14)
  Literal 1:2(1)-1:5(4) string "a"
  ScopeTraversal 1:8(7)-1:9(8) x@1:8(7)-1:9(8)
  Literal 1:11(10)-1:14(13) string "b"`,
  ],
  [
    "\"%{ if c }yes%{ else }no%{ endif }\"",
    `Template 1:1(0)-1:36(35)
  TemplateIf 1:2(1)-1:35(34)
    if
      ScopeTraversal 1:8(7)-1:9(8) c@1:8(7)-1:9(8)
    then
      Template 1:11(10)-1:14(13)
        Literal 1:11(10)-1:14(13) string "yes"
    else
      Template 1:23(22)-1:25(24)
        Literal 1:23(22)-1:25(24) string "no"`,
  ],
  [
    "\"%{~ if c ~} yes %{~ endif ~}\"",
    `Template 1:1(0)-1:31(30)
  TemplateIf 1:2(1)-1:30(29)
    if
      ScopeTraversal 1:9(8)-1:10(9) c@1:9(8)-1:10(9)
    then
      Template 1:13(12)-1:18(17)
        Literal 1:13(12)-1:18(17) string "yes"
    else
      Template 1:18(17)-1:18(17)
        Literal 1:18(17)-1:18(17) string ""`,
  ],
  [
    "\"%{ for k, v in m }${k}%{ endfor }\"",
    `Template 1:1(0)-1:36(35)
  TemplateFor 1:2(1)-1:35(34) k,v
    in
      ScopeTraversal 1:17(16)-1:18(17) m@1:17(16)-1:18(17)
    body
      Template 1:22(21)-1:23(22)
        ScopeTraversal 1:22(21)-1:23(22) k@1:22(21)-1:23(22)`,
  ],
  [
    "\"%{ for v in l }%{ endfor }\"",
    `Template 1:1(0)-1:29(28)
  TemplateFor 1:2(1)-1:28(27) _,v
    in
      ScopeTraversal 1:14(13)-1:15(14) l@1:14(13)-1:15(14)
    body
      Template 1:17(16)-1:17(16)
        Literal 1:17(16)-1:17(16) string ""`,
  ],
  [
    "\"\"",
    `Template 1:1(0)-1:3(2)
  Literal 1:3(2)-1:3(2) string ""`,
  ],
  [
    "<<EOT\nhello ${name}\nEOT\n",
    `Template 1:1(0)-3:4(23) heredoc
  Literal 2:1(6)-2:7(12) string "hello "
  ScopeTraversal 2:9(14)-2:13(18) name@2:9(14)-2:13(18)
  Literal 2:14(19)-3:1(20) string "\\n"`,
  ],
  [
    "<<-EOT\n    a\n      b\n    EOT\n",
    `Template 1:1(0)-4:8(28) heredoc
  Literal 2:5(11)-4:1(21) string "a\\n  b\\n"`,
  ],
  [
    "<<EOT\nEOT\n",
    `Template 1:1(0)-2:4(9) heredoc
  Literal 2:4(9)-2:4(9) string ""`,
  ],
];

const bare: [string, string][] = [
  [
    "Hello, ${name}!\n",
    `Template 1:1(0)-2:1(16)
  Literal 1:1(0)-1:8(7) string "Hello, "
  ScopeTraversal 1:10(9)-1:14(13) name@1:10(9)-1:14(13)
  Literal 1:15(14)-2:1(16) string "!\\n"`,
  ],
  [
    "${x}",
    `TemplateWrap 1:1(0)-1:5(4)
  ScopeTraversal 1:3(2)-1:4(3) x@1:3(2)-1:4(3)`,
  ],
  [
    "plain",
    `Template 1:1(0)-1:6(5)
  Literal 1:1(0)-1:6(5) string "plain"`,
  ],
  [
    "",
    `Template 1:1(0)-1:1(0)
  Literal 1:1(0)-1:1(0) string ""`,
  ],
  [
    "%{ for x in xs }${x},%{ endfor }",
    `Template 1:1(0)-1:33(32)
  TemplateFor 1:1(0)-1:33(32) _,x
    in
      ScopeTraversal 1:13(12)-1:15(14) xs@1:13(12)-1:15(14)
    body
      Template 1:19(18)-1:22(21)
        ScopeTraversal 1:19(18)-1:20(19) x@1:19(18)-1:20(19)
        Literal 1:21(20)-1:22(21) string ","`,
  ],
  [
    "a}b\"c\\n",
    `Template 1:1(0)-1:8(7)
  Literal 1:1(0)-1:8(7) string "a}b\\"c\\\\n"`,
  ],
];

/** The text of a template made only of literal parts (after decoding, trimming and joining). */
function text(expr: Expression): string {
  if (expr.type !== "Template") throw new Error(`expected a template, got ${expr.type}`);
  return expr.parts
    .map((p) => {
      if (p.type !== "Literal" || p.value.kind !== "string") throw new Error("expected literal parts only");
      return p.value.value;
    })
    .join("|");
}

describe("templates", () => {
  it.each(quoted)("parses %j", (src, expected) => {
    const { expr, diagnostics } = parseExpression(src, "t.tf");
    expect(diagnostics).toEqual([]);
    expect(dumpExpr(expr)).toBe(expected);
  });

  it.each(bare)("parses the bare template %j", (src, expected) => {
    const { expr, diagnostics } = parseTemplate(src, "t.tf");
    expect(diagnostics).toEqual([]);
    expect(dumpExpr(expr)).toBe(expected);
  });

  // Decoded literal text; "|" separates literal parts split by an interpolation or directive.
  const decoded: [string, string][] = [
    ['"\\n\\r\\t\\"\\\\"', '\n\r\t"\\'],
    ['"\\u00e9\\U0001F600"', "é😀"],
    ['"$${a} %%{b} $$ %% $ % $$$${"', "${a} %{b} $$ %% $ % $$${"],
    ['"an\u0303o"', "año"],
    ["<<EOT\n  a\n    b\nEOT\n", "  a\n    b\n"],
    ["<<-EOT\n    a\n      b\n    EOT\n", "a\n  b\n"],
    ["<<-EOT\n    a\n\n  b\n    EOT\n", "  a\n\nb\n"],
    ["<<-EOT\n\ta\n  b\n  EOT\n", "a\n b\n"],
    ["<<-EOT\n\u2003\u2003  a\n    b\n  EOT\n", "a\nb\n"],
    ["<<EOT\n$${a} %%{b}\\n\nEOT\n", "${a} %{b}\\n\n"],
    ["<<EOT\r\na\r\nEOT\r\n", "a\r\n"],
    ["<<EOT\n  EOT-not\n  EOT  \n", "  EOT-not\n"],
  ];
  it.each(decoded)("decodes %j", (src, expected) => {
    const { expr, diagnostics } = parseExpression(src, "t.tf");
    expect(diagnostics).toEqual([]);
    if (expr.type === "Template" && expr.parts.every((p) => p.type === "Literal")) {
      expect(text(expr)).toBe(expected);
    } else {
      const parts = expr.type === "Template" ? expr.parts : [];
      expect(parts.map((p) => (p.type === "Literal" && p.value.kind === "string" ? p.value.value : "")).join("|")).toBe(expected);
    }
  });

  // Strip markers remove whitespace next to a sequence, up to the neighbouring literal only.
  const stripped: [string, string[]][] = [
    ['"a  ${~ 1 ~}  b"', ["a", "", "b"]],
    ['"a \\n ${~ 1}"', ["a", ""]],
    ['"${1 ~}\\t c"', ["", "c"]],
    ["<<EOT\n  a ${1 ~}  \n  c\nEOT\n", ["  a ", "", "  c\n"]],
    ["<<EOT\n  a  \n  ${~ 1}\nEOT\n", ["  a  \n", "", "\n"]],
    ['"x %{ if true ~} yes %{~ else ~} no %{~ endif ~} y"', ["x ", "if", "y"]],
  ];
  it.each(stripped)("applies strip markers in %j", (src, expected) => {
    const { expr, diagnostics } = parseExpression(src, "t.tf");
    expect(diagnostics).toEqual([]);
    if (expr.type !== "Template") throw new Error("expected a template");
    expect(
      expr.parts.map((p) => (p.type === "Literal" && p.value.kind === "string" ? p.value.value : p.type === "TemplateIf" ? "if" : "")),
    ).toEqual(expected);
  });

  it("trims inside directive bodies too", () => {
    const { expr } = parseExpression('"x %{ if true ~} yes %{~ else ~} no %{~ endif ~} y"', "t.tf");
    if (expr.type !== "Template" || expr.parts[1].type !== "TemplateIf") throw new Error("expected an if");
    expect(text(expr.parts[1].trueResult)).toBe("yes");
    expect(text(expr.parts[1].falseResult!)).toBe("no");
  });
});
