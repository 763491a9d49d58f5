import { describe, expect, test } from "vitest";
import { dynamicBlockVariables, expandDynamicBlocks, type NestedBodySchema } from "../../../lang/dynblock/index.js";
import { errorDiag } from "../../../lang/source/diagnostics.js";
import { toJS } from "../../helpers/values.js";
import { describeDiag, shortRange } from "../eval/eval-fixtures.js";
import { EXPAND_CTX, jsonBody, nativeBody, ROOT, traversalText } from "./dynblock-fixtures.js";

// The Body behaviour of the expansion wrapper beyond generating blocks: partial decoding, pass-through,
// ranges of generated blocks, how generated expressions evaluate and what references they report,
// the for_each check hook, and the static references needed before expansion.

describe("the expanded body", () => {
  test("partial decoding leaves other dynamic blocks and attributes to the rest", () => {
    const src = 'name = "n"\nrule {\n  port = 1\n}\ndynamic "outer" {\n  for_each = ["a"]\n  content {\n    name = outer.value\n  }\n}\ndynamic "rule" {\n  for_each = [2]\n  content {\n    port = rule.value\n  }\n}\n';
    const body = expandDynamicBlocks(nativeBody(src), EXPAND_CTX);
    const first = body.partialContent({ blocks: [{ type: "rule" }] });
    expect(first.diagnostics).toEqual([]);
    expect(first.content.blocks.map((b) => toJS(b.body.content({ attributes: [{ name: "port" }] }).content.attributes.get("port")!.expr.value(null).value))).toEqual([1, 2]);
    const rest = first.remain.content({ attributes: [{ name: "name" }], blocks: [{ type: "outer" }] });
    expect(rest.diagnostics).toEqual([]);
    expect(rest.content.blocks.map((b) => b.type)).toEqual(["outer"]);
    expect(toJS(rest.content.attributes.get("name")!.expr.value(null).value)).toBe("n");
  });

  test("the rest does not report what a partial decode took", () => {
    const src = 'name = "n"\ndynamic "rule" {\n  for_each = [1]\n  content {}\n}\n';
    const body = expandDynamicBlocks(nativeBody(src), EXPAND_CTX);
    const first = body.partialContent({ attributes: [{ name: "name" }], blocks: [{ type: "rule" }] });
    const rest = first.remain.content({});
    expect(rest.diagnostics).toEqual([]);
    expect(rest.content.attributes.size).toBe(0);
    expect(rest.content.blocks).toEqual([]);
  });

  test("a dynamic block of a type the schema lacks is an error for content, not for partialContent", () => {
    const src = 'dynamic "nope" {\n  for_each = [1]\n  content {}\n}\n';
    const body = expandDynamicBlocks(nativeBody(src), EXPAND_CTX);
    expect(body.partialContent({ blocks: [{ type: "rule" }] }).diagnostics).toEqual([]);
    expect(body.content({ blocks: [{ type: "rule" }] }).diagnostics.map(describeDiag)).toEqual([
      ["Unsupported block type", 'Blocks of type "nope" are not expected here.', "1:9-1:15"],
    ]);
  });

  test("justAttributes and missingItemRange pass through", () => {
    const plain = nativeBody('a = 1\ndynamic "x" {\n}\n');
    const body = expandDynamicBlocks(plain, EXPAND_CTX);
    expect(body.justAttributes()).toEqual(plain.justAttributes());
    expect(body.missingItemRange()).toEqual(plain.missingItemRange());
  });

  test("generated blocks are located at the dynamic block; labels at their expressions", () => {
    const src = 'dynamic "tagged" {\n  for_each = var.tags\n  labels   = [tagged.key]\n  content {}\n}\n';
    const { content } = expandDynamicBlocks(nativeBody(src), EXPAND_CTX).content(ROOT);
    expect(content.blocks.map((b) => [b.labels, shortRange(b.defRange), shortRange(b.typeRange), b.labelRanges.map(shortRange)])).toEqual([
      [["a"], "1:1-1:17", "1:9-1:17", ["3:15-3:25"]],
      [["b"], "1:1-1:17", "1:9-1:17", ["3:15-3:25"]],
    ]);
  });

  test("generated expressions layer the iterator over any context, even none, and hide iterator references", () => {
    const src = 'dynamic "outer" {\n  for_each = ["a"]\n  iterator = o\n  content {\n    dynamic "inner" {\n      for_each = [1]\n      content {\n        v = "${o.value}${inner.key}${var.str}"\n        w = "${o.value}${inner.value}"\n      }\n    }\n  }\n}\n';
    const [outer] = expandDynamicBlocks(nativeBody(src), EXPAND_CTX).content(ROOT).content.blocks;
    const [inner] = outer!.body.content({ blocks: [{ type: "inner" }] }).content.blocks;
    const attrs = inner!.body.content({ attributes: [{ name: "v" }, { name: "w" }] }).content.attributes;
    expect(attrs.get("v")!.expr.variables().map(traversalText)).toEqual(["var.str"]);
    expect(toJS(attrs.get("v")!.expr.value(EXPAND_CTX).value)).toBe("a0abc");
    expect(toJS(attrs.get("w")!.expr.value(null).value)).toBe("a1");
    expect(shortRange(attrs.get("w")!.expr.range)).toBe("9:13-9:39");
  });

  test("the for_each check hook can veto a value", () => {
    const src = 'dynamic "rule" {\n  for_each = var.secret\n  content {}\n}\ndynamic "rule" {\n  for_each = var.ports\n  content {}\n}\n';
    const seen: unknown[] = [];
    const body = expandDynamicBlocks(nativeBody(src), EXPAND_CTX, {
      checkForEach: [
        (value, expr) => {
          seen.push(toJS(value));
          return value.isSensitive ? [errorDiag("Sensitive for_each", "Not here.", expr.range)] : [];
        },
      ],
    });
    const r = body.content(ROOT);
    expect(r.diagnostics.map(describeDiag)).toEqual([["Sensitive for_each", "Not here.", "2:14-2:24"]]);
    expect(r.content.blocks).toHaveLength(2);
    expect(seen).toEqual([{ sensitive: ["s1", "s2"] }, [80, 443]]);
  });
});

