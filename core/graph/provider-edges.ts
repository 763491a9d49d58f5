import { Module as ModuleAddr } from "../addrs/module.js";
import { AbsProviderConfig } from "../addrs/provider.js";
import { modulesOf, type GraphBuilder } from "./graph-builder.js";
import { providerConfigAddr, requestedProviderConfig } from "./provider-addresses.js";

// Provider configurations and who uses them (Terraform's transformProviders): a node per `provider`
// block in any module; a `providers = { x = y }` entry of a module call makes the child's `x` stand for
// the parent's `y` (a proxy, resolved away); an implied empty default configuration in the root module
// for every provider a resource needs; each resource then uses the configuration it names in its own
// module, or for a default (unaliased) one the nearest ancestor's; unused provider nodes are dropped.
// Finally (CloseProviderTransformer) a close node per provider follows the provider and its users.

/** Adds provider nodes and resource → provider edges, then prunes providers nothing uses. */
export function addProviders(b: GraphBuilder): void {
  const concrete = new Map<string, string>();
  const proxies = new Map<string, AbsProviderConfig>();
  for (const m of modulesOf(b.root)) {
    for (const config of m.module.providerConfigs.values()) {
      const addr = providerConfigAddr(m.module, m.path, config);
      concrete.set(addr.toString(), b.add({ kind: "provider", module: m, addr, config }));
    }
    if (!m.call || !m.parent) continue;
    for (const pass of m.call.providers) {
      const inChild = providerConfigAddr(m.module, m.path, pass.inChild);
      proxies.set(inChild.toString(), providerConfigAddr(m.parent.module, m.parent.path, pass.inParent));
    }
  }
  addImpliedDefaults(b, concrete);
  const resolver = new ProviderResolver(concrete, proxies);
  for (const name of b.named("resource")) {
    const node = b.graph.node(name)!;
    if (node.kind !== "resource") continue;
    const target = resolver.resolve(requestedProviderConfig(node.module.module, node.module.path, node.resource));
    if (target === undefined) continue;
    node.provider = target;
    b.connect(name, target);
  }
  for (const name of b.named("provider")) if (b.graph.dependents(name).length === 0) b.graph.removeNode(name);
}

/** A close node per provider, after the provider and every resource using it. */
export function addProviderClosers(b: GraphBuilder): void {
  const closers = new Map<string, string>();
  for (const name of b.named("provider")) {
    const node = b.graph.node(name)!;
    if (node.kind !== "provider") continue;
    const closer = b.add({ kind: "provider-close", module: node.module, addr: node.addr });
    b.connect(closer, name);
    closers.set(name, closer);
  }
  for (const name of b.named("resource")) {
    const node = b.graph.node(name)!;
    const closer = node.kind === "resource" && node.provider !== undefined ? closers.get(node.provider) : undefined;
    if (closer) b.connect(closer, name);
  }
}

/** The root module's default configuration of every provider type a resource needs (MissingProviderTransformer). */
function addImpliedDefaults(b: GraphBuilder, concrete: Map<string, string>): void {
  for (const name of b.named("resource")) {
    const node = b.graph.node(name)!;
    if (node.kind !== "resource") continue;
    const requested = requestedProviderConfig(node.module.module, node.module.path, node.resource);
    const addr = new AbsProviderConfig(ModuleAddr.ROOT, requested.provider);
    const key = addr.toString();
    if (!concrete.has(key)) concrete.set(key, b.add({ kind: "provider", module: b.root, addr }));
  }
}

/** Finds the provider node serving a requested configuration, through proxies and inheritance. */
class ProviderResolver {
  constructor(
    private readonly concrete: ReadonlyMap<string, string>,
    private readonly proxies: ReadonlyMap<string, AbsProviderConfig>,
  ) {}

  /** The node for `addr`, or for a default configuration the nearest ancestor module's. */
  resolve(addr: AbsProviderConfig, depth = 0): string | undefined {
    for (let a: AbsProviderConfig | undefined = addr; a; a = a.inherited()) {
      const found = this.at(a.toString(), depth);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  private at(key: string, depth: number): string | undefined {
    const node = this.concrete.get(key);
    if (node !== undefined) return node;
    const target = this.proxies.get(key);
    return target && depth < MAX_PROXY_DEPTH ? this.resolve(target, depth + 1) : undefined;
  }
}

/** Proxies chain at most once per module level; this bounds a malformed chain. */
const MAX_PROXY_DEPTH = 64;
