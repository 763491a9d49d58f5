import { describe, expect, it } from "vitest";
import { nativeFileBody } from "../../../lang/eval/native-body.js";
import type { Body } from "../../../lang/hcl/body.js";
import { bodyExpressions, bodyReferences } from "../../../lang/hcl/body-references.js";
import { parseJsonConfig } from "../../../lang/json/parse.js";
import type { Traversal } from "../../../lang/syntax/ast.js";
import { parseConfig } from "../../../lang/syntax/parse.js";

// Every reference of a body read without a schema, as the graph needs for resource bodies before
// provider schemas exist: nested blocks at any depth, `dynamic` blocks' for_each and labels, their
// content without the iterator's own references, in both syntaxes.

function native(src: string): Body {
  const { file, diagnostics } = parseConfig(src, "main.tf");
  expect(diagnostics).toEqual([]);
  return nativeFileBody(file);
}

function json(src: string): Body {
  const { file, diagnostics } = parseJsonConfig(src, "main.tf.json");
  expect(diagnostics).toEqual([]);
  return file.body;
}

/** A traversal as text with its start, `var.a@2:7`. */
function show(t: Traversal): string {
  const text = t.map((s) => (s.type === "TraverseRoot" ? s.name : s.type === "TraverseAttr" ? `.${s.name}` : "[]")).join("");
  return `${text}@${t[0].range.start.line}:${t[0].range.start.column}`;
}

describe("bodyReferences in native syntax", () => {
  it("finds a body's attributes, then its nested blocks' at any depth", () => {
    const body = native(`a = var.a
outer "label" {
  b = local.b
  inner {
    c = [aws_instance.c.id, each.key]
  }
}
d = { k = module.m.out }
`);
    expect(bodyReferences(body).map(show)).toEqual(["var.a@1:5", "module.m.out@8:11", "local.b@3:7", "aws_instance.c.id@5:10", "each.key@5:29"]);
  });

  it("reads blocks of any label count, interleaved as written", () => {
    const body = native(`x "a" "b" {
  v = var.two
}
x {
  v = var.none
}
x "c" {
  v = var.one
}
`);
    expect(bodyReferences(body).map(show)).toEqual(["var.two@2:7", "var.none@5:7", "var.one@8:7"]);
  });

  it("leaves out a dynamic block's iterator, by default named after the block type", () => {
    const body = native(`dynamic "ingress" {
  for_each = var.rules
  content {
    port = ingress.value.port
    cidr = var.cidr
    dynamic "tag" {
      for_each = ingress.value.tags
      iterator = t
      labels   = [t.key]
      content {
        value = "\${t.value}-\${ingress.key}-\${local.suffix}"
      }
    }
  }
}
`);
    expect(bodyReferences(body).map(show)).toEqual(["var.rules@2:14", "var.cidr@5:12", "local.suffix@11:46"]);
  });

  it("lets a dynamic block's for_each see outer iterators only", () => {
    const body = native(`dynamic "a" {
  for_each = a.value
  content {}
}
`);
    expect(bodyReferences(body).map(show)).toEqual(["a.value@2:14"]);
  });

  it("reports the expressions with the iterators in scope where each sits", () => {
    const body = native(`dynamic "x" {
  for_each = var.list
  iterator = it
  content {
    v = it.value
  }
}
`);
    expect(bodyExpressions(body).map((e) => [e.expr.range.start.line, e.iterators])).toEqual([
      [2, []],
      [5, ["it"]],
    ]);
  });

  it("respects what a partial decode took out (meta-arguments)", () => {
    const { remain } = native(`count = var.n
lifecycle {
  x = var.hidden
}
a = var.kept
`).partialContent({ attributes: [{ name: "count" }], blocks: [{ type: "lifecycle" }] });
    expect(bodyReferences(remain).map(show)).toEqual(["var.kept@5:5"]);
  });
});

describe("bodyReferences in JSON syntax", () => {
  it("walks nested objects and arrays as blocks and values", () => {
    const body = json(`{
  "a": "\${var.a}",
  "block": { "b": ["\${local.b}", {"c": "\${data.x.y.id}"}] }
}`);
    expect(bodyReferences(body).map(show)).toEqual(["var.a@2:11", "local.b@3:23", "data.x.y.id@3:43"]);
  });

  it("reads dynamic blocks and leaves out their iterators", () => {
    const body = json(`{
  "dynamic": {
    "setting": {
      "for_each": "\${var.settings}",
      "iterator": "s",
      "content": { "name": "\${s.key}", "value": "\${s.value}-\${var.suffix}" }
    }
  }
}`);
    expect(bodyReferences(body).map(show)).toEqual(["var.settings@4:22", "var.suffix@6:63"]);
  });
});
