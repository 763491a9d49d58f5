import { describe, expect, it } from "vitest";
import { parseExpression } from "../../../lang/syntax/index.js";
import { dumpExpr, r } from "./ast-dump.js";

// Expressions: precedence and associativity, traversals (static steps, index, legacy `.0`),
// splats and what their per-element part covers, calls, collections and for expressions, with
// every node's exact range.

const cases: [string, string][] = [
  [
    "1 + 2 * 3",
    `BinaryOp 1:1(0)-1:10(9) +@1:3(2)-1:4(3)
  Literal 1:1(0)-1:2(1) number 1
  BinaryOp 1:5(4)-1:10(9) *@1:7(6)-1:8(7)
    Literal 1:5(4)-1:6(5) number 2
    Literal 1:9(8)-1:10(9) number 3`,
  ],
  [
    "a || b && c == d",
    `BinaryOp 1:1(0)-1:17(16) ||@1:3(2)-1:5(4)
  ScopeTraversal 1:1(0)-1:2(1) a@1:1(0)-1:2(1)
  BinaryOp 1:6(5)-1:17(16) &&@1:8(7)-1:10(9)
    ScopeTraversal 1:6(5)-1:7(6) b@1:6(5)-1:7(6)
    BinaryOp 1:11(10)-1:17(16) ==@1:13(12)-1:15(14)
      ScopeTraversal 1:11(10)-1:12(11) c@1:11(10)-1:12(11)
      ScopeTraversal 1:16(15)-1:17(16) d@1:16(15)-1:17(16)`,
  ],
  [
    "1 - 2 - 3",
    `BinaryOp 1:1(0)-1:10(9) -@1:7(6)-1:8(7)
  BinaryOp 1:1(0)-1:6(5) -@1:3(2)-1:4(3)
    Literal 1:1(0)-1:2(1) number 1
    Literal 1:5(4)-1:6(5) number 2
  Literal 1:9(8)-1:10(9) number 3`,
  ],
  [
    "!a == -b",
    `BinaryOp 1:1(0)-1:9(8) ==@1:4(3)-1:6(5)
  UnaryOp 1:1(0)-1:3(2) !@1:1(0)-1:2(1)
    ScopeTraversal 1:2(1)-1:3(2) a@1:2(1)-1:3(2)
  UnaryOp 1:7(6)-1:9(8) -@1:7(6)-1:8(7)
    ScopeTraversal 1:8(7)-1:9(8) b@1:8(7)-1:9(8)`,
  ],
  [
    "a < b + 1 ? \"x\" : c ? 1 : 2",
    `Conditional 1:1(0)-1:28(27)
  BinaryOp 1:1(0)-1:10(9) <@1:3(2)-1:4(3)
    ScopeTraversal 1:1(0)-1:2(1) a@1:1(0)-1:2(1)
    BinaryOp 1:5(4)-1:10(9) +@1:7(6)-1:8(7)
      ScopeTraversal 1:5(4)-1:6(5) b@1:5(4)-1:6(5)
      Literal 1:9(8)-1:10(9) number 1
  Template 1:13(12)-1:16(15)
    Literal 1:14(13)-1:15(14) string "x"
  Conditional 1:19(18)-1:28(27)
    ScopeTraversal 1:19(18)-1:20(19) c@1:19(18)-1:20(19)
    Literal 1:23(22)-1:24(23) number 1
    Literal 1:27(26)-1:28(27) number 2`,
  ],
  [
    "(1 + 2) * 3",
    `BinaryOp 1:1(0)-1:12(11) *@1:9(8)-1:10(9)
  Parentheses 1:1(0)-1:8(7)
    BinaryOp 1:2(1)-1:7(6) +@1:4(3)-1:5(4)
      Literal 1:2(1)-1:3(2) number 1
      Literal 1:6(5)-1:7(6) number 2
  Literal 1:11(10)-1:12(11) number 3`,
  ],
  [
    "-46 + 5",
    `BinaryOp 1:1(0)-1:8(7) +@1:5(4)-1:6(5)
  UnaryOp 1:1(0)-1:4(3) -@1:1(0)-1:2(1)
    Literal 1:2(1)-1:4(3) number 46
  Literal 1:7(6)-1:8(7) number 5`,
  ],
  [
    "1.5e3",
    `Literal 1:1(0)-1:6(5) number 1.5e3`,
  ],
  [
    "var.a.b[0][\"k\"].c",
    `ScopeTraversal 1:1(0)-1:18(17) var@1:1(0)-1:4(3) .a@1:4(3)-1:6(5) .b@1:6(5)-1:8(7) [number 0]@1:8(7)-1:11(10) [string "k"]@1:11(10)-1:16(15) .c@1:16(15)-1:18(17)`,
  ],
  [
    "x[var.i]",
    `Index 1:1(0)-1:9(8) bracket=1:2(1)-1:9(8)
  ScopeTraversal 1:1(0)-1:2(1) x@1:1(0)-1:2(1)
  ScopeTraversal 1:3(2)-1:8(7) var@1:3(2)-1:6(5) .i@1:6(5)-1:8(7)`,
  ],
  [
    "f(x).y",
    `RelativeTraversal 1:1(0)-1:7(6) .y@1:5(4)-1:7(6)
  FunctionCall 1:1(0)-1:5(4) f name=1:1(0)-1:2(1) open=1:2(1)-1:3(2) close=1:4(3)-1:5(4)
    ScopeTraversal 1:3(2)-1:4(3) x@1:3(2)-1:4(3)`,
  ],
  [
    "a.0.b",
    `ScopeTraversal 1:1(0)-1:6(5) a@1:1(0)-1:2(1) [number 0]@1:2(1)-1:4(3) .b@1:4(3)-1:6(5)`,
  ],
  [
    "a.*.b[0]",
    `RelativeTraversal 1:1(0)-1:9(8) [number 0]@1:6(5)-1:9(8)
  Splat 1:1(0)-1:6(5) attr marker=1:2(1)-1:4(3) item=1:2(1)-1:4(3)
    source
      ScopeTraversal 1:1(0)-1:2(1) a@1:1(0)-1:2(1)
    each
      RelativeTraversal 1:4(3)-1:6(5) .b@1:4(3)-1:6(5)
        AnonSymbol 1:2(1)-1:4(3)`,
  ],
  [
    "a[*].b[0].c",
    `Splat 1:1(0)-1:12(11) full marker=1:2(1)-1:5(4) item=1:2(1)-1:5(4)
  source
    ScopeTraversal 1:1(0)-1:2(1) a@1:1(0)-1:2(1)
  each
    RelativeTraversal 1:2(1)-1:12(11) .b@1:5(4)-1:7(6) [number 0]@1:7(6)-1:10(9) .c@1:10(9)-1:12(11)
      AnonSymbol 1:2(1)-1:5(4)`,
  ],
  [
    "a.*",
    `Splat 1:1(0)-1:4(3) attr marker=1:2(1)-1:4(3) item=1:2(1)-1:4(3)
  source
    ScopeTraversal 1:1(0)-1:2(1) a@1:1(0)-1:2(1)
  each
    AnonSymbol 1:2(1)-1:4(3)`,
  ],
  [
    "a[*]",
    `Splat 1:1(0)-1:5(4) full marker=1:2(1)-1:5(4) item=1:2(1)-1:5(4)
  source
    ScopeTraversal 1:1(0)-1:2(1) a@1:1(0)-1:2(1)
  each
    AnonSymbol 1:2(1)-1:5(4)`,
  ],
  [
    "upper(\"x\", [1]...)",
    `FunctionCall 1:1(0)-1:19(18) upper... name=1:1(0)-1:6(5) open=1:6(5)-1:7(6) close=1:18(17)-1:19(18)
  Template 1:7(6)-1:10(9)
    Literal 1:8(7)-1:9(8) string "x"
  TupleCons 1:12(11)-1:15(14) open=1:12(11)-1:13(12)
    Literal 1:13(12)-1:14(13) number 1`,
  ],
  [
    "provider::aws::arn_parse(x)",
    `FunctionCall 1:1(0)-1:28(27) provider::aws::arn_parse name=1:1(0)-1:25(24) open=1:25(24)-1:26(25) close=1:27(26)-1:28(27)
  ScopeTraversal 1:26(25)-1:27(26) x@1:26(25)-1:27(26)`,
  ],
  [
    "f(\n  1,\n  2,\n)",
    `FunctionCall 1:1(0)-4:2(14) f name=1:1(0)-1:2(1) open=1:2(1)-1:3(2) close=4:1(13)-4:2(14)
  Literal 2:3(5)-2:4(6) number 1
  Literal 3:3(10)-3:4(11) number 2`,
  ],
  [
    "[1, \"a\", [true, null]]",
    `TupleCons 1:1(0)-1:23(22) open=1:1(0)-1:2(1)
  Literal 1:2(1)-1:3(2) number 1
  Template 1:5(4)-1:8(7)
    Literal 1:6(5)-1:7(6) string "a"
  TupleCons 1:10(9)-1:22(21) open=1:10(9)-1:11(10)
    Literal 1:11(10)-1:15(14) bool true
    Literal 1:17(16)-1:21(20) null`,
  ],
  [
    "[\n  1\n  ,2,\n]",
    `TupleCons 1:1(0)-4:2(13) open=1:1(0)-1:2(1)
  Literal 2:3(4)-2:4(5) number 1
  Literal 3:4(9)-3:5(10) number 2`,
  ],
  [
    "{a = 1, \"b\": 2, (c) = 3, d.e = 4}",
    `ObjectCons 1:1(0)-1:34(33) open=1:1(0)-1:2(1)
  ObjectConsKey 1:2(1)-1:3(2)
    ScopeTraversal 1:2(1)-1:3(2) a@1:2(1)-1:3(2)
  =
    Literal 1:6(5)-1:7(6) number 1
  ObjectConsKey 1:9(8)-1:12(11)
    Template 1:9(8)-1:12(11)
      Literal 1:10(9)-1:11(10) string "b"
  =
    Literal 1:14(13)-1:15(14) number 2
  ObjectConsKey 1:17(16)-1:20(19) (forced)
    Parentheses 1:17(16)-1:20(19)
      ScopeTraversal 1:18(17)-1:19(18) c@1:18(17)-1:19(18)
  =
    Literal 1:23(22)-1:24(23) number 3
  ObjectConsKey 1:26(25)-1:29(28)
    ScopeTraversal 1:26(25)-1:29(28) d@1:26(25)-1:27(26) .e@1:27(26)-1:29(28)
  =
    Literal 1:32(31)-1:33(32) number 4`,
  ],
  [
    "{\n a = 1\n b = 2,\n}",
    `ObjectCons 1:1(0)-4:2(18) open=1:1(0)-1:2(1)
  ObjectConsKey 2:2(3)-2:3(4)
    ScopeTraversal 2:2(3)-2:3(4) a@2:2(3)-2:3(4)
  =
    Literal 2:6(7)-2:7(8) number 1
  ObjectConsKey 3:2(10)-3:3(11)
    ScopeTraversal 3:2(10)-3:3(11) b@3:2(10)-3:3(11)
  =
    Literal 3:6(14)-3:7(15) number 2`,
  ],
  [
    "[for k, v in m : \"${k}=${v}\" if v != null]",
    `For 1:1(0)-1:43(42) k,v open=1:1(0)-1:2(1) close=1:42(41)-1:43(42)
  in
    ScopeTraversal 1:14(13)-1:15(14) m@1:14(13)-1:15(14)
  key none
  value
    Template 1:18(17)-1:29(28)
      ScopeTraversal 1:21(20)-1:22(21) k@1:21(20)-1:22(21)
      Literal 1:23(22)-1:24(23) string "="
      ScopeTraversal 1:26(25)-1:27(26) v@1:26(25)-1:27(26)
  if
    BinaryOp 1:33(32)-1:42(41) !=@1:35(34)-1:37(36)
      ScopeTraversal 1:33(32)-1:34(33) v@1:33(32)-1:34(33)
      Literal 1:38(37)-1:42(41) null`,
  ],
  [
    "{for x in xs : x.id => x...}",
    `For 1:1(0)-1:29(28) _,x group open=1:1(0)-1:2(1) close=1:28(27)-1:29(28)
  in
    ScopeTraversal 1:11(10)-1:13(12) xs@1:11(10)-1:13(12)
  key
    ScopeTraversal 1:16(15)-1:20(19) x@1:16(15)-1:17(16) .id@1:17(16)-1:20(19)
  value
    ScopeTraversal 1:24(23)-1:25(24) x@1:24(23)-1:25(24)
  if none`,
  ],
  [
    "{for x in xs : upper(x) => x if x != \"\"}",
    `For 1:1(0)-1:41(40) _,x open=1:1(0)-1:2(1) close=1:40(39)-1:41(40)
  in
    ScopeTraversal 1:11(10)-1:13(12) xs@1:11(10)-1:13(12)
  key
    FunctionCall 1:16(15)-1:24(23) upper name=1:16(15)-1:21(20) open=1:21(20)-1:22(21) close=1:23(22)-1:24(23)
      ScopeTraversal 1:22(21)-1:23(22) x@1:22(21)-1:23(22)
  value
    ScopeTraversal 1:28(27)-1:29(28) x@1:28(27)-1:29(28)
  if
    BinaryOp 1:33(32)-1:40(39) !=@1:35(34)-1:37(36)
      ScopeTraversal 1:33(32)-1:34(33) x@1:33(32)-1:34(33)
      Template 1:38(37)-1:40(39)
        Literal 1:40(39)-1:40(39) string ""`,
  ],
  [
    "{}",
    `ObjectCons 1:1(0)-1:3(2) open=1:1(0)-1:2(1)`,
  ],
  [
    "[]",
    `TupleCons 1:1(0)-1:3(2) open=1:1(0)-1:2(1)`,
  ],
  [
    "x[true][null]",
    `ScopeTraversal 1:1(0)-1:14(13) x@1:1(0)-1:2(1) [bool true]@1:2(1)-1:8(7) [null]@1:8(7)-1:14(13)`,
  ],
  [
    "(a)",
    `Parentheses 1:1(0)-1:4(3)
  ScopeTraversal 1:2(1)-1:3(2) a@1:2(1)-1:3(2)`,
  ],
  [
    "a\n+\nb",
    `BinaryOp 1:1(0)-3:2(5) +@2:1(2)-2:2(3)
  ScopeTraversal 1:1(0)-1:2(1) a@1:1(0)-1:2(1)
  ScopeTraversal 3:1(4)-3:2(5) b@3:1(4)-3:2(5)`,
  ],
  [
    "a.*.0",
    `Splat 1:1(0)-1:6(5) attr marker=1:2(1)-1:4(3) item=1:2(1)-1:4(3)
  source
    ScopeTraversal 1:1(0)-1:2(1) a@1:1(0)-1:2(1)
  each
    RelativeTraversal 1:4(3)-1:6(5) [number 0]@1:4(3)-1:6(5)
      AnonSymbol 1:2(1)-1:4(3)`,
  ],
  [
    "a.*.b.c",
    `Splat 1:1(0)-1:8(7) attr marker=1:2(1)-1:4(3) item=1:2(1)-1:4(3)
  source
    ScopeTraversal 1:1(0)-1:2(1) a@1:1(0)-1:2(1)
  each
    RelativeTraversal 1:4(3)-1:8(7) .b@1:4(3)-1:6(5) .c@1:6(5)-1:8(7)
      AnonSymbol 1:2(1)-1:4(3)`,
  ],
  [
    "a[*].b[*].c",
    `Splat 1:1(0)-1:12(11) full marker=1:2(1)-1:5(4) item=1:2(1)-1:5(4)
  source
    ScopeTraversal 1:1(0)-1:2(1) a@1:1(0)-1:2(1)
  each
    Splat 1:2(1)-1:12(11) full marker=1:7(6)-1:10(9) item=1:7(6)-1:10(9)
      source
        RelativeTraversal 1:2(1)-1:7(6) .b@1:5(4)-1:7(6)
          AnonSymbol 1:2(1)-1:5(4)
      each
        RelativeTraversal 1:7(6)-1:12(11) .c@1:10(9)-1:12(11)
          AnonSymbol 1:7(6)-1:10(9)`,
  ],
  [
    "x[\"${k}\"]",
    `Index 1:1(0)-1:10(9) bracket=1:2(1)-1:10(9)
  ScopeTraversal 1:1(0)-1:2(1) x@1:1(0)-1:2(1)
  TemplateWrap 1:3(2)-1:9(8)
    ScopeTraversal 1:6(5)-1:7(6) k@1:6(5)-1:7(6)`,
  ],
  [
    "f(x)[0].y",
    `RelativeTraversal 1:1(0)-1:10(9) [number 0]@1:5(4)-1:8(7) .y@1:8(7)-1:10(9)
  FunctionCall 1:1(0)-1:5(4) f name=1:1(0)-1:2(1) open=1:2(1)-1:3(2) close=1:4(3)-1:5(4)
    ScopeTraversal 1:3(2)-1:4(3) x@1:3(2)-1:4(3)`,
  ],
  [
    "(\n  a # c\n  + b\n)",
    `Parentheses 1:1(0)-4:2(17)
  BinaryOp 2:3(4)-3:6(15) +@3:3(12)-3:4(13)
    ScopeTraversal 2:3(4)-2:4(5) a@2:3(4)-2:4(5)
    ScopeTraversal 3:5(14)-3:6(15) b@3:5(14)-3:6(15)`,
  ],
  [
    "!!a",
    `UnaryOp 1:1(0)-1:4(3) !@1:1(0)-1:2(1)
  UnaryOp 1:2(1)-1:4(3) !@1:2(1)-1:3(2)
    ScopeTraversal 1:3(2)-1:4(3) a@1:3(2)-1:4(3)`,
  ],
  [
    "a ? b : c ? d : e",
    `Conditional 1:1(0)-1:18(17)
  ScopeTraversal 1:1(0)-1:2(1) a@1:1(0)-1:2(1)
  ScopeTraversal 1:5(4)-1:6(5) b@1:5(4)-1:6(5)
  Conditional 1:9(8)-1:18(17)
    ScopeTraversal 1:9(8)-1:10(9) c@1:9(8)-1:10(9)
    ScopeTraversal 1:13(12)-1:14(13) d@1:13(12)-1:14(13)
    ScopeTraversal 1:17(16)-1:18(17) e@1:17(16)-1:18(17)`,
  ],
  [
    "1 < 2 == true",
    `BinaryOp 1:1(0)-1:14(13) ==@1:7(6)-1:9(8)
  BinaryOp 1:1(0)-1:6(5) <@1:3(2)-1:4(3)
    Literal 1:1(0)-1:2(1) number 1
    Literal 1:5(4)-1:6(5) number 2
  Literal 1:10(9)-1:14(13) bool true`,
  ],
  [
    "a.b.*.c",
    `Splat 1:1(0)-1:8(7) attr marker=1:4(3)-1:6(5) item=1:4(3)-1:6(5)
  source
    ScopeTraversal 1:1(0)-1:4(3) a@1:1(0)-1:2(1) .b@1:2(1)-1:4(3)
  each
    RelativeTraversal 1:6(5)-1:8(7) .c@1:6(5)-1:8(7)
      AnonSymbol 1:4(3)-1:6(5)`,
  ],
  [
    "[for i, v in l : v if i > 0]",
    `For 1:1(0)-1:29(28) i,v open=1:1(0)-1:2(1) close=1:28(27)-1:29(28)
  in
    ScopeTraversal 1:14(13)-1:15(14) l@1:14(13)-1:15(14)
  key none
  value
    ScopeTraversal 1:18(17)-1:19(18) v@1:18(17)-1:19(18)
  if
    BinaryOp 1:23(22)-1:28(27) >@1:25(24)-1:26(25)
      ScopeTraversal 1:23(22)-1:24(23) i@1:23(22)-1:24(23)
      Literal 1:27(26)-1:28(27) number 0`,
  ],
  [
    "{for k in m : k => k}",
    `For 1:1(0)-1:22(21) _,k open=1:1(0)-1:2(1) close=1:21(20)-1:22(21)
  in
    ScopeTraversal 1:11(10)-1:12(11) m@1:11(10)-1:12(11)
  key
    ScopeTraversal 1:15(14)-1:16(15) k@1:15(14)-1:16(15)
  value
    ScopeTraversal 1:20(19)-1:21(20) k@1:20(19)-1:21(20)
  if none`,
  ],
];

