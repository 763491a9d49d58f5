import { sameModulePath } from "../addrs/module.js";
import { NativeExpression } from "../../lang/eval/native-expression.js";
import type { Expression } from "../../lang/hcl/expression.js";
import { absTraversalForExpr } from "../../lang/hcl/static.js";
import type * as ast from "../../lang/syntax/ast.js";
import type { Config, Import, Resource } from "../configs/model.js";
import { parseAbsResourceInstance, type ResourceAddr } from "../configs/resource-address.js";

// Which resource block an `import` block imports into, and what the import block refers to
// (Terraform's GraphNodeImportReferencer): a resource node depends on the objects its import blocks'
// `id` and `for_each` refer to, resolved in the root module where import blocks live. The target is
// read statically from `to`, with instance keys given by expressions left out
// (`aws_instance.a[each.key]` imports into `aws_instance.a`).

/** The resource `to` names, module path included, or undefined when `to` is not a resource address. */
export function importTargetResource(imp: Import): ResourceAddr | undefined {
  const traversal = staticTraversal(imp.to);
  if (!traversal) return undefined;
  const parsed = parseAbsResourceInstance(traversal);
  return parsed.value?.mode === "managed" ? parsed.value : undefined;
}

/** The root module's import blocks that import into a resource block of the module at `path`. */
export function importsInto(root: Config, path: readonly string[], resource: Resource): Import[] {
  if (resource.mode !== "managed") return [];
  return root.module.imports.filter((imp) => {
    const target = importTargetResource(imp);
    return target !== undefined && target.type === resource.type && target.name === resource.name && sameModulePath(target.module, path);
  });
}

/** What the import blocks of a resource refer to: their `id` and `for_each` expressions (root-module references). */
export function importTraversals(imports: readonly Import[]): ast.Traversal[] {
  return imports.flatMap((imp) => [...(imp.id?.variables() ?? []), ...(imp.forEach?.variables() ?? [])]);
}

function staticTraversal(expr: Expression): ast.Traversal | undefined {
  if (!(expr instanceof NativeExpression)) return absTraversalForExpr(expr).traversal;
  return nodeTraversal(expr.node);
}

function nodeTraversal(node: ast.Expression): ast.Traversal | undefined {
  switch (node.type) {
    case "ScopeTraversal":
      return node.traversal;
    case "RelativeTraversal": {
      const source = nodeTraversal(node.source);
      return source && ([...source, ...node.steps] as unknown as ast.Traversal);
    }
    case "Index":
      return nodeTraversal(node.collection);
    default:
      return absTraversalForExpr(new NativeExpression(node)).traversal;
  }
}
