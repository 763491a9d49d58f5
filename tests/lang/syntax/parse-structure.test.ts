import { describe, expect, it } from "vitest";
import { parseConfig } from "../../../lang/syntax/index.js";
import { dumpBody, r } from "./ast-dump.js";

// Bodies, attributes and blocks: node kinds and exact ranges, as hclsyntax gives them (a block's
// body range includes its braces; a file body starts at its first token).

const cases: [string, string][] = [
  [
    "a = 1\n",
    `Body 1:1(0)-2:1(6) end=2:1(6)-2:1(6)
  Attribute a 1:1(0)-1:6(5) name=1:1(0)-1:2(1) eq=1:3(2)-1:4(3)
    Literal 1:5(4)-1:6(5) number 1`,
  ],
  [
    "a = 1\nb = \"x\"\n",
    `Body 1:1(0)-3:1(14) end=3:1(14)-3:1(14)
  Attribute a 1:1(0)-1:6(5) name=1:1(0)-1:2(1) eq=1:3(2)-1:4(3)
    Literal 1:5(4)-1:6(5) number 1
  Attribute b 2:1(6)-2:8(13) name=2:1(6)-2:2(7) eq=2:3(8)-2:4(9)
    Template 2:5(10)-2:8(13)
      Literal 2:6(11)-2:7(12) string "x"`,
  ],
  [
    '# c\n/* b */\nresource "aws_instance" "web" {\n  ami = "x"\n\n  lifecycle {\n    create_before_destroy = true\n  }\n}\n',
    `Body 1:1(0)-10:1(110) end=10:1(110)-10:1(110)
  Block resource "aws_instance"@3:10(21)-3:24(35) "web"@3:25(36)-3:30(41) 3:1(12)-9:2(109) type=3:1(12)-3:9(20) open=3:31(42)-3:32(43) close=9:1(108)-9:2(109)
    Body 3:31(42)-9:2(109) end=9:2(109)-9:2(109)
      Attribute ami 4:3(46)-4:12(55) name=4:3(46)-4:6(49) eq=4:7(50)-4:8(51)
        Template 4:9(52)-4:12(55)
          Literal 4:10(53)-4:11(54) string "x"
      Block lifecycle 6:3(59)-8:4(107) type=6:3(59)-6:12(68) open=6:13(69)-6:14(70) close=8:3(106)-8:4(107)
        Body 6:13(69)-8:4(107) end=8:4(107)-8:4(107)
          Attribute create_before_destroy 7:5(75)-7:33(103) name=7:5(75)-7:26(96) eq=7:27(97)-7:28(98)
            Literal 7:29(99)-7:33(103) bool true`,
  ],
  [
    "a b c {}\n",
    `Body 1:1(0)-2:1(9) end=2:1(9)-2:1(9)
  Block a "b"@1:3(2)-1:4(3) "c"@1:5(4)-1:6(5) 1:1(0)-1:9(8) type=1:1(0)-1:2(1) open=1:7(6)-1:8(7) close=1:8(7)-1:9(8)
    Body 1:7(6)-1:9(8) end=1:9(8)-1:9(8)`,
  ],
  [
    "a { b = 1 }\n",
    `Body 1:1(0)-2:1(12) end=2:1(12)-2:1(12)
  Block a 1:1(0)-1:12(11) type=1:1(0)-1:2(1) open=1:3(2)-1:4(3) close=1:11(10)-1:12(11)
    Body 1:5(4)-1:10(9) end=1:10(9)-1:10(9)
      Attribute b 1:5(4)-1:10(9) name=1:5(4)-1:6(5) eq=1:7(6)-1:8(7)
        Literal 1:9(8)-1:10(9) number 1`,
  ],
  [
    "a {\n}",
    `Body 1:1(0)-2:2(5) end=2:2(5)-2:2(5)
  Block a 1:1(0)-2:2(5) type=1:1(0)-1:2(1) open=1:3(2)-1:4(3) close=2:1(4)-2:2(5)
    Body 1:3(2)-2:2(5) end=2:2(5)-2:2(5)`,
  ],
  [
    "a = 1 // trailing\nb = 2",
    `Body 1:1(0)-2:6(23) end=2:6(23)-2:6(23)
  Attribute a 1:1(0)-1:6(5) name=1:1(0)-1:2(1) eq=1:3(2)-1:4(3)
    Literal 1:5(4)-1:6(5) number 1
  Attribute b 2:1(18)-2:6(23) name=2:1(18)-2:2(19) eq=2:3(20)-2:4(21)
    Literal 2:5(22)-2:6(23) number 2`,
  ],
  ["", `Body 1:1(0)-1:1(0) end=1:1(0)-1:1(0)`],
  ["   \n\n", `Body 1:4(3)-3:1(5) end=3:1(5)-3:1(5)`],
  [
    'a "\\u00e9\\"x" {}\n',
    `Body 1:1(0)-2:1(17) end=2:1(17)-2:1(17)
  Block a "é\\"x"@1:3(2)-1:14(13) 1:1(0)-1:17(16) type=1:1(0)-1:2(1) open=1:15(14)-1:16(15) close=1:16(15)-1:17(16)
    Body 1:15(14)-1:17(16) end=1:17(16)-1:17(16)`,
  ],
  [
    "a = 1\r\nb = 2\r\n",
    `Body 1:1(0)-3:1(14) end=3:1(14)-3:1(14)
  Attribute a 1:1(0)-1:6(5) name=1:1(0)-1:2(1) eq=1:3(2)-1:4(3)
    Literal 1:5(4)-1:6(5) number 1
  Attribute b 2:1(7)-2:6(12) name=2:1(7)-2:2(8) eq=2:3(9)-2:4(10)
    Literal 2:5(11)-2:6(12) number 2`,
  ],
  [
    "\ufeffa = 1\n",
    `Body 1:1(3)-2:1(9) end=2:1(9)-2:1(9)
  Attribute a 1:1(3)-1:6(8) name=1:1(3)-1:2(4) eq=1:3(5)-1:4(6)
    Literal 1:5(7)-1:6(8) number 1`,
  ],
  [
    'ü = "héllo 👩‍👩‍👧" # ü\nb = 1\n',
    `Body 1:1(0)-3:1(44) end=3:1(44)-3:1(44)
  Attribute ü 1:1(0)-1:14(32) name=1:1(0)-1:2(2) eq=1:3(3)-1:4(4)
    Template 1:5(5)-1:14(32)
      Literal 1:6(6)-1:13(31) string "héllo 👩‍👩‍👧"
  Attribute b 2:1(38)-2:6(43) name=2:1(38)-2:2(39) eq=2:3(40)-2:4(41)
    Literal 2:5(42)-2:6(43) number 1`,
  ],
  [
    'for = 1\nin = 2\nif "x" {}\ntrue { null = false }\n',
    `Body 1:1(0)-5:1(47) end=5:1(47)-5:1(47)
  Attribute for 1:1(0)-1:8(7) name=1:1(0)-1:4(3) eq=1:5(4)-1:6(5)
    Literal 1:7(6)-1:8(7) number 1
  Attribute in 2:1(8)-2:7(14) name=2:1(8)-2:3(10) eq=2:4(11)-2:5(12)
    Literal 2:6(13)-2:7(14) number 2
  Block if "x"@3:4(18)-3:7(21) 3:1(15)-3:10(24) type=3:1(15)-3:3(17) open=3:8(22)-3:9(23) close=3:9(23)-3:10(24)
    Body 3:8(22)-3:10(24) end=3:10(24)-3:10(24)
  Block true 4:1(25)-4:22(46) type=4:1(25)-4:5(29) open=4:6(30)-4:7(31) close=4:21(45)-4:22(46)
    Body 4:8(32)-4:20(44) end=4:20(44)-4:20(44)
      Attribute null 4:8(32)-4:20(44) name=4:8(32)-4:12(36) eq=4:13(37)-4:14(38)
        Literal 4:15(39)-4:20(44) bool false`,
  ],
  [
    "a = {\n  b = 1\n}\n",
    `Body 1:1(0)-4:1(16) end=4:1(16)-4:1(16)
  Attribute a 1:1(0)-3:2(15) name=1:1(0)-1:2(1) eq=1:3(2)-1:4(3)
    ObjectCons 1:5(4)-3:2(15) open=1:5(4)-1:6(5)
      ObjectConsKey 2:3(8)-2:4(9)
        ScopeTraversal 2:3(8)-2:4(9) b@2:3(8)-2:4(9)
      =
        Literal 2:7(12)-2:8(13) number 1`,
  ],
];