describe("references needed before expansion", () => {
  const SRC = [
    'name = local.top',
    'dynamic "outer" {',
    "  for_each = var.groups",
    "  iterator = g",
    "  content {",
    "    name = local.inside",
    '    dynamic "inner" {',
    "      for_each = g.value",
    "      content {",
    "        v = inner.value",
    "      }",
    "    }",
    '    dynamic "inner" {',
    "      for_each = var.other[0]",
    "      content {}",
    "    }",
    "  }",
    "}",
    'dynamic "tagged" {',
    "  for_each = var.tags",
    "  labels   = [tagged.key, local.prefix]",
    "  content {}",
    "}",
    "outer {",
    '  dynamic "static" {',
    "    for_each = data.x.list",
    "    content {",
    "      v = static.value",
    "    }",
    "  }",
    "}",
    "",
  ].join("\n");

  test("for_each and labels at every depth the schema describes, without iterators", () => {
    expect(dynamicBlockVariables(nativeBody(SRC), ROOT).map(traversalText)).toEqual(["var.groups", "var.other[0]", "var.tags", "local.prefix", "data.x.list"]);
  });

  test("with content, every attribute's references too", () => {
    const refs = dynamicBlockVariables(nativeBody(SRC), ROOT, { includeContent: true }).map(traversalText);
    expect(refs).toEqual(["local.top", "var.groups", "local.inside", "var.other[0]", "var.tags", "local.prefix", "data.x.list"]);
  });

  test("the walk stops where the schema does not describe a block's body", () => {
    const shallow: NestedBodySchema = { blocks: [{ type: "outer" }, { type: "tagged", labelNames: ["name"] }] };
    expect(dynamicBlockVariables(nativeBody(SRC), shallow).map(traversalText)).toEqual(["var.groups", "var.tags", "local.prefix"]);
  });

  test("a dynamic block with an invalid iterator is skipped", () => {
    const src = 'dynamic "rule" {\n  for_each = var.a\n  iterator = "${x}"\n  content {}\n}\n';
    expect(dynamicBlockVariables(nativeBody(src), ROOT)).toEqual([]);
  });

  test("JSON syntax", () => {
    const src = JSON.stringify({
      dynamic: { tagged: { for_each: "${var.tags}", iterator: "t", labels: ["${t.key}-${local.p}"], content: { v: "${t.value}" } } },
    });
    expect(dynamicBlockVariables(jsonBody(src), ROOT).map(traversalText)).toEqual(["var.tags", "local.p"]);
  });
});
