import { describe, expect, it } from "vitest";
import { formatSource } from "../../../lang/format/index.js";

// One row per input and what `terraform fmt -` printed for it (Terraform v1.11.4): Terraform's
// own rewrites and the spacing rules, each shown on the smallest input that exercises it.

const ROWS: readonly [string, string][] = [
    ["a = \"${var.x}\"\n", "a = var.x\n"],
    ["a = \"${var.x}${var.y}\"\n", "a = \"${var.x}${var.y}\"\n"],
    ["a = \"x${var.x}\"\n", "a = \"x${var.x}\"\n"],
    ["a = \"${var.c ? \"a\" : \"b\"}\"\n", "a = var.c ? \"a\" : \"b\"\n"],
    ["a = \"${\n  var.x\n}\"\n", "a = var.x\n"],
    ["a = \"${var.c\n  ? 1\n  : 2}\"\n", "a = (var.c\n  ? 1\n: 2)\n"],
    ["a = \"${(var.c\n  ? 1\n  : 2)}\"\n", "a = (var.c\n  ? 1\n: 2)\n"],
    ["a = { b = \"${var.x}\" }\n", "a = { b = \"${var.x}\" }\n"],
    ["a = [\"${var.x}\"]\n", "a = [\"${var.x}\"]\n"],
    ["b { a = \"${var.x}\" }\n", "b { a = var.x }\n"],
    ["variable \"v\" {\n  type = \"string\"\n}\n", "variable \"v\" {\n  type = string\n}\n"],
    ["variable \"v\" {\n  type = \"list\"\n}\n", "variable \"v\" {\n  type = list(string)\n}\n"],
    ["variable \"v\" {\n  type = \"map\"\n}\n", "variable \"v\" {\n  type = map(string)\n}\n"],
    ["variable \"v\" {\n  type = \"set\"\n}\n", "variable \"v\" {\n  type = \"set\"\n}\n"],
    ["variable \"v\" {\n  type = list\n}\n", "variable \"v\" {\n  type = list(any)\n}\n"],
    ["variable \"v\" {\n  type = map\n}\n", "variable \"v\" {\n  type = map(any)\n}\n"],
    ["variable \"v\" {\n  type = set\n}\n", "variable \"v\" {\n  type = set(any)\n}\n"],
    ["variable \"v\" {\n  type = tuple\n}\n", "variable \"v\" {\n  type = tuple\n}\n"],
    ["x {\nvariable \"v\" {\n  type = \"string\"\n}\n}\n", "x {\n  variable \"v\" {\n    type = \"string\"\n  }\n}\n"],
    ["locals {\n  type = \"string\"\n}\n", "locals {\n  type = \"string\"\n}\n"],
    ["resource a b {}\n", "resource \"a\" \"b\" {}\n"],
    ["resource \"a\" /* x */ \"b\" {}\n", "resource \"a\" \"b\" {}\n"],
    ["resource /* x */ \"a\" \"b\" /* y */ {}\n", "resource \"a\" \"b\" /* y */ {}\n"],
    ["resource \"a$b\" \"c\" {}\n", "resource \"c\" {}\n"],
    ["resource \"e\\u0301\" \"\\u00a0\" {}\n", "resource \"é\" \"\\u00a0\" {}\n"],
    ["a=1+2\n", "a = 1 + 2\n"],
    ["a = - 1\n", "a = -1\n"],
    ["a = 1 - -1\n", "a = 1 - -1\n"],
    ["a = ! b\n", "a = !b\n"],
    ["a = [for x in[1]: x]\n", "a = [for x in [1] : x]\n"],
    ["a = f (1, 2 ,3)\n", "a = f(1, 2, 3)\n"],
    ["a = x [0]\n", "a = x[0]\n"],
    ["a = x . y\n", "a = x.y\n"],
    ["a = {a=1,b=2}\n", "a = { a = 1, b = 2 }\n"],
    ["a = {}\n", "a = {}\n"],
    ["a = { }\n", "a = {}\n"],
    ["a = p :: q :: f(1)\n", "a = p::q::f(1)\n"],
    ["a = f(x ...)\n", "a = f(x...)\n"],
    ["a = \"${ {a=1} }\"\n", "a = { a = 1 }\n"],
    ["a = 1 # c\nbbb = 2 # d\n", "a   = 1 # c\nbbb = 2 # d\n"]

];

describe("formatSource", () => {
  it.each(ROWS)("formats %j as terraform fmt does", (input, expected) => {
    expect(formatSource(input, "main.tf")).toEqual({ output: expected, diagnostics: [] });
  });

  it("returns the source unchanged, with the parser's errors, when the file has syntax errors", () => {
    const source = "resource \"a\" \"b\" {\n  count = \n}\n";
    const result = formatSource(source, "bad.tf");
    expect(result.output).toBe(source);
    expect(result.diagnostics.map((d) => [d.severity, d.summary, d.subject?.filename, d.subject?.start.line])).toEqual([
      ["error", "Invalid expression", "bad.tf", 2],
    ]);
  });

  it("keeps CRLF line endings and a missing final newline as they are", () => {
    expect(formatSource("a=1\r\nbb=2", "crlf.tf").output).toBe("a  = 1\r\nbb = 2");
  });

  it("drops a byte-order mark but keeps the spaces it leaves before an empty file's end", () => {
    expect(formatSource("\ufeffa=1\n", "bom.tf").output).toBe("a = 1\n");
    expect(formatSource("\ufeff", "bom.tf").output).toBe("   ");
  });
});
