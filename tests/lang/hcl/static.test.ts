import { describe, expect, it } from "vitest";
import { nativeFileBody } from "../../../lang/eval/native-body.js";
import type { Expression } from "../../../lang/hcl/expression.js";
import { absTraversalForExpr, exprAsKeyword, exprList, exprMap, nativeSyntax } from "../../../lang/hcl/static.js";
import { parseJsonConfig } from "../../../lang/json/parse.js";
import { parseConfig } from "../../../lang/syntax/parse.js";
import type { Traversal } from "../../../lang/syntax/ast.js";

function nativeAttr(src: string): Expression {
  const { file, diagnostics } = parseConfig(`x = ${src}\n`, "main.tf");
  expect(diagnostics).toEqual([]);
  return nativeFileBody(file).justAttributes().attributes.get("x")!.expr;
}

function jsonAttr(src: string): Expression {
  const { file, diagnostics } = parseJsonConfig(`{"x": ${src}}`, "main.tf.json");
  expect(diagnostics).toEqual([]);
  return file.body.justAttributes().attributes.get("x")!.expr;
}

function show(t: Traversal | undefined): string | undefined {
  return t?.map((s) => (s.type === "TraverseRoot" ? s.name : s.type === "TraverseAttr" ? `.${s.name}` : `[${JSON.stringify(s.key)}]`)).join("");
}

describe("absTraversalForExpr", () => {
  it.each([
    ["aws_instance.a", '"aws_instance.a"', "aws_instance.a"],
    ["var.x[0].y", '"var.x[0].y"', 'var.x[{"kind":"number","text":"0"}].y'],
    ["true", '"true"', "true"],
    ["null", '"null"', "null"],
    ["null.x", '"null.x"', "null.x"],
  ])("%s", (native, json, want) => {
    expect(show(absTraversalForExpr(nativeAttr(native)).traversal)).toBe(want);
    expect(show(absTraversalForExpr(jsonAttr(json)).traversal)).toBe(want);
  });

  it.each([["upper(var.x)"], ['"${var.x}"'], ["var.x[var.y]"], ["1 + 2"]])("rejects %s", (src) => {
    const r = absTraversalForExpr(nativeAttr(src));
    expect(r.traversal).toBeUndefined();
    expect(r.diagnostics.map((d) => d.summary)).toEqual(["Invalid expression"]);
    expect(r.diagnostics[0]!.detail).toMatch(/^A single static variable reference is required/);
    expect(r.diagnostics[0]!.subject!.start).toEqual({ line: 1, column: 5, byte: 4 });
  });

  it("points into the JSON string for a malformed traversal", () => {
    const r = absTraversalForExpr(jsonAttr('"a.b("'));
    expect(r.traversal).toBeUndefined();
    expect(r.diagnostics[0]!.summary).toBe("Invalid expression");
  });
});

describe("exprList, exprMap, exprAsKeyword, nativeSyntax", () => {
  it("lists tuple elements in both syntaxes", () => {
    expect(exprList(nativeAttr("[a.b, c]"))!.map((e) => show(absTraversalForExpr(e).traversal))).toEqual(["a.b", "c"]);
    expect(exprList(jsonAttr('["a.b", "c"]'))!.map((e) => show(absTraversalForExpr(e).traversal))).toEqual(["a.b", "c"]);
    expect(exprList(nativeAttr("a.b"))).toBeUndefined();
    expect(exprList(jsonAttr('"a"'))).toBeUndefined();
  });

  it("maps object items in both syntaxes", () => {
    const native = exprMap(nativeAttr("{ aws = aws.west }"))!;
    expect(native.map((kv) => [exprAsKeyword(kv.key), show(absTraversalForExpr(kv.value).traversal)])).toEqual([["aws", "aws.west"]]);
    const json = exprMap(jsonAttr('{"aws": "aws.west"}'))!;
    expect(json.map((kv) => [exprAsKeyword(kv.key), show(absTraversalForExpr(kv.value).traversal)])).toEqual([["aws", "aws.west"]]);
    expect(exprMap(nativeAttr("[1]"))).toBeUndefined();
  });

  it("reads keywords", () => {
    expect(exprAsKeyword(nativeAttr("all"))).toBe("all");
    expect(exprAsKeyword(jsonAttr('"destroy"'))).toBe("destroy");
    expect(exprAsKeyword(nativeAttr("a.b"))).toBeUndefined();
    expect(exprAsKeyword(nativeAttr('"all"'))).toBeUndefined();
  });

  it("reads a JSON string as native syntax, with ranges from its opening quote as hcl has them", () => {
    const r = nativeSyntax(jsonAttr('"list(string)"'));
    expect(r.node?.type).toBe("FunctionCall");
    expect(r.node?.range.start).toEqual({ line: 1, column: 7, byte: 6 });
    expect(nativeSyntax(jsonAttr("1")).node).toBeUndefined();
  });
});