describe("parseConfig structure", () => {
  it.each(cases)("%j", (src, expected) => {
    const { file, diagnostics } = parseConfig(src, "t.tf");
    expect(diagnostics).toEqual([]);
    expect(dumpBody(file.body)).toBe(expected);
  });

  it("keeps the first of two attributes with the same name and reports the second", () => {
    const { file, diagnostics } = parseConfig("a = 1\na = 2\nb {}\n", "t.tf");
    expect(file.body.attributes.map((a) => r(a.range))).toEqual(["1:1(0)-1:6(5)"]);
    expect(file.body.items.map((i) => i.type)).toEqual(["Attribute", "Block"]);
    expect(diagnostics.map((d) => [d.summary, d.detail, r(d.subject!)])).toEqual([
      [
        "Attribute redefined",
        'The argument "a" was already set at t.tf:1,1-2. Each argument may be set only once.',
        "2:1(6)-2:2(7)",
      ],
    ]);
  });

  it("returns the file name, source and whole-source range", () => {
    const { file } = parseConfig("a = 1\n", "dir/main.tf");
    expect(file.type).toBe("ConfigFile");
    expect(file.filename).toBe("dir/main.tf");
    expect(file.source).toBe("a = 1\n");
    expect(r(file.range)).toBe("1:1(0)-2:1(6)");
    expect(file.body.range.filename).toBe("dir/main.tf");
  });

  it("lists attributes and blocks separately and interleaved", () => {
    const { file } = parseConfig("a = 1\nb {}\nc = 2\nd {}\n", "t.tf");
    expect(file.body.attributes.map((a) => a.name)).toEqual(["a", "c"]);
    expect(file.body.blocks.map((b) => b.blockType)).toEqual(["b", "d"]);
    expect(file.body.items.map((i) => (i.type === "Attribute" ? i.name : i.blockType))).toEqual(["a", "b", "c", "d"]);
  });
});
