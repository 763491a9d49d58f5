import { describe, expect, test } from "vitest";
import { references } from "../../../lang/eval/references.js";
import type { Traversal } from "../../../lang/syntax/ast.js";
import { parseExpression } from "../../../lang/syntax/parse.js";
import { shortRange } from "./eval-fixtures.js";

// What hclsyntax's Variables() reports: every scope traversal not bound by an enclosing for expression,
// in source order.

function show(t: Traversal): string {
  const [root, ...steps] = t;
  let s = root.name;
  for (const step of steps) {
    if (step.type === "TraverseAttr") s += `.${step.name}`;
    else s += `[${step.key.kind === "string" ? JSON.stringify(step.key.value) : step.key.kind === "number" ? step.key.text : step.key.kind}]`;
  }
  return s;
}

const ROWS: readonly [string, string[]][] = [
  ['var.a.b[0]["k"]', ['var.a.b[0]["k"]']],
  ["x", ["x"]],
  ["1 + 2", []],
  ["[for x in var.list: x + local.y if x != var.z]", ["var.list", "local.y", "var.z"]],
  ["{for k, v in var.m: k => v if k != k2}", ["var.m", "k2"]],
  ["[for x in var.a: [for y in x: y + z]]", ["var.a", "z"]],
  ["[for x in x: x]", ["x"]],
  ['"${var.a} and %{for x in var.l}${x}${local.s}%{endfor}"', ["var.a", "var.l", "local.s"]],
  ['"%{if var.c}${var.t}%{else}${var.f}%{endif}"', ["var.c", "var.t", "var.f"]],
  ["upper(var.a, local.b...)", ["var.a", "local.b"]],
  ["var.c ? var.t : var.f", ["var.c", "var.t", "var.f"]],
  ["{a = var.x, (var.k) = 1, null = 2, b.c = 3}", ["var.x", "var.k", "b.c"]],
  ["var.l[*].id", ["var.l"]],
  ["var.l.*.id", ["var.l"]],
  ["var.l[*].tags[var.k]", ["var.l", "var.k"]],
  ["var.m[local.k].x", ["var.m", "local.k"]],
  ["f(var.a).b", ["var.a"]],
  ["-var.n", ["var.n"]],
  ["!(var.p)", ["var.p"]],
  ["try(var.a, local.b)", ["var.a", "local.b"]],
];

describe("references", () => {
  test.each(ROWS)("%s", (src, want) => {
    const { expr } = parseExpression(src, "test.tf");
    expect(references(expr).map(show)).toEqual(want);
  });

  test("traversals keep their source ranges", () => {
    const { expr } = parseExpression("[var.a, local.b.c]", "test.tf");
    expect(references(expr).map((t) => t.map((s) => shortRange(s.range)))).toEqual([
      ["1:2-1:5", "1:5-1:7"],
      ["1:9-1:14", "1:14-1:16", "1:16-1:18"],
    ]);
  });
});
