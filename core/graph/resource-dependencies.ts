import { AbsResource } from "../addrs/abs-resource.js";
import { ModuleInstance } from "../addrs/module-instance.js";
import { Resource as ResourceAddr } from "../addrs/resource.js";
import type { Graph } from "../dag/graph.js";
import type { GraphNode } from "./graph-node.js";
import { nodeAddress } from "./node-names.js";

// The dependencies stored with every object an apply writes (Terraform's AttachDependenciesTransformer):
// every resource the object's resource block depends on, directly or through anything in between
// (locals, variables, module calls, providers), by configuration address, itself excluded.

/** Each resource's dependencies, by its configuration address (`module.a.x.y`). */
export function resourceDependencies(graph: Graph<GraphNode>): Map<string, string[]> {
  const memo = new Map<string, Set<string>>();
  const out = new Map<string, string[]>();
  for (const name of graph.names()) {
    const node = graph.node(name)!;
    if (node.kind !== "resource") continue;
    const self = nodeAddress(node);
    out.set(self, [...ancestors(graph, name, memo)].filter((a) => a !== self));
  }
  return out;
}

/** The addresses as resource addresses of module paths without instance keys, as the state stores them. */
export function dependencyAddresses(addresses: readonly string[], graph: Graph<GraphNode>): AbsResource[] {
  const byAddress = resourceAddressIndex(graph);
  return addresses.flatMap((a) => byAddress.get(a) ?? []);
}

// Callers convert every resource's list against the same graph: index its resources once per graph.
const indexes = new WeakMap<Graph<GraphNode>, Map<string, AbsResource>>();

function resourceAddressIndex(graph: Graph<GraphNode>): Map<string, AbsResource> {
  let byAddress = indexes.get(graph);
  if (byAddress) return byAddress;
  byAddress = new Map();
  for (const name of graph.names()) {
    const node = graph.node(name)!;
    if (node.kind !== "resource") continue;
    const r = node.resource;
    const module = new ModuleInstance(node.module.path.map((n) => ({ name: n, key: null })));
    byAddress.set(nodeAddress(node), new AbsResource(module, new ResourceAddr(r.mode, r.type, r.name)));
  }
  indexes.set(graph, byAddress);
  return byAddress;
}

/** The resource addresses among a node's transitive dependencies (iterative, memoised). */
function ancestors(graph: Graph<GraphNode>, start: string, memo: Map<string, Set<string>>): Set<string> {
  const done = memo.get(start);
  if (done) return done;
  const stack: { name: string; deps: string[]; i: number }[] = [{ name: start, deps: graph.dependencies(start), i: 0 }];
  const onStack = new Set([start]);
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.i < top.deps.length) {
      const d = top.deps[top.i++]!;
      if (!memo.has(d) && !onStack.has(d)) {
        onStack.add(d);
        stack.push({ name: d, deps: graph.dependencies(d), i: 0 });
      }
      continue;
    }
    stack.pop();
    onStack.delete(top.name);
    const set = new Set<string>();
    for (const d of top.deps) {
      const node = graph.node(d)!;
      if (node.kind === "resource") set.add(nodeAddress(node));
      for (const a of memo.get(d) ?? []) set.add(a);
    }
    memo.set(top.name, set);
  }
  return memo.get(start)!;
}
