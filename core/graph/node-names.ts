import { Resource as ResourceAddr } from "../addrs/resource.js";
import type { Resource } from "../configs/model.js";
import { modulePathString, modulePrefix, type GraphNode } from "./graph-node.js";

// Node names exactly as Terraform's graph nodes name themselves (their Name() methods): the address,
// prefixed by the module path, with " (expand)", " (close)", " (validation)" or " (report)" where
// Terraform adds it. Resources are the one kind whose name depends on the walk: the validate graph's
// NodeValidatableResource is named by its address alone, the plan graph's expand node adds " (expand)"
// (compare "Cycle: terraform_data.a, terraform_data.b" from validate with `terraform graph -type=plan`).

/**
 * Which builder a graph is made for; node names and a few nodes differ between them. "plan" is also the
 * refresh-only plan's graph; "plan-destroy" is the destroy plan's and "apply" the apply graph builder's.
 */
export type WalkKind = "plan" | "plan-destroy" | "apply" | "validate";

/** `data.x.y` or `aws_instance.web`: a resource's address within its module. */
export function resourceAddress(resource: Resource): string {
  return new ResourceAddr(resource.mode, resource.type, resource.name).toString();
}

/** The Terraform name of a graph node in a graph built for `walk`. */
export function nodeName(node: GraphNode, walk: WalkKind): string {
  const prefix = modulePrefix(node.module.path);
  switch (node.kind) {
    case "resource":
      return `${prefix}${resourceAddress(node.resource)}${walk === "validate" ? "" : " (expand)"}`;
    case "root-variable":
      return `var.${node.variable.name}`;
    case "module-variable":
      return `${prefix}var.${node.variable.name} (expand)`;
    case "variable-validation":
      return `${prefix}var.${node.variable.name} (validation)`;
    case "local":
      return `${prefix}local.${node.local.name} (expand)`;
    case "output":
      return `${prefix}output.${node.output.name} (expand)`;
    case "check":
      return `${prefix}check.${node.check.name} (expand)`;
    case "check-report":
      return `${prefix}check.${node.check.name} (report)`;
    case "module-expand":
      return `${modulePathString(node.module.path)} (expand)`;
    case "module-close":
      return `${modulePathString(node.module.path)} (close)`;
    case "provider":
      return node.addr.toString();
    case "provider-close":
      return `${node.addr.toString()} (close)`;
    case "root":
      return "root";
  }
}

/** The address a node stands for, without Terraform's suffixes (`module.a.var.x`, `local.y`, `module.a`). */
export function nodeAddress(node: GraphNode): string {
  const prefix = modulePrefix(node.module.path);
  switch (node.kind) {
    case "resource":
      return `${prefix}${resourceAddress(node.resource)}`;
    case "root-variable":
    case "module-variable":
    case "variable-validation":
      return `${prefix}var.${node.variable.name}`;
    case "local":
      return `${prefix}local.${node.local.name}`;
    case "output":
      return `${prefix}output.${node.output.name}`;
    case "check":
    case "check-report":
      return `${prefix}check.${node.check.name}`;
    case "module-expand":
    case "module-close":
      return modulePathString(node.module.path);
    case "provider":
    case "provider-close":
      return node.addr.toString();
    case "root":
      return "root";
  }
}
