import { describe, expect, test } from "vitest";
import { decodeCheckBlock } from "../../../core/configs/check.js";
import { decodeImportBlock } from "../../../core/configs/import.js";
import { decodeMovedBlock } from "../../../core/configs/moved.js";
import { decodeRemovedBlock } from "../../../core/configs/removed.js";
import { brief, onlyBlock, readFixture, textAt, topBlocks, traversalText } from "./resource-fixtures.js";

// What moved, import, removed and check blocks decode into. Their diagnostics are checked against
// Terraform in resource-fixtures.test.ts (the res-moved-*, res-import-*, res-removed-*, res-check-*
// and res-json-blocks-* fixtures).

const VALID = readFixture("fixtures/config/res-valid-blocks/main.tf");
const blocks = topBlocks(VALID);
const ofType = (type: string) => blocks.filter((b) => b.type === type);

describe("moved", () => {
  test("resource and module endpoints are kept as traversals", () => {
    const moved = ofType("moved").map((b) => decodeMovedBlock(b));
    expect(moved.flatMap((m) => m.diagnostics)).toEqual([]);
    expect(moved.map((m) => [traversalText(m.moved!.from), traversalText(m.moved!.to)])).toEqual([
      ["terraform_data.old", "terraform_data.b"],
      ["module.a", 'module.b["x"]'],
      ["module.c[0].terraform_data.x", "resource.terraform_data.y"],
    ]);
    expect(textAt(VALID, moved[0]!.moved!.declRange)).toBe("moved");
  });

  test("no result without both addresses", () => {
    const r = decodeMovedBlock(onlyBlock("moved {\n  from = terraform_data.a\n}\n"));
    expect(r.moved).toBeUndefined();
    expect(r.diagnostics.map(brief)).toEqual([["Missing required argument", "1:7-1:7"]]);
  });

  test("mismatched kinds are still returned, with the error", () => {
    const r = decodeMovedBlock(onlyBlock("moved {\n  from = data.x.y\n  to = module.m\n}\n"));
    expect(r.diagnostics.map(brief)).toEqual([['Invalid "moved" addresses', "1:1-1:6"]]);
    expect(traversalText(r.moved!.to)).toBe("module.m");
  });
});

describe("import", () => {
  test("to, id and for_each stay expressions", () => {
    const [withForEach, plain] = ofType("import").map((b) => decodeImportBlock(b));
    expect([...withForEach!.diagnostics, ...plain!.diagnostics]).toEqual([]);
    const imp = withForEach!.import!;
    expect(textAt(VALID, imp.to.range)).toBe("terraform_data.a[each.key]");
    expect(textAt(VALID, imp.id!.range)).toBe("each.value");
    expect(textAt(VALID, imp.forEach!.range)).toBe('toset(["x"])');
    expect(imp.provider).toBeUndefined();
    expect(textAt(VALID, plain!.import!.id!.range)).toBe('"b"');
  });

  test("a provider reference for a resource in this module", () => {
    const src = 'import {\n  to       = terraform_data.a\n  id       = "i-1"\n  provider = terraform.west\n}\n';
    const r = decodeImportBlock(onlyBlock(src));
    expect(r.diagnostics).toEqual([]);
    expect(r.import!.provider).toMatchObject({ name: "terraform", alias: "west" });
  });

  test("in JSON, `to` becomes the native expression inside the string", () => {
    const src = '{"import": [{"to": "terraform_data.a[each.key]", "id": "x", "for_each": {"a": 1}}]}';
    const r = decodeImportBlock(onlyBlock(src, "main.tf.json"));
    expect(r.diagnostics).toEqual([]);
    expect(r.import!.to.variables().map(traversalText)).toEqual(["terraform_data.a", "each.key"]);
    expect(r.import!.to.range.start.column).toBe(20);
  });

  test("identity is not an argument in Terraform 1.11", () => {
    const r = decodeImportBlock(onlyBlock('import {\n  to = terraform_data.a\n  identity = { id = "x" }\n}\n'));
    expect(r.diagnostics.map(brief)).toEqual([
      ["Missing required argument", "1:8-1:8"],
      ["Unsupported argument", "3:3-3:11"],
    ]);
  });
});

describe("removed", () => {
  test("targets, destroy and destroy-time provisioners", () => {
    const removed = ofType("removed").map((b) => decodeRemovedBlock(b));
    expect(removed.flatMap((r) => r.diagnostics)).toEqual([]);
    expect(removed.map((r) => [traversalText(r.removed!.from), r.removed!.destroy])).toEqual([
      ["terraform_data.gone", false],
      ["terraform_data.gone2", true],
      ["module.old", true],
    ]);
    const withProvisioner = removed[1]!.removed!;
    expect(withProvisioner.provisioners.map((p) => [p.type, p.when])).toEqual([["local-exec", "destroy"]]);
    expect([...withProvisioner.connection!.justAttributes().attributes.keys()]).toEqual(["host"]);
    expect(removed[0]!.removed!.connection).toBeUndefined();
  });

  test("no result when `from` is not an address", () => {
    const r = decodeRemovedBlock(onlyBlock('removed {\n  from = "terraform_data.a"\n}\n'));
    expect(r.removed).toBeUndefined();
    expect(r.diagnostics.map(brief)).toEqual([["Invalid expression", "2:10-2:28"]]);
  });
});

describe("check", () => {
  test("a scoped data source and its assertions", () => {
    const r = decodeCheckBlock(ofType("check")[0]!);
    expect(r.diagnostics).toEqual([]);
    const check = r.check!;
    expect(check.name).toBe("health");
    expect([check.dataResource!.mode, check.dataResource!.type, check.dataResource!.name]).toEqual(["data", "terraform_remote_state", "s"]);
    expect(check.dataResource!.provider).toMatchObject({ name: "terraform" });
    expect(check.asserts.map((a) => textAt(VALID, a.condition.range))).toEqual([
      "data.terraform_remote_state.s.outputs != null",
      'terraform_data.b.id != ""',
    ]);
  });

  test("a data source with errors is left out, as are asserts with errors", () => {
    const src = readFixture("fixtures/config/res-check-nested-data/main.tf");
    const r = decodeCheckBlock(onlyBlock(src));
    expect(r.check!.dataResource).toBeUndefined();
    expect(r.check!.asserts).toHaveLength(1);
  });
});
