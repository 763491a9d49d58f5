import { warningDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import type { AbsResource, AbsResourceInstance } from "../addrs/abs-resource.js";
import type { ModuleInstance } from "../addrs/module-instance.js";
import type { Targetable } from "../addrs/parse-target.js";
import type { Graph } from "../dag/graph.js";
import type { GraphNode } from "../graph/graph-node.js";
import { modulePrefix } from "../graph/graph-node.js";

// -target (Terraform's TargetsTransformer): only the targeted resources, the resources in targeted
// modules, and everything they depend on are planned; a targeted instance limits its resource to
// that instance. Orphans are only planned for deletion when targeted. Terraform warns every time.

/** Which resource nodes and instances a targeted plan covers. */
export class TargetFilter {
  readonly #included = new Set<string>();
  /** Static addresses (`module.a.x.y`) of the resources planned, for deciding which orphans are. */
  readonly #resources = new Set<string>();

  constructor(
    readonly targets: readonly Targetable[],
    graph: Graph<GraphNode>,
  ) {
    const stack: string[] = [];
    for (const name of graph.names()) {
      const node = graph.node(name);
      if (node?.kind === "resource" && targets.some((t) => targetsConfig(t, node))) stack.push(name);
    }
    while (stack.length > 0) {
      const name = stack.pop()!;
      if (this.#included.has(name)) continue;
      this.#included.add(name);
      const node = graph.node(name);
      if (node?.kind === "resource") this.#resources.add(configAddr(node.module.path, node.resource));
      stack.push(...graph.dependencies(name));
    }
  }

  /** True when the graph node is planned at all. */
  includesNode(name: string, node: GraphNode): boolean {
    return node.kind !== "resource" || this.#included.has(name);
  }

  /**
   * True when an instance is planned: every instance of a resource that is only a dependency, and
   * of a targeted resource only the targeted instances.
   */
  includesInstance(addr: AbsResourceInstance): boolean {
    const direct = this.targets.filter((t) => t.kind !== "ModuleInstance" && sameResource(resourceOf(t), addr.containingResource()));
    if (direct.length === 0) return true;
    return direct.some((t) => t.kind === "AbsResource" || t.toString() === addr.toString());
  }

  /** True when an object in state (an orphan candidate) is targeted or belongs to a planned resource. */
  targetsObject(addr: AbsResourceInstance): boolean {
    const r = addr.resource.resource;
    if (this.#resources.has(configAddr(addr.module.steps.map((s) => s.name), r)) && this.includesInstance(addr)) return true;
    return this.targets.some((t) => {
      if (t.kind === "ModuleInstance") return withinModule(t, addr.module);
      if (t.kind === "AbsResource") return sameResource(t, addr.containingResource());
      return t.toString() === addr.toString();
    });
  }
}

function resourceOf(t: AbsResource | AbsResourceInstance): AbsResource {
  return t.kind === "AbsResource" ? t : t.containingResource();
}

function sameResource(a: AbsResource, b: AbsResource): boolean {
  return a.toString() === b.toString();
}

function withinModule(target: ModuleInstance, m: ModuleInstance): boolean {
  return target.toString() === m.toString() || target.isAncestorOf(m);
}

/** Whether a target names (part of) a resource block: same static module path and resource. */
function targetsConfig(t: Targetable, node: GraphNode & { kind: "resource" }): boolean {
  const path = modulePrefix(node.module.path);
  if (t.kind === "ModuleInstance") return path.startsWith(modulePrefix(t.steps.map((s) => s.name)));
  const r = resourceOf(t);
  return modulePrefix(r.module.steps.map((s) => s.name)) === path && r.resource.toString() === `${node.resource.mode === "data" ? "data." : ""}${node.resource.type}.${node.resource.name}`;
}

function configAddr(path: readonly string[], r: { readonly mode: string; readonly type: string; readonly name: string }): string {
  return `${modulePrefix(path)}${r.mode === "data" ? "data." : ""}${r.type}.${r.name}`;
}

/** Terraform's warning for a targeted plan. */
export function targetingWarning(): Diagnostic {
  return warningDiag(
    "Resource targeting is in effect",
    "You are creating a plan with the -target option, which means that the result of this plan may not represent all of the changes requested by the current configuration.\n\n" +
      "The -target option is not for routine use, and is provided only for exceptional situations such as recovering from errors or mistakes, or when Terrane specifically suggests to use it as part of an error message.",
  );
}
