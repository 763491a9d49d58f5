import { NativeExpression } from "../../lang/eval/native-expression.js";
import type { Attribute, Block, BodySchema } from "../../lang/hcl/body.js";
import type { Expression } from "../../lang/hcl/expression.js";
import { absTraversalForExpr } from "../../lang/hcl/static.js";
import { errorDiag, hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import type * as ast from "../../lang/syntax/ast.js";
import type { Import, ProviderConfigRef } from "./model.js";
import { parseAbsResourceInstance, type ResourceAddr } from "./resource-address.js";
import { decodeProviderConfigRef } from "./provider-config-ref.js";
import { absTraversalOf, unwrapJsonRefExpr } from "./resource-traversal.js";

// `import { to = aws_instance.a[each.key], id = each.value, for_each = ..., provider = ... }`
// (configs.decodeImportBlock, as in Terraform 1.11, where `id` is required and `identity` does not
// exist yet). `to` must name a managed resource instance; its instance key may be an expression.

const importSchema: BodySchema = {
  attributes: [{ name: "provider" }, { name: "for_each" }, { name: "id", required: true }, { name: "to", required: true }],
};

/** Decodes an `import` block; no result without a usable `to`. */
export function decodeImportBlock(block: Block): { import?: Import; diagnostics: Diagnostic[] } {
  const { content, diagnostics } = block.body.content(importSchema);
  const id = content.attributes.get("id")?.expr;
  const toAttr = content.attributes.get("to");
  let to: Expression | undefined;
  let target: ResourceAddr | undefined;
  if (toAttr) {
    const unwrapped = unwrapJsonRefExpr(toAttr.expr);
    diagnostics.push(...unwrapped.diagnostics);
    if (hasErrors(diagnostics) || !unwrapped.expr) return { diagnostics };
    to = unwrapped.expr;
    target = importTarget(toAttr, to, diagnostics);
  }
  const forEach = content.attributes.get("for_each")?.expr;
  const provider = decodeProvider(content.attributes.get("provider"), target, diagnostics);
  if (!to) return { diagnostics };
  const imp: Import = {
    to,
    ...(id ? { id } : {}),
    ...(forEach ? { forEach } : {}),
    ...(provider ? { provider } : {}),
    declRange: block.defRange,
  };
  return { import: imp, diagnostics };
}

/** The resource `to` names (Terraform's parseConfigResourceFromExpression), which must be managed. */
function importTarget(attr: Attribute, to: Expression, diagnostics: Diagnostic[]): ResourceAddr | undefined {
  const found = resourceTraversal(to);
  diagnostics.push(...found.diagnostics);
  const parsed = found.traversal && !hasErrors(found.diagnostics) ? parseAbsResourceInstance(found.traversal) : undefined;
  if (parsed) diagnostics.push(...parsed.diagnostics);
  const addr = parsed?.value;
  if (addr?.mode !== "managed") {
    diagnostics.push(errorDiag("Invalid import address", "Only managed resources can be imported.", attr.range));
  }
  return addr;
}

function decodeProvider(attr: Attribute | undefined, target: ResourceAddr | undefined, diagnostics: Diagnostic[]): ProviderConfigRef | undefined {
  if (!attr) return undefined;
  if (target && target.module.length > 0) {
    const detail =
      "The provider argument can only be specified in import blocks that will generate configuration.\n\nUse the providers argument within the module block to configure providers for all resources within a module, including imported resources.";
    diagnostics.push(errorDiag("Invalid import provider argument", detail, attr.range));
  }
  const r = decodeProviderConfigRef(attr.expr, "provider");
  diagnostics.push(...r.diagnostics);
  return r.ref;
}

/**
 * Terraform's exprToResourceTraversal: the static part of `to`, skipping index expressions whose
 * keys are not constant (`aws_instance.a[each.key]` is `aws_instance.a`).
 */
function resourceTraversal(expr: Expression): { traversal?: ast.Traversal; diagnostics: Diagnostic[] } {
  if (!(expr instanceof NativeExpression)) return absTraversalOf(expr);
  return nodeTraversal(expr.node);
}

function nodeTraversal(node: ast.Expression): { traversal?: ast.Traversal; diagnostics: Diagnostic[] } {
  switch (node.type) {
    case "ScopeTraversal":
      return { traversal: node.traversal, diagnostics: [] };
    case "RelativeTraversal": {
      const source = nodeTraversal(node.source);
      if (!source.traversal) return source;
      return { traversal: [...source.traversal, ...node.steps], diagnostics: source.diagnostics };
    }
    case "Index":
      return nodeTraversal(node.collection);
    default:
      return absTraversalForExpr(new NativeExpression(node));
  }
}
