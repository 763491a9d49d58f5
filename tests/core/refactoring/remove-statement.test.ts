import { describe, expect, it } from "vitest";
import { findRemoveStatements, removeTargets } from "../../../core/refactoring/index.js";
import { configOf } from "../graph/config-fixtures.js";
import { instanceAddr } from "./move-fixtures.js";

// `removed` blocks as statements (refactoring.FindRemoveStatements, after Terraform's
// TestFindRemoveStatements): absolute targets, a parent's statement winning over a child's for the
// same object, the errors for targets still declared (on the declaration, as Terraform puts them),
// and which resource instances a statement covers.

describe("findRemoveStatements", () => {
  const config = configOf({
    "main.tf": [
      'removed {\n  from = foo.basic_resource\n}',
      'removed {\n  from = module.basic_module\n  lifecycle {\n    destroy = false\n  }\n}',
      'removed {\n  from = module.child.foo.removed_in_both\n  lifecycle {\n    destroy = false\n  }\n}',
      'module "child" {\n  source = "./child"\n}',
      "",
    ].join("\n"),
    "child/main.tf": [
      'removed {\n  from = foo.removed_in_child\n  lifecycle {\n    destroy = false\n  }\n}',
      'removed {\n  from = foo.removed_in_both\n}',
      "",
    ].join("\n"),
  });
  const { statements, diagnostics } = findRemoveStatements(config);

  it("makes every target absolute, the parent's statement winning", () => {
    const rows = [...statements.values()].map((s) => `${s.from} destroy=${s.destroy} at ${s.declRange.filename}:${s.declRange.start.line}`);
    expect(rows).toEqual([
      "foo.basic_resource destroy=true at main.tf:1",
      "module.basic_module destroy=false at main.tf:4",
      "module.child.foo.removed_in_both destroy=false at main.tf:10",
      "module.child.foo.removed_in_child destroy=false at child/main.tf:1",
    ]);
    expect(diagnostics).toEqual([]);
  });

  it("covers the resource's instances, or everything inside the module", () => {
    const [resource, module] = [...statements.values()];
    expect(removeTargets(resource!, instanceAddr("foo.basic_resource[2]"))).toBe(true);
    expect(removeTargets(resource!, instanceAddr("foo.other"))).toBe(false);
    expect(removeTargets(resource!, instanceAddr("module.x.foo.basic_resource"))).toBe(false);
    expect(removeTargets(module!, instanceAddr('module.basic_module["a"].foo.x'))).toBe(true);
    expect(removeTargets(module!, instanceAddr("module.basic_module[0].module.deeper.foo.x"))).toBe(true);
    expect(removeTargets(module!, instanceAddr("module.basic_module_2.foo.x"))).toBe(false);
  });
});

describe("removed targets still in the configuration", () => {
  const config = configOf({
    "main.tf": [
      'resource "foo" "a" {',
      "}",
      'removed {\n  from = foo.a\n}',
      'module "m" {',
      '  source = "./m"',
      "}",
      'removed {\n  from = module.m\n}',
      'removed {\n  from = module.m.foo.inner\n}',
      'removed {\n  from = module.m.foo.gone\n}',
      "",
    ].join("\n"),
    "m/main.tf": 'resource "foo" "inner" {}\n',
  });
  const { diagnostics } = findRemoveStatements(config);

  it("reports each on its declaration", () => {
    const rows = diagnostics.map((d) => [d.summary, d.detail, `${d.subject!.filename}:${d.subject!.start.line},${d.subject!.start.column}`]);
    expect(rows).toEqual([
      ["Removed resource still exists", "This statement declares that foo.a was removed, but it is still declared in configuration.", "main.tf:1,1"],
      ["Removed module still exists", "This statement declares that module.m was removed, but it is still declared in configuration.", "main.tf:6,1"],
      ["Removed resource still exists", "This statement declares that module.m.foo.inner was removed, but it is still declared in configuration.", "m/main.tf:1,1"],
    ]);
  });
});
