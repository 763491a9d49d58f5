import { describe, expect, it } from "vitest";
import type { AbsResource, AbsResourceInstance } from "../../../core/addrs/abs-resource.js";
import type { AbsModuleCall } from "../../../core/addrs/module-call.js";
import { ModuleInstance } from "../../../core/addrs/module-instance.js";
import { parseModuleInstance } from "../../../core/addrs/parse-module-instance.js";
import { validateMoves, type DeclaredInstances, type MoveStatement } from "../../../core/refactoring/index.js";
import type { Diagnostic } from "../../../lang/source/diagnostics.js";
import { configOf } from "../graph/config-fixtures.js";
import { instanceAddr, moveStmt, traversal } from "./move-fixtures.js";

// validateMoves, with the cases of Terraform's TestValidateMoves (move_validate_test.go) on a smaller
// "zoo" configuration. The declared instances are what a plan of it would expand: module.single,
// module.count[0] and [1], module.for_each["a"], each with test.single; and in the root test.single,
// test.count[0] and [1], and test.zero_count with no instances. Errors are compared as Terraform's
// tests do, "summary: detail".

const ZOO = configOf({
  "main.tf": [
    'module "single" {',
    '  source = "./child"',
    "}",
    'module "count" {',
    '  source = "./child"',
    "  count  = 2",
    "}",
    'module "for_each" {',
    '  source   = "./child"',
    '  for_each = { a = "A" }',
    "}",
    'resource "test" "single" {',
    "}",
    'resource "test" "count" {',
    "  count = 2",
    "}",
    'resource "test" "zero_count" {',
    "  count = 0",
    "}",
    "",
  ].join("\n"),
  "child/main.tf": 'resource "test" "single" {\n}\n',
});

const MODULES = ["", "module.single", "module.count[0]", "module.count[1]", 'module.for_each["a"]'];
const RESOURCES: Readonly<Record<string, readonly string[]>> = {
  "": ["test.single", "test.count[0]", "test.count[1]"],
  "module.single": ["test.single"],
  "module.count[0]": ["test.single"],
  "module.count[1]": ["test.single"],
  'module.for_each["a"]': ["test.single"],
};

function moduleAddr(s: string): ModuleInstance {
  return s === "" ? ModuleInstance.ROOT : parseModuleInstance(traversal(s)).module!;
}

/** The zoo's instances as a plan of it would declare them (instances.Set). */
const DECLARED: DeclaredInstances = {
  moduleInstances: (path) => MODULES.map(moduleAddr).filter((m) => m.module().toString() === path.map((n) => `module.${n}`).join(".")),
  hasModuleInstance: (addr: ModuleInstance) => MODULES.includes(addr.toString()),
  hasModuleCall: (addr: AbsModuleCall) => addr.module.isRoot && ["single", "count", "for_each"].includes(addr.call.name),
  hasResource: (addr: AbsResource) =>
    (RESOURCES[addr.module.toString()] ?? []).some((r) => instanceAddr(r).containingResource().resource.toString() === addr.resource.toString()) ||
    (addr.module.isRoot && addr.resource.toString() === "test.zero_count"),
  hasResourceInstance: (addr: AbsResourceInstance) => (RESOURCES[addr.module.toString()] ?? []).includes(addr.resource.toString()),
};

function errors(stmts: readonly MoveStatement[]): string[] {
  return validateMoves(stmts, ZOO, DECLARED).map((d: Diagnostic) => `${d.summary}: ${d.detail}`);
}

const STILL = "Moved object still exists: This statement declares a move from";

