import { describe, expect, it } from "vitest";
import { findMoveStatements, impliedMoveStatements, statementDependsOn, type MoveStatement } from "../../../core/refactoring/index.js";
import { configOf } from "../graph/config-fixtures.js";
import { moveStmt, stateWith } from "./move-fixtures.js";

// Finding move statements: `moved` blocks anywhere in the module tree with their endpoints unified,
// the moves implied by adding or removing `count` (refactoring.ImpliedMoveStatements, after
// Terraform's TestImpliedMoveStatements), and the ordering relation between statements.

function show(stmts: readonly MoveStatement[]): string[] {
  return stmts.map((s) => `${s.from} -> ${s.to}${s.implied ? " (implied)" : ""}`);
}

describe("findMoveStatements", () => {
  const config = configOf({
    "main.tf": [
      'moved {\n  from = aws_instance.a\n  to   = aws_instance.b\n}',
      'moved {\n  from = aws_instance.c\n  to   = aws_instance.c[0]\n}',
      'moved {\n  from = module.x\n  to   = module.y["k"]\n}',
      'moved {\n  from = module.p\n  to   = module.q\n}',
      'resource "aws_instance" "b" {}',
      'module "child" {\n  source = "./child"\n}',
      "",
    ].join("\n"),
    "child/main.tf": 'moved {\n  from = null_resource.old\n  to   = null_resource.new\n}\nresource "null_resource" "new" {}\n',
  });
  const stmts = findMoveStatements(config);

  it("unifies each block's endpoints, parents before children", () => {
    expect(show(stmts)).toEqual([
      "aws_instance.a[*] -> aws_instance.b[*]",
      "aws_instance.c -> aws_instance.c[0]",
      "module.x -> module.y[\"k\"]",
      "module.p[*] -> module.q[*]",
      "module.child[*].null_resource.old[*] -> module.child[*].null_resource.new[*]",
    ]);
  });

  it("keeps each block's range and the provider of a destination declared in the configuration", () => {
    expect(stmts.map((s) => `${s.declRange.filename}:${s.declRange.start.line}`)).toEqual(["main.tf:1", "main.tf:5", "main.tf:9", "main.tf:13", "child/main.tf:1"]);
    expect(stmts.map((s) => s.provider?.toString())).toEqual(["registry.terraform.io/hashicorp/aws", undefined, undefined, undefined, "registry.terraform.io/hashicorp/null"]);
  });
});

describe("impliedMoveStatements", () => {
  const config = configOf({
    "main.tf": [
      'resource "foo" "formerly_count" {}',
      'resource "foo" "now_count" {\n  count = 2\n}',
      'resource "foo" "now_for_each" {\n  for_each = {}\n}',
      'resource "foo" "explicit" {\n  count = 1\n}',
      'moved {\n  from = foo.explicit\n  to   = foo.explicit[1]\n}',
      'module "child" {\n  source = "./child"\n  count  = 2\n}',
      "",
    ].join("\n"),
    "child/main.tf": 'resource "foo" "c" {}\n',
  });
  const state = stateWith(
    "foo.formerly_count[0]",
    "foo.formerly_count[1]",
    "foo.now_count",
    "foo.now_for_each",
    "foo.explicit",
    "foo.gone",
    "module.child[0].foo.c[0]",
    "module.child[1].foo.c",
  );
  const implied = impliedMoveStatements(config, state, findMoveStatements(config));

  it("moves [0] to no key and no key to [0], per module instance, unless a statement names the resource", () => {
    expect(show(implied).sort()).toEqual([
      "foo.formerly_count[0] -> foo.formerly_count (implied)",
      "foo.now_count -> foo.now_count[0] (implied)",
      "module.child[0].foo.c[0] -> module.child[0].foo.c (implied)",
    ]);
  });

  it("blames the count expression, or the resource block when there is none", () => {
    const byName = new Map(implied.map((s) => [s.from.toString(), s.declRange]));
    expect(byName.get("foo.now_count")!.start).toMatchObject({ line: 3, column: 11 });
    expect(byName.get("foo.formerly_count[0]")!.start).toMatchObject({ line: 1, column: 1 });
  });
});

describe("statementDependsOn", () => {
  it.each([
    ["a chain: b->c waits for a->b", moveStmt("", "foo.b", "foo.c"), moveStmt("", "foo.a", "foo.b"), true],
    ["not the other way round", moveStmt("", "foo.a", "foo.b"), moveStmt("", "foo.b", "foo.c"), false],
    ["a resource moved into a moved module waits for the module", moveStmt("", "foo.a", "module.b.foo.a"), moveStmt("", "module.x", "module.b"), true],
    ["a statement inside a module runs before the module moves", moveStmt("", "module.boo", "module.bar[0]"), moveStmt("boo", "foo.from", "foo.to"), true],
    ["unrelated statements", moveStmt("", "foo.a", "foo.b"), moveStmt("", "bar.a", "bar.b"), false],
    ["an instance of a renamed resource waits for the rename", moveStmt("", "foo.b[0]", "foo.c"), moveStmt("", "foo.a", "foo.b"), true],
  ])("%s", (_name, a, b, want) => {
    expect(statementDependsOn(a, b)).toBe(want);
  });
});