describe("parseExpression", () => {
  it.each(cases)("%j", (src, expected) => {
    const { expr, diagnostics } = parseExpression(src, "t.tf");
    expect(diagnostics).toEqual([]);
    expect(dumpExpr(expr)).toBe(expected);
  });

  it("offsets ranges by the given start position", () => {
    const { expr } = parseExpression("a +\n b", "vars.tf", { line: 3, column: 10, byte: 40 });
    expect(r(expr.range)).toBe("3:10(40)-4:3(46)");
    expect(expr.range.filename).toBe("vars.tf");
  });

  it("reports extra characters after the expression", () => {
    const { diagnostics } = parseExpression("1 2", "t.tf");
    expect(diagnostics.map((d) => [d.summary, d.detail, r(d.subject!)])).toEqual([
      [
        "Extra characters after expression",
        "An expression was successfully parsed, but extra characters were found after it.",
        "1:3(2)-1:4(3)",
      ],
    ]);
  });

  it("reads a bare identifier object key as a one-step traversal, and a parenthesised one as forced", () => {
    const { expr } = parseExpression("{ a = 1, (b) = 2 }", "t.tf");
    if (expr.type !== "ObjectCons") throw new Error("expected an object");
    expect(expr.items.map((i) => [i.key.forceNonLiteral, i.key.wrapped.type])).toEqual([
      [false, "ScopeTraversal"],
      [true, "Parentheses"],
    ]);
  });

  it("keeps the item of an attribute splat as its own each when no steps follow", () => {
    const { expr } = parseExpression("a.*", "t.tf");
    if (expr.type !== "Splat") throw new Error("expected a splat");
    expect(expr.each).toBe(expr.item);
  });
});
