import { sameModulePath } from "../addrs/module.js";
import type { Graph } from "../dag/graph.js";
import { parseRef } from "../addrs/parse-ref.js";
import type { Traversal } from "../../lang/syntax/ast.js";
import type { GraphNode, ResourceNode } from "../graph/graph-node.js";
import { modulePathString } from "../graph/graph-node.js";
import { nodeReferenceables } from "../graph/node-references.js";

// Which managed resources a data source waits for (Terraform's ReferenceMap.dependsOn with
// dataDependsOn and parentModuleDependsOn): those its configuration refers to directly, those named
// in its depends_on (or upstream of a module, local or output named there), and the same for the
// depends_on of every module call containing it. When any of them has a change planned, the read
// is deferred to apply, since the data it would read may not exist yet.

/** Config-level keys (`module path|type.name`) of the managed resources a data source waits for. */
export class DataDependencies {
  readonly #names = new Map<GraphNode, string>();
  readonly #cache = new Map<ResourceNode, ReadonlySet<string>>();
  /** Graph names of the module calls with depends_on, by the module path they call. */
  readonly #callsWithDependsOn = new Map<string, string[]>();

  constructor(readonly graph: Graph<GraphNode>) {
    for (const [name, node] of graph.entries()) {
      this.#names.set(node, name);
      if (node.kind !== "module-expand" || node.call.dependsOn.length === 0) continue;
      const path = modulePathString(node.module.path);
      this.#callsWithDependsOn.set(path, [...(this.#callsWithDependsOn.get(path) ?? []), name]);
    }
  }

  /** The managed resources `node` (a data resource) waits for. */
  of(node: ResourceNode): ReadonlySet<string> {
    let found = this.#cache.get(node);
    if (!found) {
      found = this.#compute(node);
      this.#cache.set(node, found);
    }
    return found;
  }

  #compute(node: ResourceNode): ReadonlySet<string> {
    const out = new Set<string>();
    const name = this.#names.get(node);
    if (name === undefined) return out;
    const named = subjects(node.resource.dependsOn);
    for (const dep of this.graph.dependencies(name)) {
      const d = this.graph.node(dep)!;
      if (d.kind === "resource" && d.resource.mode === "managed") out.add(configResourceKey(d));
      else if (isNamed(d, node.module.path, named)) this.#addAncestors(dep, out);
    }
    this.#addParentModuleDependsOn(node.module.path, out);
    return out;
  }

  /** What the depends_on of each module call on the path, outermost first, waits for. */
  #addParentModuleDependsOn(path: readonly string[], out: Set<string>): void {
    for (let i = 1; i <= path.length; i++) {
      const callPath = path.slice(0, i);
      for (const name of this.#callsWithDependsOn.get(modulePathString(callPath)) ?? []) {
        const n = this.graph.node(name)!;
        if (n.kind !== "module-expand") continue;
        const named = subjects(n.call.dependsOn);
        for (const dep of this.graph.dependencies(name)) {
          const d = this.graph.node(dep)!;
          if (!isNamed(d, callPath.slice(0, -1), named)) continue;
          if (d.kind === "resource" && d.resource.mode === "managed") out.add(configResourceKey(d));
          else this.#addAncestors(dep, out);
        }
      }
    }
  }

  /** Every managed resource upstream of a node (a module, local or output named in depends_on). */
  #addAncestors(start: string, out: Set<string>): void {
    const seen = new Set([start]);
    const stack = [start];
    while (stack.length > 0) {
      const name = stack.pop()!;
      const n = this.graph.node(name)!;
      if (n.kind === "resource" && n.resource.mode === "managed") out.add(configResourceKey(n));
      for (const dep of this.graph.dependencies(name)) {
        if (!seen.has(dep)) {
          seen.add(dep);
          stack.push(dep);
        }
      }
    }
  }
}

/** The key of a resource block by its module path and address, matching `changeConfigKey`. */
export function configResourceKey(node: ResourceNode): string {
  const r = node.resource;
  return `${modulePathString(node.module.path)}|${r.type}.${r.name}`;
}

/** The same key for a planned change's module path (without instance keys) and resource. */
export function changeConfigKey(modulePath: readonly string[], type: string, name: string): string {
  return `${modulePathString(modulePath)}|${type}.${name}`;
}

/** The addresses depends_on entries name (an instance also names its resource). */
function subjects(deps: readonly Traversal[]): Set<string> {
  const out = new Set<string>();
  for (const t of deps) {
    const subject = parseRef(t).ref?.subject;
    if (!subject) continue;
    out.add(subject.toString());
    if (subject.kind === "ResourceInstance") out.add(subject.resource.toString());
    if (subject.kind === "ModuleCallInstance") out.add(subject.call.toString());
  }
  return out;
}

/** Whether a node is what one of the named addresses means in the module at `path`. */
function isNamed(node: GraphNode, path: readonly string[], named: ReadonlySet<string>): boolean {
  const r = nodeReferenceables(node);
  return sameModulePath(r.path, path) && r.addrs.some((a) => named.has(a));
}
