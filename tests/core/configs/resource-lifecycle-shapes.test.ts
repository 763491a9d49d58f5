import { describe, expect, test } from "vitest";
import { decodeResourceBlock } from "../../../core/configs/resource.js";
import { brief, onlyBlock, traversalText } from "./resource-fixtures.js";

// Table tests for the shapes `ignore_changes` and `replace_triggered_by` accept, in both syntaxes.
// Rows with diagnostics give summary and range; the texts and ranges are what `terraform validate`
// (v1.11.4) reports for the same argument (see the res-ignore-* and res-rtb-* fixtures for details).

function lifecycle(arg: string, value: string) {
  const src = `resource "terraform_data" "a" {\n  lifecycle {\n    ${arg} = ${value}\n  }\n}\n`;
  const r = decodeResourceBlock(onlyBlock(src), "managed");
  return { lifecycle: r.resource!.lifecycle, diags: r.diagnostics.map(brief) };
}

function jsonLifecycle(arg: string, value: string) {
  const src = `{"resource": {"terraform_data": {"a": {"lifecycle": {"${arg}": ${value}}}}}}`;
  const r = decodeResourceBlock(onlyBlock(src, "main.tf.json"), "managed");
  return { lifecycle: r.resource!.lifecycle, diags: r.diagnostics.map(brief) };
}

// value, ignored paths, ignore all, diagnostics ([summary, range]); the value starts at column 22.
const IGNORE_CHANGES: [string, string[], boolean, [string, string][]][] = [
  ["all", [], true, []],
  ["[]", [], false, []],
  ["[input]", ["input"], false, []],
  ["[input.a, input[\"b\"], input[0], input.c.d]", ["input.a", 'input["b"]', "input[0]", "input.c.d"], false, []],
  ["[all]", ["all"], false, []],
  ['["input", "input.a"]', ["input", "input.a"], false, [["Quoted references are deprecated", "3:23-3:30"], ["Quoted references are deprecated", "3:32-3:41"]]],
  ['["*"]', [], true, [["Invalid ignore_changes wildcard", "3:22-3:27"]]],
  ['["*", input]', ["input"], true, [["Invalid ignore_changes wildcard", "3:22-3:34"], ["Invalid ignore_changes ruleset", "3:23-3:26"]]],
  ["any", [], false, [["Invalid expression", "3:22-3:25"]]],
  ['"all"', [], false, [["Invalid expression", "3:23-3:26"]]],
  ["[foo()]", [], false, [["Invalid expression", "3:23-3:28"]]],
  ["[input[count.index]]", [], false, [["Invalid expression", "3:23-3:41"]]],
  ["[input.*.a]", [], false, [["Invalid expression", "3:23-3:32"]]],
];

// value, referenced traversals per element, diagnostics; the value starts at column 28.
const REPLACE_TRIGGERED_BY: [string, string[][], [string, string][]][] = [
  ["[]", [], []],
  ["[terraform_data.b]", [["terraform_data.b"]], []],
  ["[terraform_data.b.output, terraform_data.c[0]]", [["terraform_data.b.output"], ["terraform_data.c[0]"]], []],
  ["[terraform_data.b[count.index].output]", [["terraform_data.b", "count.index"]], []],
  ["[terraform_data.b[each.key]]", [["terraform_data.b", "each.key"]], []],
  ["[resource.terraform_data.b, data.x.y.z, ephemeral.e.f]", [["resource.terraform_data.b"], ["data.x.y.z"], ["ephemeral.e.f"]], []],
  ["terraform_data.b", [], [["Invalid expression", "3:28-3:44"]]],
  [
    "[var.x]",
    [["var.x"]],
    [
      ["Invalid reference in replace_triggered_by expression", "3:29-3:34"],
      ["Invalid replace_triggered_by expression", "3:29-3:34"],
    ],
  ],
  ["[1]", [[]], [["Invalid replace_triggered_by expression", "3:29-3:30"]]],
  ["[terraform_data.b == terraform_data.c]", [["terraform_data.b", "terraform_data.c"]], [["Invalid replace_triggered_by expression", "3:29-3:65"]]],
  ["[terraform_data.b[each.value]]", [["terraform_data.b", "each.value"]], [["Invalid each reference in replace_triggered_by expression", "3:29-3:57"]]],
  ["[terraform_data.b[count.value]]", [["terraform_data.b", "count.value"]], [["Invalid count reference in replace_triggered_by expression", "3:29-3:58"]]],
  ["[foo]", [["foo"]], [["Invalid reference", "3:29-3:32"]]],
  ["[lazy.x, var.y]", [["lazy.x"], ["var.y"]], [["Reserved symbol name", "3:29-3:35"]]],
];

describe("ignore_changes", () => {
  test.each(IGNORE_CHANGES)("ignore_changes = %s", (value, paths, all, diags) => {
    const r = lifecycle("ignore_changes", value);
    expect(r.lifecycle.ignoreChanges.map(traversalText)).toEqual(paths);
    expect(r.lifecycle.ignoreAllChanges).toBe(all);
    expect(r.diags).toEqual(diags);
  });

  test.each([
    ['"all"', [], true],
    ['["input", "input.a[0]"]', ["input", "input.a[0]"], false],
  ] as const)("JSON ignore_changes = %s", (value, paths, all) => {
    const r = jsonLifecycle("ignore_changes", value);
    expect(r.diags).toEqual([]);
    expect(r.lifecycle.ignoreChanges.map(traversalText)).toEqual(paths);
    expect(r.lifecycle.ignoreAllChanges).toBe(all);
  });
});

describe("replace_triggered_by", () => {
  test.each(REPLACE_TRIGGERED_BY)("replace_triggered_by = %s", (value, refs, diags) => {
    const r = lifecycle("replace_triggered_by", value);
    expect(r.lifecycle.replaceTriggeredBy.map((e) => e.variables().map(traversalText))).toEqual(refs);
    expect(r.diags).toEqual(diags);
  });

  test("JSON strings become native expressions, positioned from their opening quote", () => {
    const r = jsonLifecycle("replace_triggered_by", '["terraform_data.b[count.index]", "terraform_data.c"]');
    expect(r.diags).toEqual([]);
    const exprs = r.lifecycle.replaceTriggeredBy;
    expect(exprs.map((e) => e.variables().map(traversalText))).toEqual([["terraform_data.b", "count.index"], ["terraform_data.c"]]);
    expect(exprs.map((e) => e.range.start.column)).toEqual([79, 112]);
  });
});
