import type { Body } from "../../lang/hcl/body.js";
import { bodyReferences } from "../../lang/hcl/body-references.js";
import type { Expression } from "../../lang/hcl/expression.js";
import type { Traversal } from "../../lang/syntax/ast.js";
import type { CheckRule, Resource } from "../configs/model.js";
import type { GraphNode } from "./graph-node.js";

// What each node refers to (GraphNodeReferencer.References) and what it can be referred to as
// (GraphNodeReferenceable.ReferenceableAddrs), each relative to a module: a module variable's argument
// is written in the calling module, and an output is referred to from the calling module
// (GraphNodeReferenceOutside). Resource bodies are read without a schema (bodyReferences).

/** Traversals a node refers to and the module path they are resolved in. */
export interface NodeReferences {
  readonly path: readonly string[];
  readonly traversals: readonly Traversal[];
}

/** Addresses a node can be referred to by, and the module path those addresses belong to. */
export interface NodeReferenceables {
  readonly path: readonly string[];
  readonly addrs: readonly string[];
}

/** What a node refers to. */
export function nodeReferences(node: GraphNode): NodeReferences {
  const path = node.module.path;
  switch (node.kind) {
    case "resource":
      return { path, traversals: resourceTraversals(node.resource) };
    case "module-variable":
      return { path: path.slice(0, -1), traversals: node.argument?.expr.variables() ?? [] };
    case "variable-validation":
      return { path, traversals: validationTraversals(node.variable.name, node.variable.validations) };
    case "local":
      return { path, traversals: node.local.expr.variables() };
    case "output": {
      const o = node.output;
      return { path, traversals: [...o.expr.variables(), ...o.dependsOn, ...ruleTraversals(o.preconditions)] };
    }
    case "check":
      return { path, traversals: ruleTraversals(node.check.asserts) };
    case "module-expand": {
      const c = node.call;
      return { path: path.slice(0, -1), traversals: [...c.dependsOn, ...exprTraversals(c.count), ...exprTraversals(c.forEach)] };
    }
    case "provider":
      return { path, traversals: node.config ? bodyReferences(node.config.config) : [] };
    default:
      return { path, traversals: [] };
  }
}

/** What a node can be referred to as. */
export function nodeReferenceables(node: GraphNode): NodeReferenceables {
  const path = node.module.path;
  const parent = path.slice(0, -1);
  const call = `module.${path[path.length - 1]}`;
  switch (node.kind) {
    case "resource":
      return { path, addrs: [resourceKey(node.resource)] };
    case "root-variable":
    case "module-variable":
    case "variable-validation":
      return { path, addrs: [`var.${node.variable.name}`] };
    case "local":
      return { path, addrs: [`local.${node.local.name}`] };
    case "output":
      return path.length === 0 ? { path, addrs: [] } : { path: parent, addrs: [call, `${call}.${node.output.name}`] };
    case "module-close":
      return { path: parent, addrs: [call] };
    default:
      return { path, addrs: [] };
  }
}

/** Everything a resource block refers to: meta-arguments, body, lifecycle, connection, create-time provisioners. */
function resourceTraversals(r: Resource): Traversal[] {
  const out: Traversal[] = [...r.dependsOn, ...exprTraversals(r.count), ...exprTraversals(r.forEach)];
  for (const expr of r.lifecycle.replaceTriggeredBy) out.push(...expr.variables());
  out.push(...bodyReferences(r.config));
  out.push(...optionalBody(r.connection));
  for (const p of r.provisioners) {
    if (p.when !== "create") continue;
    out.push(...optionalBody(p.connection), ...bodyReferences(p.config));
  }
  out.push(...ruleTraversals(r.preconditions), ...ruleTraversals(r.postconditions));
  return out;
}

/** A validation rule's references, except to the variable it validates. */
function validationTraversals(name: string, rules: readonly CheckRule[]): Traversal[] {
  return ruleTraversals(rules).filter((t) => !(t[0].name === "var" && t[1]?.type === "TraverseAttr" && t[1].name === name));
}

function ruleTraversals(rules: readonly CheckRule[]): Traversal[] {
  return rules.flatMap((rule) => [...rule.condition.variables(), ...rule.errorMessage.variables()]);
}

function exprTraversals(expr: Expression | undefined): Traversal[] {
  return expr ? expr.variables() : [];
}

function optionalBody(body: Body | undefined): Traversal[] {
  return body ? bodyReferences(body) : [];
}

/** `type.name` or `data.type.name`, as a reference to the resource reads. */
function resourceKey(r: Resource): string {
  return r.mode === "data" ? `data.${r.type}.${r.name}` : `${r.type}.${r.name}`;
}
