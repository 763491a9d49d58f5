import type { Range } from "../../lang/source/range.js";
import type { Resource as ResourceAddr } from "../addrs/resource.js";
import type { Config, Resource } from "../configs/model.js";
import type { Moveable } from "./move-endpoint.js";

// Looking things up in the configuration tree for refactoring (configs.Config.Descendent,
// Module.ResourceByAddr), and the declaration a moved object is blamed on in messages.

/** The module at a static path below `root`, if the configuration has it (Config.Descendent). */
export function descendant(root: Config, path: readonly string[]): Config | undefined {
  let cfg: Config | undefined = root;
  for (const name of path) {
    cfg = cfg?.children.get(name);
    if (!cfg) return undefined;
  }
  return cfg;
}

/** The resource block for a resource address in a module (Module.ResourceByAddr). */
export function resourceByAddr(cfg: Config, r: ResourceAddr): Resource | undefined {
  if (r.mode === "data") return cfg.module.dataResources.get(r.toString());
  if (r.mode === "managed") return cfg.module.managedResources.get(r.toString());
  return undefined;
}

/**
 * Where an object a statement moves from is declared (movableObjectDeclRange): the module call or
 * resource block, or its `for_each` or `count` expression when an instance is meant, since that
 * decides which instances exist.
 */
export function moveableDeclRange(addr: Moveable, root: Config): Range | undefined {
  switch (addr.kind) {
    case "ModuleInstance": {
      const call = descendant(root, addr.parent().module().names)?.module.moduleCalls.get(addr.steps[addr.steps.length - 1]!.name);
      return call && (call.forEach?.range ?? call.count?.range ?? call.declRange);
    }
    case "AbsModuleCall":
      return descendant(root, addr.module.module().names)?.module.moduleCalls.get(addr.call.name)?.declRange;
    case "AbsResourceInstance": {
      const cfg = descendant(root, addr.module.module().names);
      const rc = cfg && resourceByAddr(cfg, addr.resource.resource);
      return rc && (rc.forEach?.range ?? rc.count?.range ?? rc.declRange);
    }
    case "AbsResource": {
      const cfg = descendant(root, addr.module.module().names);
      return cfg && resourceByAddr(cfg, addr.resource)?.declRange;
    }
  }
}

/** A range's start as Terraform's SourceRange.StartString prints it: `main.tf:5,1`. */
export function startString(r: Range): string {
  return `${r.filename}:${r.start.line},${r.start.column}`;
}
