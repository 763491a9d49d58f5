import type { Referenceable } from "../addrs/reference.js";
import { modulePathString } from "./graph-node.js";

// Terraform's ReferenceMap: from "module path | address" to the nodes that make that address available
// in that module, so that each reference finds what it depends on in O(1). A reference to something
// more specific than any node (an instance `aws_instance.a[0]`, an output of one module instance
// `module.m["x"].out`) falls back to the containing object, as referenceMapKey does: the resource, the
// call's output `module.m.out`, and last the whole call `module.m`.

/** Nodes by the addresses they are referenced by, per module. */
export class ReferenceMap {
  readonly #nodes = new Map<string, string[]>();

  /** Records that node `name` is what `addr` means inside the module at `path`. */
  add(path: readonly string[], addr: string, name: string): void {
    const key = mapKey(path, addr);
    const list = this.#nodes.get(key);
    if (list) list.push(name);
    else this.#nodes.set(key, [name]);
  }

  /** The nodes a reference to `subject` made inside the module at `path` depends on. */
  lookup(path: readonly string[], subject: Referenceable): readonly string[] {
    for (const addr of candidateAddrs(subject)) {
      const found = this.#nodes.get(mapKey(path, addr));
      if (found) return found;
    }
    return [];
  }
}

function mapKey(path: readonly string[], addr: string): string {
  return `${modulePathString(path)}|${addr}`;
}

/** The address itself, then what contains it, in the order Terraform tries them. */
function candidateAddrs(subject: Referenceable): string[] {
  switch (subject.kind) {
    case "Resource":
    case "InputVariable":
    case "LocalValue":
    case "ModuleCall":
      return [subject.toString()];
    case "ResourceInstance":
      return [subject.toString(), subject.resource.toString()];
    case "ModuleCallInstance":
      return [subject.toString(), subject.call.toString()];
    case "ModuleCallInstanceOutput": {
      const call = subject.call.call;
      return [subject.toString(), `${call.toString()}.${subject.name}`, subject.call.toString(), call.toString()];
    }
    default:
      return [];
  }
}