describe("validateMoves", () => {
  it("accepts no statements and a grab bag of valid ones", () => {
    expect(errors([])).toEqual([]);
    const valid = [
      moveStmt("", "test.nonexist1", "test.target1"),
      moveStmt("single", "test.nonexist1", "test.target1"),
      moveStmt("", "test.nonexist2", "module.nonexist.test.nonexist2"),
      moveStmt("", "module.single.test.nonexist3", "module.single.test.single"),
      moveStmt("", "module.single.test.nonexist4", "test.target2"),
      moveStmt("", "test.single[0]", "test.target3"),
      moveStmt("", "test.zero_count[0]", "test.target4"),
      moveStmt("", "test.zero_count[1]", "test.zero_count[0]"),
      moveStmt("", "module.nonexist1", "module.target3"),
      moveStmt("", "module.nonexist1[0]", "module.target4"),
      moveStmt("", "module.single[0]", "module.target5"),
      moveStmt("", 'module.for_each["nonexist1"]', 'module.for_each["a"]'),
      moveStmt("", 'module.for_each["nonexist2"]', "module.nonexist.module.nonexist"),
      moveStmt("", 'module.for_each["nonexist3"].test.single', 'module.for_each["a"].test.single'),
    ];
    expect(errors(valid)).toEqual([]);
  });

  it("accepts two statements with the same endpoints", () => {
    expect(errors([moveStmt("", "module.a", "module.b"), moveStmt("", "module.a", "module.b")])).toEqual([]);
  });

  it.each([
    ["moving nowhere", [moveStmt("", "module.a", "module.a")], "Redundant move statement: This statement declares a move from module.a to the same address, which is the same as not declaring this move at all."],
    [
      "module.single as a call",
      [moveStmt("", "module.single", "module.other")],
      `${STILL} module.single, but that module call is still declared at main.tf:1,1.\n\nChange your configuration so that this call will be declared as module.other instead.`,
    ],
    [
      "module.single as an instance",
      [moveStmt("", "module.single", "module.other[0]")],
      `${STILL} module.single, but that module instance is still declared at main.tf:1,1.\n\nChange your configuration so that this instance will be declared as module.other[0] instead.`,
    ],
    [
      "module.count[0]",
      [moveStmt("", "module.count[0]", "module.other")],
      `${STILL} module.count[0], but that module instance is still declared at main.tf:6,12.\n\nChange your configuration so that this instance will be declared as module.other instead.`,
    ],
    [
      'module.for_each["a"]',
      [moveStmt("", 'module.for_each["a"]', "module.other")],
      `${STILL} module.for_each["a"], but that module instance is still declared at main.tf:10,14.\n\nChange your configuration so that this instance will be declared as module.other instead.`,
    ],
    [
      "test.single as a resource",
      [moveStmt("", "test.single", "test.other")],
      `${STILL} test.single, but that resource is still declared at main.tf:12,1.\n\nChange your configuration so that this resource will be declared as test.other instead.`,
    ],
    [
      "test.single as an instance",
      [moveStmt("", "test.single", "test.other[0]")],
      `${STILL} test.single, but that resource instance is still declared at main.tf:12,1.\n\nChange your configuration so that this instance will be declared as test.other[0] instead.`,
    ],
    [
      "test.count[1] as an instance",
      [moveStmt("", "test.count[1]", "test.other")],
      `${STILL} test.count[1], but that resource instance is still declared at main.tf:15,11.\n\nChange your configuration so that this instance will be declared as test.other instead.`,
    ],
    [
      "module.single.test.single declared in module.single",
      [moveStmt("single", "test.single", "test.other")],
      `${STILL} module.single.test.single, but that resource is still declared at child/main.tf:1,1.\n\nChange your configuration so that this resource will be declared as module.single.test.other instead.`,
    ],
    [
      "two different moves from test.nonexist",
      [moveStmt("", "test.nonexist", "test.other1"), moveStmt("", "test.nonexist", "test.other2", 5)],
      "Ambiguous move statements: A statement at test:1,1 declared that test.nonexist moved to test.other1, but this statement instead declares that it moved to test.other2.\n\nEach resource can move to only one destination resource.",
    ],
    [
      "two different moves to module.count[0].test.single across two modules",
      [moveStmt("", "test.other1", "module.count[0].test.single"), moveStmt("count", "test.other2", "test.single")],
      "Ambiguous move statements: A statement at test:1,1 declared that test.other1 moved to module.count[0].test.single, but this statement instead declares that module.count[0].test.other2 moved there.\n\nEach resource can have moved from only one source resource.",
    ],
    [
      "cyclic chain",
      [moveStmt("", "module.a", "module.b"), moveStmt("", "module.b", "module.c"), moveStmt("", "module.c", "module.a")],
      "Cyclic dependency in move statements: The following chained move statements form a cycle, and so there is no final location to move objects to:\n  - test:1,1: module.a[*] → module.b[*]\n  - test:1,1: module.b[*] → module.c[*]\n  - test:1,1: module.c[*] → module.a[*]\n\nA chain of move statements must end with an address that doesn't appear in any other statements, and which typically also refers to an object still declared in the configuration.",
    ],
  ] as const)("reports %s", (_name, stmts, want) => {
    expect(errors(stmts)).toEqual([want]);
  });

  it("puts each error on its moved block", () => {
    const [d] = validateMoves([moveStmt("", "test.single", "test.other", 7)], ZOO, DECLARED);
    expect(d!.subject).toEqual({ filename: "test", start: { line: 7, column: 1, byte: 0 }, end: { line: 7, column: 6, byte: 5 } });
  });

  it("reports cycles only when nothing else is wrong", () => {
    const stmts = [moveStmt("", "module.a", "module.b"), moveStmt("", "module.b", "module.a"), moveStmt("", "test.single", "test.x")];
    expect(errors(stmts).map((e) => e.split(":")[0])).toEqual(["Moved object still exists"]);
  });
});
