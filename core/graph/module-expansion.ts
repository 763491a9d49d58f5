import { modulePathString } from "./graph-node.js";
import { modulesOf, type GraphBuilder } from "./graph-builder.js";

// Module calls (Terraform's ModuleExpansionTransformer): each called module gets an expand node, which
// everything declared in that module waits for (it decides the module's instances), and a close node,
// which waits for everything in the module and for the close nodes of the modules it calls. A child's
// expand node waits for its parent's. Nodes are grouped by module once, so this is linear.

/** Adds the expand and close nodes of every module call and their edges. */
export function addModuleExpansion(b: GraphBuilder): void {
  const byModule = new Map<string, string[]>();
  for (const [name, node] of b.graph.entries()) {
    const key = modulePathString(node.module.path);
    const list = byModule.get(key);
    if (list) list.push(name);
    else byModule.set(key, [name]);
  }
  const expanders = new Map<string, string>();
  const closers = new Map<string, string>();
  for (const m of modulesOf(b.root)) {
    if (!m.call) continue;
    const key = modulePathString(m.path);
    const expand = b.add({ kind: "module-expand", module: m, call: m.call });
    const parentExpand = expanders.get(modulePathString(m.path.slice(0, -1)));
    if (parentExpand !== undefined) b.connect(expand, parentExpand);
    const close = b.add({ kind: "module-close", module: m });
    b.connect(close, expand);
    for (const name of byModule.get(key) ?? []) {
      b.connect(name, expand);
      b.connect(close, name);
    }
    expanders.set(key, expand);
    closers.set(key, close);
  }
  for (const m of modulesOf(b.root)) {
    const parentClose = m.call ? closers.get(modulePathString(m.path.slice(0, -1))) : undefined;
    if (parentClose !== undefined) b.connect(parentClose, closers.get(modulePathString(m.path))!);
  }
}
